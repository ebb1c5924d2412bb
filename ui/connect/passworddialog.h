// Asks for the password of a shared registry when the server wants one that libpq's own sources (PGPASSWORD,
// ~/.pgpass) do not hold. The password is used for this session only: the dialog neither stores nor remembers it.
#pragma once

#include <QDialog>

class ProblemPanel;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

class PasswordDialog final : public QDialog
{
    Q_OBJECT

public:
    // registry: the server registry as shown (user@host:port/database); user: whose password is asked for;
    // problem: why it is asked again (the server's refusal of the last one), empty the first time.
    PasswordDialog(const QString &registry, const QString &user, const QString &problem, QWidget *parent = nullptr);

    QString password() const;
    QLineEdit *passwordEdit() const { return m_password; }
    ProblemPanel *problemPanel() const { return m_problem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QString m_registryName;
    QString m_user;
    QLabel *m_question = nullptr;
    ProblemPanel *m_problem = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_note = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
