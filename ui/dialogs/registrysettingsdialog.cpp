// The registry settings dialog.
#include "registrysettingsdialog.h"
#include "service/settingsservice.h"

#include "domain/classification.h"
#include "service/registry.h"
#include "widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

RegistrySettingsDialog::RegistrySettingsDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setWindowTitle(tr("Registry Settings"));
    setObjectName(QStringLiteral("registrySettingsDialog"));

    m_organisation = new QLineEdit(registry.settings().organisation(), this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(tr("e.g. 株式会社サンプル 情報セキュリティ委員会"));

    auto *general = new QFormLayout;
    general->addRow(tr("&Organisation:"), m_organisation);
    auto *hint = new QLabel(tr("Printed at the top of the asset ledger and on certificates of sanitisation."), this);
    hint->setWordWrap(true);
    general->addRow(QString(), hint);

    auto *labelsBox = new QGroupBox(tr("Handling labels"), this);
    auto *labels = new QFormLayout(labelsBox);
    const ClassificationScheme &scheme = registry.scheme();
    for (int level = 3; level >= 1; --level) {
        QLineEdit *edit = new QLineEdit(labelsBox);
        edit->setObjectName(QStringLiteral("handlingLabel%1").arg(level));
        const QString own = registry.settings().handlingLabel(level);
        const QString standard = ClassificationScheme::defaultHandlingLabel(level);
        edit->setText(own == standard ? QString() : own);
        edit->setPlaceholderText(standard);
        m_labels[level - 1] = edit;
        labels->addRow(tr("Confidentiality %1:")
                           .arg(scheme.levelLabel(Objective::Confidentiality,
                                                  std::min(level, scheme.highest(Objective::Confidentiality)))),
                       edit);
    }
    auto *labelHint = new QLabel(tr("Leave a label empty to use the standard text shown in grey."), labelsBox);
    labelHint->setWordWrap(true);
    labels->addRow(QString(), labelHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(labelsBox);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(480, sizeHint().height());
}

bool RegistrySettingsDialog::save()
{
    // Unchanged values are skipped by the service; everything else is saved together or not at all.
    QList<QPair<QString, QString>> values{{QStringLiteral("organisation"), m_organisation->text().trimmed()}};
    for (int level = 1; level <= 3; ++level) {
        const QString text = m_labels[level - 1]->text().trimmed();
        // An empty text stores nothing of our own: the standard (translated) label applies. The standard text typed
        // back in is kept as "nothing of our own" too, so that it follows the language.
        const QString own = text == ClassificationScheme::defaultHandlingLabel(level) ? QString() : text;
        values.append({SettingsService::handlingLabelKey(level), own});
    }
    QString error;
    if (!m_registry.settings().setSettings(values, &error)) {
        MessageBox::critical(this, tr("Cannot Save Settings"), error);
        return false;
    }
    return true;
}

void RegistrySettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}
