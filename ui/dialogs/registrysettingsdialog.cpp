// The registry settings dialog.
#include "registrysettingsdialog.h"
#include "service/settingsservice.h"

#include "domain/classification.h"
#include "service/backupservice.h"
#include "service/registry.h"
#include "widgets/messagebox.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
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

    auto *backupBox = new QGroupBox(tr("Backups"), this);
    auto *backups = new QFormLayout(backupBox);
    const BackupService::Settings backupSettings = BackupService::settings(registry);
    m_backupFolder = new QLineEdit(backupSettings.folder, backupBox);
    m_backupFolder->setObjectName(QStringLiteral("backupFolder"));
    m_backupFolder->setPlaceholderText(QDir::toNativeSeparators(BackupService::defaultFolder(registry.path())));
    auto *browse = new QPushButton(tr("&Browse…"), backupBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString start = BackupService::folder(m_registry.path(), {m_backupFolder->text(), 0});
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), start);
        if (!folder.isEmpty())
            m_backupFolder->setText(QDir::toNativeSeparators(folder));
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_backupFolder, 1);
    folderRow->addWidget(browse);
    // A row of a layout gets no buddy from the form: the label is given one, so that its shortcut works.
    auto *folderLabel = new QLabel(tr("&Folder:"), backupBox);
    folderLabel->setBuddy(m_backupFolder);
    backups->addRow(folderLabel, folderRow);
    m_backupKeep = new QSpinBox(backupBox);
    m_backupKeep->setObjectName(QStringLiteral("backupKeep"));
    m_backupKeep->setRange(0, BackupService::kMaxKeep);
    m_backupKeep->setSpecialValueText(tr("Off"));
    m_backupKeep->setValue(backupSettings.keep);
    backups->addRow(tr("&Automatic backups kept:"), m_backupKeep);
    auto *backupHint =
        new QLabel(tr("When the registry is opened, a backup is written at most once a day; the oldest automatic "
                      "backup beyond this number is removed. Leave the folder empty to keep them beside the "
                      "registry."),
                   backupBox);
    backupHint->setWordWrap(true);
    backups->addRow(QString(), backupHint);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(general);
    layout->addWidget(labelsBox);
    layout->addWidget(backupBox);
    layout->addStretch();
    layout->addWidget(buttons);
    WindowGeometry::restore(this, QStringLiteral("registrySettings"), QSize(520, sizeHint().height()));
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
    values.append({BackupService::folderKey(), QDir::fromNativeSeparators(m_backupFolder->text().trimmed())});
    // The default count is not written down until it is changed, so that it can follow a later default.
    if (m_backupKeep->value() != BackupService::settings(m_registry).keep)
        values.append({BackupService::keepKey(), QString::number(m_backupKeep->value())});
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
