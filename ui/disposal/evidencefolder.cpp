// The private folder for viewing evidence files.
#include "evidencefolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("EvidenceFolder", text);
}

constexpr QFileDevice::Permissions kOwnerFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kOwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// A name that stays inside its folder: no path, no "." or "..".
QString safeName(const QString &originalName)
{
    QString name = QFileInfo(QString(originalName).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("evidence");
    return name;
}

} // namespace

EvidenceFolder &EvidenceFolder::instance()
{
    static EvidenceFolder folder;
    return folder;
}

EvidenceFolder::EvidenceFolder()
    : m_dir(QStandardPaths::writableLocation(QStandardPaths::TempLocation) +
            QStringLiteral("/asset-registry-evidence-XXXXXX"))
{
    // QTemporaryDir creates the folder owner-only; set it again in case a umask or a platform did otherwise.
    if (m_dir.isValid())
        QFile::setPermissions(m_dir.path(), kOwnerFolder);
}

QString EvidenceFolder::write(qint64 evidenceId, const QString &originalName, const QByteArray &content, QString *error)
{
    if (!m_dir.isValid()) {
        *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder", "Cannot create a private temporary folder for the "
                                                                "evidence file: %1"))
                     .arg(m_dir.errorString());
        return {};
    }
    constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                                QFileDevice::WriteOther | QFileDevice::ExeOther;
    if (QFileInfo(m_dir.path()).permissions() & others) {
        *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder",
                                              "The temporary folder %1 can be read by other users; the evidence file "
                                              "was not written there."))
                     .arg(QDir::toNativeSeparators(m_dir.path()));
        return {};
    }
    const QString folder = m_dir.filePath(QString::number(evidenceId));
    if (!QFileInfo(folder).isDir()) {
        if (!QDir().mkdir(folder)) {
            *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder", "Cannot create the folder %1."))
                         .arg(QDir::toNativeSeparators(folder));
            return {};
        }
        if (!QFile::setPermissions(folder, kOwnerFolder)) {
            *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder", "Cannot make the folder %1 private."))
                         .arg(QDir::toNativeSeparators(folder));
            return {};
        }
    }
    const QString path = folder + QLatin1Char('/') + safeName(originalName);
    // A copy opened before may have been changed in the viewer: write the recorded bytes again.
    if (QFileInfo::exists(path) || QFileInfo(path).isSymLink()) {
        QFile old(path);
        if (!old.remove()) {
            *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder", "Cannot replace %1: %2"))
                         .arg(QDir::toNativeSeparators(path), old.errorString());
            return {};
        }
    }
    QFile file(path);
    // Created owner-only, and only if nothing else created it in between.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kOwnerFile)) {
        *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder", "Cannot write %1: %2"))
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return {};
    }
    if (file.write(content) != content.size() || !file.flush()) {
        *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder", "Cannot write %1: %2"))
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        file.close();
        QFile::remove(path);
        return {};
    }
    file.close();
    if (file.error() != QFileDevice::NoError) {
        *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder", "Cannot write %1: %2"))
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        QFile::remove(path);
        return {};
    }
    if (!QFile::setPermissions(path, kOwnerFile)) {
        *error = translated(QT_TRANSLATE_NOOP("EvidenceFolder", "Cannot make %1 private."))
                     .arg(QDir::toNativeSeparators(path));
        QFile::remove(path);
        return {};
    }
    return path;
}
