// The registry settings dialog.
#include "registrysettingsdialog.h"

#include "domain/registrylocation.h"
#include "service/settingsservice.h"

#include "domain/classification.h"
#include "domain/handlingrestriction.h"
#include "risk/riskcriteriawidget.h"
#include "service/backupservice.h"
#include "service/registry.h"
#include "widgets/inputguard.h"
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
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

RegistrySettingsDialog::RegistrySettingsDialog(Registry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
{
    setWindowTitle(tr("Registry Settings"));
    setObjectName(QStringLiteral("registrySettingsDialog"));

    m_organisation = new QLineEdit(registry.settings().organisation(), this);
    m_organisation->setObjectName(QStringLiteral("organisation"));
    m_organisation->setPlaceholderText(tr("e.g. Example Corporation, Information Security Committee"));

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
        const QString standard = registry.settings().defaultHandlingLabel(level);
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

    auto *restrictionsBox = new QGroupBox(tr("Handling restrictions"), this);
    auto *restrictions = new QFormLayout(restrictionsBox);
    QStringList builtin;
    for (const QString &code : HandlingRestrictions::builtinCodes())
        builtin << HandlingRestrictions::name(code);
    auto *builtinLabel = new QLabel(builtin.join(QStringLiteral("、")), restrictionsBox);
    builtinLabel->setWordWrap(true);
    restrictions->addRow(tr("Built in:"), builtinLabel);
    m_ownRestrictions = new QPlainTextEdit(restrictionsBox);
    m_ownRestrictions->setObjectName(QStringLiteral("ownRestrictions"));
    m_ownRestrictions->setPlainText(registry.settings().ownHandlingRestrictions().join(QLatin1Char('\n')));
    m_ownRestrictions->setPlaceholderText(tr("e.g. No printing"));
    m_ownRestrictions->setTabChangesFocus(true);
    m_ownRestrictions->setFixedHeight(m_ownRestrictions->fontMetrics().lineSpacing() * 4 + 12);
    auto *ownLabel = new QLabel(tr("This registry's o&wn:"), restrictionsBox);
    ownLabel->setBuddy(m_ownRestrictions);
    restrictions->addRow(ownLabel, m_ownRestrictions);
    auto *restrictionsHint = new QLabel(tr("One restriction per line. Assets can have several restrictions; they "
                                           "are shown in the asset editor, the ledger and exports."),
                                        restrictionsBox);
    restrictionsHint->setWordWrap(true);
    restrictions->addRow(QString(), restrictionsHint);

    auto *backupBox = new QGroupBox(tr("Backups"), this);
    auto *backups = new QFormLayout(backupBox);
    const BackupService::Settings backupSettings = registry.backupSettings();
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

    // 漏えい時に報告対象 for 特定個人情報 above this number of data subjects (design/practice.md PI-4).
    auto *personalBox = new QGroupBox(tr("Personal information"), this);
    auto *personal = new QFormLayout(personalBox);
    m_myNumberThreshold = new QSpinBox(personalBox);
    m_myNumberThreshold->setObjectName(QStringLiteral("myNumberReportThreshold"));
    m_myNumberThreshold->setRange(0, 100000000);
    m_myNumberThreshold->setGroupSeparatorShown(true);
    m_myNumberThreshold->setValue(int(registry.settings().myNumberReportThreshold()));
    personal->addRow(tr("My Number: reportable if leaked above (data subjects):"), m_myNumberThreshold);
    auto *personalHint = new QLabel(tr("An asset is flagged as reportable if leaked when it holds sensitive personal "
                                       "information, more than 1,000 data subjects, or My Number data of more data "
                                       "subjects than this number (default 100). Check the number against the "
                                       "current rules of the Personal Information Protection Commission."),
                                    personalBox);
    personalHint->setWordWrap(true);
    personal->addRow(QString(), personalHint);

    // The registry's own settings on one page, the risk criteria (design/risk.md) on another.
    auto *generalPage = new QWidget(this);
    auto *generalLayout = new QVBoxLayout(generalPage);
    generalLayout->addLayout(general);
    generalLayout->addWidget(labelsBox);
    generalLayout->addWidget(restrictionsBox);
    generalLayout->addWidget(backupBox);
    // A shared registry is backed up on its server (pg_dump), not by this program: no backup fields for it.
    m_fileRegistry = !RegistryLocation::isServerAddress(registry.path());
    backupBox->setVisible(m_fileRegistry);
    generalLayout->addWidget(personalBox);
    generalLayout->addStretch();
    m_riskCriteria = new RiskCriteriaWidget(registry, this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("registrySettingsTabs"));
    tabs->addTab(generalPage, tr("&General"));
    tabs->addTab(m_riskCriteria, tr("Risk &Criteria"));
    // Made after the pages, so that Tab reaches OK and Cancel after the fields.
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RegistrySettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    WindowGeometry::restore(this, QStringLiteral("registrySettings"), QSize(520, sizeHint().height()));
    // Last, so that the values filled in above are not taken for the user's input.
    m_inputGuard = new InputGuard(this);
}

bool RegistrySettingsDialog::save()
{
    // Unchanged values are skipped by the service; everything else is saved together or not at all.
    QList<QPair<QString, QString>> values{{QStringLiteral("organisation"), m_organisation->text().trimmed()}};
    for (int level = 1; level <= 3; ++level) {
        const QString text = m_labels[level - 1]->text().trimmed();
        // An empty text stores nothing of our own: the standard (translated) label applies. The standard text typed
        // back in is kept as "nothing of our own" too, so that it follows the language.
        const QString own = text == m_registry.settings().defaultHandlingLabel(level) ? QString() : text;
        values.append({SettingsService::handlingLabelKey(level), own});
    }
    QStringList ownRestrictions;
    for (const QString &line : m_ownRestrictions->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            ownRestrictions << line.trimmed();
    }
    values.append({SettingsService::ownRestrictionsKey(), ownRestrictions.join(QLatin1Char('\n'))});
    if (m_fileRegistry) {
        values.append({BackupService::folderKey(), QDir::fromNativeSeparators(m_backupFolder->text().trimmed())});
        // The default count is not written down until it is changed, so that it can follow a later default.
        if (m_backupKeep->value() != m_registry.backupSettings().keep)
            values.append({BackupService::keepKey(), QString::number(m_backupKeep->value())});
    }
    // As for backups: the default is not written down until it is changed.
    if (m_myNumberThreshold->value() != m_registry.settings().myNumberReportThreshold())
        values.append({SettingsService::myNumberReportThresholdKey(), QString::number(m_myNumberThreshold->value())});
    QString error;
    if (!m_registry.settings().setSettings(values, &error) || !m_riskCriteria->save(&error)) {
        MessageBox::critical(this, tr("Cannot Save Settings"), error);
        return false;
    }
    // What was typed is saved: closing the dialog now loses nothing.
    m_inputGuard->setModified(false);
    return true;
}

void RegistrySettingsDialog::accept()
{
    if (save())
        QDialog::accept();
}

void RegistrySettingsDialog::reject()
{
    if (m_inputGuard && !m_inputGuard->confirmDiscard())
        return;
    QDialog::reject();
}
