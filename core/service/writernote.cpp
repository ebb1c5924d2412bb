// The writer's note beside a registry file, and the message for a registry another program is writing.
#include "writernote.h"

#include "domain/clock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("WriterNote", text);
}

QMutex &operationMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &currentOperation()
{
    static QString operation;
    return operation;
}

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty()) {
        if (const passwd *entry = getpwuid(getuid()))
            user = QString::fromLocal8Bit(entry->pw_name);
    }
    return user;
}

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
}

} // namespace

void WriterNote::setOperation(const QString &operation)
{
    const QMutexLocker locker(&operationMutex());
    currentOperation() = operation;
}

QString WriterNote::operation()
{
    const QMutexLocker locker(&operationMutex());
    return currentOperation();
}

QString WriterNote::notePath(const QString &registryPath)
{
    return registryPath + QStringLiteral("-writer");
}

void WriterNote::write(const QString &registryPath)
{
    const QJsonObject object{{QStringLiteral("pid"), qint64(QCoreApplication::applicationPid())},
                             {QStringLiteral("program"), QCoreApplication::applicationName()},
                             {QStringLiteral("host"), QSysInfo::machineHostName()},
                             {QStringLiteral("user"), userName()},
                             {QStringLiteral("operation"), operation()},
                             {QStringLiteral("since"), Clock::system().nowUtc().toString(Qt::ISODate)}};
    QFile file(notePath(registryPath));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void WriterNote::remove(const QString &registryPath)
{
    // Only this process's own note: a rollback after a refused BEGIN must not erase the note of the program that
    // holds the lock.
    QFile file(notePath(registryPath));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    file.close();
    if (object.value(QStringLiteral("pid")).toInteger() == QCoreApplication::applicationPid())
        file.remove();
}

std::optional<WriterNote::Note> WriterNote::read(const QString &registryPath)
{
    QFile file(notePath(registryPath));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject object = QJsonDocument::fromJson(file.read(4096)).object();
    if (object.isEmpty())
        return std::nullopt;
    Note note;
    note.pid = object.value(QStringLiteral("pid")).toInteger();
    note.program = object.value(QStringLiteral("program")).toString();
    note.host = object.value(QStringLiteral("host")).toString();
    note.user = object.value(QStringLiteral("user")).toString();
    note.operation = object.value(QStringLiteral("operation")).toString();
    note.since = QDateTime::fromString(object.value(QStringLiteral("since")).toString(), Qt::ISODate);
    // A note of a process of this machine that no longer runs is left over from a crash.
    if (note.host == QSysInfo::machineHostName() && !processAlive(note.pid))
        return std::nullopt;
    return note;
}

QString WriterNote::operationLabel(const QString &operation)
{
    static const struct
    {
        const char *code;
        const char *label;
    } labels[] = {
        {"import", QT_TRANSLATE_NOOP("WriterNote", "an import of assets")},
        {"generate", QT_TRANSLATE_NOOP("WriterNote", "generating synthetic assets")},
        {"dispose", QT_TRANSLATE_NOOP("WriterNote", "recording a disposal")},
        {"add", QT_TRANSLATE_NOOP("WriterNote", "adding an asset")},
        {"edit", QT_TRANSLATE_NOOP("WriterNote", "editing an asset")},
        {"restore", QT_TRANSLATE_NOOP("WriterNote", "restoring a backup")},
        {"controls", QT_TRANSLATE_NOOP("WriterNote", "changing controls")},
        {"catalog", QT_TRANSLATE_NOOP("WriterNote", "importing a control catalogue")},
    };
    for (const auto &entry : labels) {
        if (operation == QLatin1String(entry.code))
            return translated(entry.label);
    }
    return operation.isEmpty() ? translated(QT_TRANSLATE_NOOP("WriterNote", "saving changes")) : operation;
}

QString WriterNote::busyMessage(const QString &registryPath, int timeoutSeconds)
{
    const QString file = QDir::toNativeSeparators(registryPath);
    if (const std::optional<Note> note = read(registryPath)) {
        const QString since = note->since.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        return translated(QT_TRANSLATE_NOOP("WriterNote",
                                            "Another program is writing to the registry %1: %2 (%3, process %4, by "
                                            "%5 on %6, since %7). Nothing was changed here. Wait until it has "
                                            "finished, then try again."))
            .arg(file, operationLabel(note->operation), note->program)
            .arg(note->pid)
            .arg(note->user, note->host, since);
    }
    return translated(QT_TRANSLATE_NOOP("WriterNote",
                                        "Another program is writing to the registry %1 and did not finish within %2 "
                                        "seconds. Nothing was changed here. Wait until the other program has "
                                        "finished (or close it), then try again."))
        .arg(file)
        .arg(timeoutSeconds);
}
