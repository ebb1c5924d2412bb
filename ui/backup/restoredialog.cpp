// The list of backups to restore from.
#include "restoredialog.h"

#include "widgets/filedialog.h"
#include "widgets/localdate.h"
#include "widgets/windowgeometry.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

constexpr int kPathRole = Qt::UserRole;

} // namespace

RestoreDialog::RestoreDialog(const QString &registryPath, const QList<BackupInfo> &backups, const QString &folder,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Restore from Backup"));
    setObjectName(QStringLiteral("restoreDialog"));

    auto *intro = new QLabel(tr("Choose the backup that replaces the registry %1. The backup is checked before "
                                "anything is replaced, and the current file is kept beside it.")
                                 .arg(QDir::toNativeSeparators(registryPath)),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Date"), tr("Kind"), tr("Assets"), tr("Checkpoint"), tr("File")});
    const QLocale locale;
    for (const BackupInfo &backup : backups) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, LocalDate::toString(backup.createdAt.date()) + QLatin1Char(' ') +
                             locale.toString(backup.createdAt.time(), QLocale::ShortFormat));
        item->setText(1, backup.automatic       ? tr("Automatic")
                         : backup.beforeUpgrade ? tr("Before upgrade")
                                                : tr("On demand"));
        if (backup.beforeUpgrade)
            item->setToolTip(1, tr("Written before this version upgraded the registry from schema %1; restoring it "
                                   "goes back to the registry as it was then.")
                                    .arg(backup.schemaVersion));
        if (backup.problem.isEmpty()) {
            item->setText(2, locale.toString(backup.assetCount));
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            // The sequence and the start of the hash are enough to compare with a printed checkpoint at a glance;
            // the whole checkpoint is in the tool tip.
            item->setText(3, QStringLiteral("%1:%2…").arg(backup.headSeq).arg(backup.headHash.left(12)));
            item->setToolTip(3, backup.checkpoint());
        } else {
            item->setText(2, tr("unreadable"));
            item->setToolTip(2, backup.problem);
            item->setDisabled(true);
        }
        item->setText(4, QFileInfo(backup.path).fileName());
        item->setToolTip(4, QDir::toNativeSeparators(backup.path));
        item->setData(0, kPathRole, backup.path);
    }
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    m_hint = new QLabel(this);
    m_hint->setWordWrap(true);
    m_hint->setText(backups.isEmpty() ? tr("There are no backups in %1 yet. Choose a backup file with Other File….")
                                            .arg(QDir::toNativeSeparators(folder))
                                      : tr("Backups in %1.").arg(QDir::toNativeSeparators(folder)));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_restore = buttons->addButton(tr("&Restore"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *other = buttons->addButton(tr("&Other File…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFileButton"));
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOtherFile);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        m_otherPath.clear();
        updateButtons();
    });
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (!selectedPath().isEmpty())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_hint);
    layout->addWidget(buttons);
    if (m_list->topLevelItemCount() > 0 && !m_list->topLevelItem(0)->isDisabled())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
    WindowGeometry::restore(this, QStringLiteral("restore"), QSize(760, 380));
}

QString RestoreDialog::selectedPath() const
{
    if (!m_otherPath.isEmpty())
        return m_otherPath;
    const QTreeWidgetItem *item = m_list->currentItem();
    return item && item->isSelected() ? item->data(0, kPathRole).toString() : QString();
}

void RestoreDialog::selectPath(const QString &path)
{
    for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
        QTreeWidgetItem *item = m_list->topLevelItem(row);
        if (item->data(0, kPathRole).toString() == path) {
            m_list->setCurrentItem(item);
            return;
        }
    }
    m_list->clearSelection();
    m_otherPath = path;
    m_hint->setText(tr("Backup file: %1").arg(QDir::toNativeSeparators(path)));
    updateButtons();
}

void RestoreDialog::chooseOtherFile()
{
    const QString path = FileDialog::getOpenFileName(this, tr("Restore from Backup"),
                                                     tr("Registry backups (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        selectPath(path);
}

void RestoreDialog::updateButtons()
{
    m_restore->setEnabled(!selectedPath().isEmpty());
}
