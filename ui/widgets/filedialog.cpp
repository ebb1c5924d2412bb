// File dialogs with a test seam.
#include "filedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>

#include <optional>

namespace {

std::optional<QString> g_nextFileName;
const QString kDirectoryKey = QStringLiteral("ui/lastDirectory");

std::optional<QString> takeNextFileName()
{
    std::optional<QString> next = g_nextFileName;
    g_nextFileName.reset();
    return next;
}

} // namespace

QString FileDialog::lastDirectory()
{
    return QSettings().value(kDirectoryKey, QDir::homePath()).toString();
}

void FileDialog::rememberDirectory(const QString &fileName)
{
    if (!fileName.isEmpty())
        QSettings().setValue(kDirectoryKey, QFileInfo(fileName).absolutePath());
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    if (std::optional<QString> next = takeNextFileName())
        return *next;
    QString fileName = QFileDialog::getOpenFileName(parent, caption, lastDirectory(), filter);
    rememberDirectory(fileName);
    return fileName;
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &suggestedName,
                                    const QString &filter, const QString &defaultSuffix)
{
    if (std::optional<QString> next = takeNextFileName())
        return *next;
    QFileDialog dialog(parent, caption, QDir(lastDirectory()).filePath(suggestedName), filter);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setDefaultSuffix(defaultSuffix);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return {};
    QString fileName = dialog.selectedFiles().constFirst();
    rememberDirectory(fileName);
    return fileName;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    g_nextFileName = fileName;
}
