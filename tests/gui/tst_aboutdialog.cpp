// Help ▸ About shows the version, the licence and every third-party component with its licence, in English and in
// Japanese (switched while it is open); the Debian copyright file lists the same components; the window icon has the
// rendered sizes. With ABOUT_SCREENSHOT_DIR set, the dialog is also saved as about-en.png and about-ja.png there.
#include "dialogs/aboutdialog.h"
#include "mainwindow/mainwindow.h"
#include "widgets/appicon.h"

#include "i18n/language.h"
#include "product/productinfo.h"

#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>

class TestAboutDialog final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void helpMenuOpensAbout();
    void showsVersionLicenceAndComponents();
    void switchesToJapaneseWhileOpen();
    void copyrightFileListsTheSameComponents();
    void windowIconHasEverySize();

private:
    void screenshot(QWidget *widget, const QString &name);
};

void TestAboutDialog::init()
{
    QVERIFY(Language::instance().setLanguage(QStringLiteral("en"), false));
}

void TestAboutDialog::cleanup()
{
    Language::instance().setLanguage(QStringLiteral("en"), false);
}

void TestAboutDialog::screenshot(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("ABOUT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        QVERIFY(widget->grab().save(folder + QLatin1Char('/') + name));
}

void TestAboutDialog::helpMenuOpensAbout()
{
    MainWindow window;
    window.show();
    QAction *about = nullptr;
    const QList<QAction *> actions = window.helpMenu()->actions();
    for (QAction *action : actions) {
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    }
    QVERIFY(about);
    about->trigger();
    auto *dialog = window.findChild<AboutDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal);
    dialog->close();
    QTRY_VERIFY(!window.findChild<AboutDialog *>());
}

void TestAboutDialog::showsVersionLicenceAndComponents()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString summary = dialog.summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("Version " ASSET_REGISTRY_VERSION)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Apache License, Version 2.0")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("(Apache-2.0)")), qPrintable(summary));

    const QTableWidget *table = dialog.componentTable();
    const QStringList expected = {QStringLiteral("Qt|LGPL-3.0"),         QStringLiteral("SQLite|Public domain"),
                                  QStringLiteral("libpq|PostgreSQL"),    QStringLiteral("libxlsxwriter|BSD-2-Clause"),
                                  QStringLiteral("libzip|BSD-3-Clause"), QStringLiteral("Noto Sans CJK|OFL-1.1")};
    QCOMPARE(table->rowCount(), int(expected.size()));
    for (int row = 0; row < table->rowCount(); ++row) {
        QCOMPARE(table->item(row, 0)->text() + QLatin1Char('|') + table->item(row, 1)->text(), expected.at(row));
        QVERIFY(!table->item(row, 2)->text().isEmpty());
    }
    // Every column readable without scrolling sideways.
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
    screenshot(&dialog, QStringLiteral("about-en.png"));
}

void TestAboutDialog::switchesToJapaneseWhileOpen()
{
    AboutDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString englishTitle = dialog.windowTitle();
    QVERIFY(Language::instance().setLanguage(QStringLiteral("ja"), false));
    // LanguageChange reaches the widgets through the event queue.
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("情報資産管理台帳について"));
    const QString summary = dialog.summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("バージョン " ASSET_REGISTRY_VERSION)), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Apache-2.0")), qPrintable(summary));
    const QTableWidget *table = dialog.componentTable();
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QStringLiteral("ライセンス"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("パブリックドメイン"));
    for (int row = 0; row < table->rowCount(); ++row) {
        static const QRegularExpression japanese(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
        QVERIFY2(table->item(row, 2)->text().contains(japanese), qPrintable(table->item(row, 2)->text()));
    }
    QVERIFY(table->horizontalHeader()->length() <= table->viewport()->width());
    screenshot(&dialog, QStringLiteral("about-ja.png"));
    QVERIFY(Language::instance().setLanguage(QStringLiteral("en"), false));
    QTRY_COMPARE(dialog.windowTitle(), englishTitle);
}

void TestAboutDialog::copyrightFileListsTheSameComponents()
{
    QFile file(QStringLiteral(TEST_SOURCE_DIR "/../../packaging/copyright"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString copyright = QString::fromUtf8(file.readAll());
    QVERIFY(copyright.startsWith(
        QStringLiteral("Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
    QVERIFY(copyright.contains(QStringLiteral("\nLicense: ") + ProductInfo::licence() + QLatin1Char('\n')));
    const QList<ThirdPartyComponent> components = ProductInfo::thirdPartyComponents();
    for (const ThirdPartyComponent &component : components) {
        // "  Qt             LGPL-3.0        https://www.qt.io/"
        const QRegularExpression line(QStringLiteral("\\n  %1 +%2 +%3\\n")
                                          .arg(QRegularExpression::escape(component.name),
                                               QRegularExpression::escape(component.licence),
                                               QRegularExpression::escape(component.url)));
        QVERIFY2(copyright.contains(line), qPrintable(component.name));
    }
}

void TestAboutDialog::windowIconHasEverySize()
{
    const QList<QSize> sizes = AppIcon::icon().availableSizes();
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
