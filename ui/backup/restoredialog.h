// Restore from Backup: the backups of the registry with their dates, kinds, asset counts and checkpoints, newest
// first, or another backup file; the chosen one is restored by BackupActions after the user confirms.
#pragma once

#include "service/backupservice.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

class RestoreDialog final : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &registryPath, const QList<BackupInfo> &backups, const QString &folder,
                  QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }
    // The backup chosen in the list or through "Other File…".
    QString selectedPath() const;
    void selectPath(const QString &path);

private:
    void chooseOtherFile();
    void updateButtons();

    QString m_otherPath;
    QTreeWidget *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_restore = nullptr;
};
