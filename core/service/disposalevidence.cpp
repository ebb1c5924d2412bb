// Evidence of secure disposal: the files attached to a record (certificates, photos, a tool's report), checked when
// read and when attached, kept with their SHA-256, and verified against it later.
#include "disposalservice.h"

#include "registrycontext.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QMimeDatabase>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("DisposalService", text);
}

QJsonValue jsonValue(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonArray added(const QString &text)
{
    return QJsonArray{QJsonValue(), jsonValue(text)};
}

QString megabytes(qint64 bytes)
{
    return QLocale().toString(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

bool DisposalService::checkEvidence(const EvidenceFile &file, QString *error) const
{
    if (file.originalName.trimmed().isEmpty()) {
        *error =
            translated(QT_TRANSLATE_NOOP("DisposalService", "An evidence file has no name. Give the file a name."));
        return false;
    }
    if (file.content.isEmpty()) {
        *error = translated(QT_TRANSLATE_NOOP("DisposalService", "The evidence file %1 is empty (0 bytes). Choose the "
                                                                 "file that holds the evidence."))
                     .arg(file.originalName);
        return false;
    }
    if (file.content.size() > kMaxEvidenceBytes) {
        *error =
            translated(QT_TRANSLATE_NOOP("DisposalService", "The evidence file %1 is %2 MB; evidence files can be "
                                                            "at most %3 MB. Scan or save it at a lower resolution, "
                                                            "or split it into several files."))
                .arg(file.originalName, megabytes(file.content.size()), megabytes(kMaxEvidenceBytes));
        return false;
    }
    return true;
}

Result<EvidenceFile> DisposalService::readEvidenceFile(const QString &path)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists())
        return Result<EvidenceFile>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "The evidence file %1 does not exist. Check the name and "
                                                            "the folder."))
                .arg(shown));
    if (!info.isFile())
        return Result<EvidenceFile>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "%1 is not a file. Choose a file as evidence."))
                .arg(shown));
    if (info.size() == 0)
        return Result<EvidenceFile>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "The evidence file %1 is empty (0 bytes). Choose the file "
                                                            "that holds the evidence."))
                .arg(shown));
    // Checked before reading, so that choosing a huge file by mistake does not fill the memory first.
    if (info.size() > kMaxEvidenceBytes)
        return Result<EvidenceFile>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "The evidence file %1 is %2 MB; evidence files can be at "
                                                            "most %3 MB. Scan or save it at a lower resolution, or "
                                                            "split it into several files."))
                .arg(shown, megabytes(info.size()), megabytes(kMaxEvidenceBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<EvidenceFile>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "Cannot read the evidence file %1: %2. Check that you may "
                                                            "read it."))
                .arg(shown, file.errorString()));
    EvidenceFile evidence;
    evidence.originalName = info.fileName();
    evidence.content = file.read(kMaxEvidenceBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return Result<EvidenceFile>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "Cannot read the evidence file %1: %2. Check that you may "
                                                            "read it."))
                .arg(shown, file.errorString()));
    if (evidence.content.isEmpty())
        return Result<EvidenceFile>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "The evidence file %1 is empty (0 bytes). Choose the file "
                                                            "that holds the evidence."))
                .arg(shown));
    if (evidence.content.size() > kMaxEvidenceBytes)
        return Result<EvidenceFile>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "The evidence file %1 is %2 MB; evidence files can be at "
                                                            "most %3 MB. Scan or save it at a lower resolution, or "
                                                            "split it into several files."))
                .arg(shown, megabytes(evidence.content.size()), megabytes(kMaxEvidenceBytes)));
    evidence.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), evidence.content).name();
    return Result<EvidenceFile>::success(evidence);
}

QString DisposalService::sha256(const QByteArray &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
}

bool DisposalService::appendEvidence(const DisposalJob &job, const EvidenceFile &file, DisposalEvidence *stored,
                                     QString *error)
{
    stored->jobId = job.id;
    stored->originalName = QFileInfo(file.originalName.trimmed()).fileName();
    stored->mimeType = file.mimeType.isEmpty()
                           ? QMimeDatabase().mimeTypeForFileNameAndData(stored->originalName, file.content).name()
                           : file.mimeType;
    stored->size = file.content.size();
    stored->sha256 = sha256(file.content);
    stored->addedBy = m_context.actor();
    stored->addedAt = m_context.clock().nowUtc();
    if (!m_context.disposalStore().insertEvidence(stored, file.content, error))
        return false;
    AuditEvent event;
    event.actor = m_context.actor();
    event.action = QStringLiteral("add_evidence");
    event.entity = QStringLiteral("disposal");
    event.entityId = job.jobNo;
    event.changes.insert(QStringLiteral("evidence"), added(stored->originalName));
    event.changes.insert(QStringLiteral("mime_type"), added(stored->mimeType));
    event.changes.insert(QStringLiteral("size"), added(QString::number(stored->size)));
    event.changes.insert(QStringLiteral("sha256"), added(stored->sha256));
    return m_context.appendAudit(&event, error);
}

Result<DisposalEvidence> DisposalService::addEvidence(qint64 jobId, const EvidenceFile &file)
{
    QString error;
    if (!checkEvidence(file, &error))
        return Result<DisposalEvidence>::failure(error);
    const std::optional<DisposalJob> job = m_context.disposalStore().jobById(jobId, &error);
    if (!error.isEmpty())
        return Result<DisposalEvidence>::failure(error);
    if (!job)
        return Result<DisposalEvidence>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "Disposal record %1 does not exist in this registry."))
                .arg(jobId));
    const QString hash = sha256(file.content);
    const QList<DisposalEvidence> existing = m_context.disposalStore().evidenceFor(jobId, &error);
    if (!error.isEmpty())
        return Result<DisposalEvidence>::failure(error);
    for (const DisposalEvidence &other : existing) {
        if (other.sha256 == hash)
            return Result<DisposalEvidence>::failure(
                translated(QT_TRANSLATE_NOOP("DisposalService", "The file %1 is already attached to %2 as %3."))
                    .arg(file.originalName, job->jobNo, other.originalName));
    }
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<DisposalEvidence>::failure(work.error());
    DisposalEvidence stored;
    if (!appendEvidence(*job, file, &stored, &error)) {
        return Result<DisposalEvidence>::failure(error);
    }
    if (!work.commit(&error))
        return Result<DisposalEvidence>::failure(error);
    return Result<DisposalEvidence>::success(stored);
}

Result<QByteArray> DisposalService::evidenceContent(qint64 evidenceId) const
{
    QString error;
    const std::optional<DisposalEvidence> evidence = m_context.disposalStore().evidenceById(evidenceId, &error);
    if (!error.isEmpty())
        return Result<QByteArray>::failure(error);
    if (!evidence)
        return Result<QByteArray>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService", "Evidence file %1 does not exist in this registry."))
                .arg(evidenceId));
    QByteArray content;
    if (!m_context.disposalStore().evidenceContent(evidenceId, &content, &error))
        return Result<QByteArray>::failure(error);
    if (sha256(content) != evidence->sha256)
        return Result<QByteArray>::failure(
            translated(QT_TRANSLATE_NOOP("DisposalService",
                                         "The evidence file %1 no longer matches the SHA-256 recorded "
                                         "when it was added; it has been altered inside the registry "
                                         "file. Restore the registry from a backup."))
                .arg(evidence->originalName));
    return Result<QByteArray>::success(content);
}

EvidenceCheck DisposalService::verifyEvidence(qint64 jobId) const
{
    EvidenceCheck check;
    QString readError;
    const std::optional<DisposalJob> job = m_context.disposalStore().jobById(jobId, &readError);
    const QList<DisposalEvidence> files = m_context.disposalStore().evidenceFor(jobId, &readError);
    if (!readError.isEmpty())
        check.errors << readError;
    for (const DisposalEvidence &evidence : files) {
        QByteArray content;
        QString error;
        if (!m_context.disposalStore().evidenceContent(evidence.id, &content, &error)) {
            check.errors << error;
            continue;
        }
        ++check.checked;
        const QString actual = sha256(content);
        if (actual != evidence.sha256)
            check.mismatches.append({job ? job->jobNo : QString::number(jobId), evidence.id, evidence.originalName,
                                     evidence.sha256, actual});
    }
    return check;
}

EvidenceCheck DisposalService::verifyEvidence(const std::function<void(int, int)> &progress) const
{
    EvidenceCheck check;
    QString error;
    const QList<qint64> ids = m_context.disposalStore().evidenceIds(&error);
    if (!error.isEmpty()) {
        check.errors << error;
        return check;
    }
    QHash<qint64, QString> jobNos;
    for (int index = 0; index < ids.size(); ++index) {
        // Each file's own error: one that failed must not be reported again for the files after it.
        QString fileError;
        const std::optional<DisposalEvidence> evidence =
            m_context.disposalStore().evidenceById(ids.at(index), &fileError);
        QByteArray content;
        if (!evidence || !m_context.disposalStore().evidenceContent(ids.at(index), &content, &fileError)) {
            // Removed since the list was read (the error is empty then): nothing to check.
            if (!fileError.isEmpty())
                check.errors << fileError;
            continue;
        }
        ++check.checked;
        const QString actual = sha256(content);
        if (actual != evidence->sha256) {
            if (!jobNos.contains(evidence->jobId)) {
                // Only for naming the record: a read that fails names it by its id.
                const std::optional<DisposalJob> job = m_context.disposalStore().jobById(evidence->jobId, nullptr);
                jobNos.insert(evidence->jobId, job ? job->jobNo : QString::number(evidence->jobId));
            }
            check.mismatches.append(
                {jobNos.value(evidence->jobId), evidence->id, evidence->originalName, evidence->sha256, actual});
        }
        if (progress)
            progress(index + 1, int(ids.size()));
    }
    return check;
}

QList<DisposalEvidence> DisposalService::evidence(qint64 jobId, QString *error) const
{
    return m_context.disposalStore().evidenceFor(jobId, error);
}
