// No lost input: the dialogs that hold typed data ask before Esc or their close button throw it away, and close
// without asking when nothing was typed.
#include "everywindow.h"
#include "testregistry.h"

#include "i18n/language.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

// The first field a user can type into.
QWidget *firstTextField(QWidget *dialog)
{
    const QList<QWidget *> widgets = dialog->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(dialog) || !widget->isEnabled())
            continue;
        if (auto *line = qobject_cast<QLineEdit *>(widget); line && !line->isReadOnly())
            return line;
        if (auto *plain = qobject_cast<QPlainTextEdit *>(widget); plain && !plain->isReadOnly())
            return plain;
    }
    return nullptr;
}

QComboBox *firstChoice(QWidget *dialog)
{
    const QList<QComboBox *> combos = dialog->findChildren<QComboBox *>();
    for (QComboBox *combo : combos) {
        if (combo->isVisibleTo(dialog) && combo->isEnabled() && combo->count() > 1)
            return combo;
    }
    return nullptr;
}

} // namespace

class TestInputGuard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void asksBeforeTypedInputIsLost_data();
    void asksBeforeTypedInputIsLost();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Registry> m_registry;
    QString m_path;
};

void TestInputGuard::init()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("registry.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/registries/schema-0003.sqlite"), m_path));
    QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_registry = TestRegistry::open(m_path);
    QVERIFY(m_registry);
}

void TestInputGuard::cleanup()
{
    m_registry.reset();
    m_dir.reset();
}

void TestInputGuard::asksBeforeTypedInputIsLost_data()
{
    QTest::addColumn<QString>("window");
    QTest::addColumn<bool>("closeButton");
    for (const char *name :
         {"amendment", "assignment", "custom control", "registry settings", "minimum methods", "risk entry",
          "risk acceptance", "new threat", "assessment run", "assessment run approval"}) {
        QTest::addRow("%s, Esc", name) << QString::fromLatin1(name) << false;
        QTest::addRow("%s, close button", name) << QString::fromLatin1(name) << true;
    }
}

void TestInputGuard::asksBeforeTypedInputIsLost()
{
    QFETCH(QString, window);
    QFETCH(bool, closeButton);
    std::function<QWidget *()> make;
    for (const EveryWindow::Entry &entry : EveryWindow::all(*m_registry, m_path)) {
        if (entry.name == window)
            make = entry.make;
    }
    QVERIFY2(make, qPrintable(window));
    const auto dismiss = [closeButton](QDialog *dialog) {
        if (closeButton)
            dialog->close();
        else
            QTest::keyClick(dialog, Qt::Key_Escape);
        QApplication::processEvents();
    };

    // Nothing typed: the dialog closes without a question.
    {
        std::unique_ptr<QDialog> dialog(qobject_cast<QDialog *>(make()));
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
        const int before = MessageBox::count();
        dismiss(dialog.get());
        QVERIFY(!dialog->isVisible());
        QCOMPARE(MessageBox::count(), before);
    }

    std::unique_ptr<QDialog> dialog(qobject_cast<QDialog *>(make()));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    if (QWidget *field = firstTextField(dialog.get())) {
        field->setFocus();
        QTest::keyClicks(field, QStringLiteral("typed"));
    } else if (QCheckBox *box = dialog->findChild<QCheckBox *>(); box && box->isVisibleTo(dialog.get())) {
        // Fields that change only when ticked (several assets at once): the user ticks the first.
        QTest::mouseClick(box, Qt::LeftButton);
    } else {
        // A dialog of choices only: the user changes the first choice with the keyboard.
        QComboBox *choice = firstChoice(dialog.get());
        QVERIFY2(choice, "the dialog has neither a text field nor a choice");
        const int before = choice->currentIndex();
        choice->setFocus();
        QTest::keyClick(choice, choice->currentIndex() + 1 < choice->count() ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(choice->currentIndex() != before);
    }
    // Cancel keeps the dialog and what was typed.
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    dismiss(dialog.get());
    QVERIFY(dialog->isVisible());
    QVERIFY2(MessageBox::lastText().contains(QLatin1String("has not been saved")), qPrintable(MessageBox::lastText()));
    // Discard closes it.
    MessageBox::setNextAnswer(QMessageBox::Discard);
    dismiss(dialog.get());
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
}

QTEST_MAIN(TestInputGuard)
#include "tst_inputguard.moc"
