// The password of a shared registry, asked for.
#include "passworddialog.h"

#include "widgets/problempanel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PasswordDialog::PasswordDialog(const QString &registry, const QString &user, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_registryName(registry)
    , m_user(user)
{
    m_question = new QLabel(this);
    m_question->setWordWrap(true);
    m_problem = new ProblemPanel(this);
    if (!problem.isEmpty())
        m_problem->setProblems({problem});

    m_passwordLabel = new QLabel(this);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(280);
    m_passwordLabel->setBuddy(m_password);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_password, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });

    auto *form = new QFormLayout;
    form->addRow(m_passwordLabel, m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_problem);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_password->setFocus();

    retranslateUi();
    setMinimumWidth(460);
}

QString PasswordDialog::password() const
{
    return m_password->text();
}

void PasswordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void PasswordDialog::retranslateUi()
{
    setWindowTitle(tr("Password for the Shared Registry"));
    m_question->setText(
        tr("The server of the shared registry %1 asks for the password of the user %2.").arg(m_registryName, m_user));
    m_passwordLabel->setText(tr("&Password:"));
    m_note->setText(tr("The password is used until the application is closed and is not saved. To connect without "
                       "being asked, put it in ~/.pgpass (readable only by you)."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
}
