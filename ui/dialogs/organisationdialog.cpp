// The organisation question of a new registry.
#include "organisationdialog.h"

#include "service/registry.h"
#include "service/settingsservice.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OrganisationDialog::OrganisationDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setObjectName(QStringLiteral("organisationDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_nameLabel = new QLabel(this);
    m_name = new QLineEdit(m_registry.settings().organisation(), this);
    m_name->setObjectName(QStringLiteral("organisationEdit"));
    m_name->setMaxLength(200);
    m_nameLabel->setBuddy(m_name);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a01010"));
    // The line keeps its place while empty, so the dialog does not jump when a message appears.
    m_error->setMinimumHeight(m_error->fontMetrics().height());

    m_buttons = new QDialogButtonBox(this);
    m_save = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    m_skip = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_skip->setObjectName(QStringLiteral("skipButton"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OrganisationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, m_error, &QLabel::clear);

    auto *form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    // As tall as its text at this width, no taller: the wrapped introduction decides the height.
    m_intro->setMinimumWidth(460);
    layout->setSizeConstraint(QLayout::SetFixedSize);
    retranslateUi();
}

void OrganisationDialog::accept()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        QDialog::reject();
        return;
    }
    QString error;
    if (!m_registry.settings().setSetting(QStringLiteral("organisation"), name, &error)) {
        m_error->setText(error);
        return;
    }
    QDialog::accept();
}

void OrganisationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void OrganisationDialog::retranslateUi()
{
    setWindowTitle(tr("Organisation"));
    m_intro->setText(tr("This registry is new. Which organisation's assets does it record? The name is printed in the "
                        "header of the ledger, the certificates and the reports. You can skip this and set it later "
                        "in File ▸ Registry Settings."));
    m_nameLabel->setText(tr("&Organisation:"));
    m_name->setPlaceholderText(tr("e.g. Example City, Digital Services Division"));
    m_save->setText(tr("&Save"));
    m_skip->setText(tr("S&kip"));
}
