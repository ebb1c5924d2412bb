// The service of secure disposal (DESIGN.md §5): the only way to record a disposal, attach evidence and append an
// amendment. It applies the rules — minimum method from confidentiality and destination, override reasons, no
// completion after a failed verification, evidence limits — runs each write in one transaction and appends the
// audit events in that same transaction. The GUI, the CLI and imports all come through here.
#pragma once

#include "domain/disposal.h"
#include "domain/disposalrule.h"
#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class RegistryContext;

class DisposalService final
{
public:
    // Evidence files are kept inside the registry file; this keeps one disposal from growing it without bound.
    static constexpr qint64 kMaxEvidenceBytes = 50 * 1024 * 1024;

    explicit DisposalService(RegistryContext &context);

    // The registry's minimum-method rule (defaults of DESIGN.md §5 and practice.md PI-5 unless changed).
    DisposalRule rule() const;
    // Changes the minimum media-sanitisation method of a confidentiality level (1–3); audited. Refuses a level weaker
    // than the level below it or stronger than the level above it, so that more confidential data never gets a weaker
    // method.
    bool setMinimumMethod(int confidentialityOrdinal, const QString &method, QString *error)
    {
        return setMinimumMethod(QStringLiteral("media"), confidentialityOrdinal, method, error);
    }
    // The same for a kind of record ("media" or "data"); data deletion cannot require Destroy.
    bool setMinimumMethod(const QString &kind, int confidentialityOrdinal, const QString &method, QString *error);
    // Changes the floor of a personal-information kind (personal, sensitive, my_number) for a kind of record; audited.
    // Refuses a floor for sensitive or My Number data weaker than the one for personal information (both are personal
    // information), and Destroy for data deletion.
    bool setPersonalFloor(const QString &kind, const QString &personalInfo, const QString &method, QString *error);
    // The techniques the job may use: those allowed on the media type of every item (NIST SP 800-88 Appendix A) that
    // achieve the job's method there; with an empty method, every technique allowed on all the items.
    static QStringList allowedTechniques(const DisposalJob &job, const QString &method);

    // Today in the registry's clock: the default date of a disposal and of an amendment.
    QDate today() const;
    // A new job for the given assets, filled from them: items with the classification and minimum method, the
    // method set to the strongest minimum, today's dates. Refuses missing and already disposed assets.
    Result<DisposalJob> draft(const QList<qint64> &assetIds) const;
    // Recomputes each item's minimum method for the job's destination; call after changing the destination.
    void applyRule(DisposalJob *job) const;
    // Items whose asset needs a stronger method than the job's, as "IA-000001 (Destroy)" for messages.
    QStringList overrides(const DisposalJob &job) const;
    // Problems of a draft, without touching the registry; record() checks them again. evidenceFiles: how many files
    // will be attached (a data deletion needs its deletion log or the provider's certificate).
    QList<Problem> validate(const DisposalJob &job, int evidenceFiles = 0) const;
    // What does not refuse a record but should make the user stop and think: the same person performed and validated
    // the sanitisation, or no evidence file is attached. Shown before recording and asked about in the confirmation.
    QList<Problem> warnings(const DisposalJob &job, int evidenceFiles) const;

    // Records and completes a disposal: the job, its items and evidence are stored, every asset becomes 'disposed'
    // and read-only, all in one transaction with its audit events. All or nothing.
    Result<DisposalJob> record(const DisposalJob &draft, const QList<EvidenceFile> &evidence = {});

    // Reads a file to attach; refuses a missing, unreadable, empty or too large file with a message that names it.
    static Result<EvidenceFile> readEvidenceFile(const QString &path);
    // Attaches evidence to a recorded disposal (a contractor's certificate often arrives later); audited.
    Result<DisposalEvidence> addEvidence(qint64 jobId, const EvidenceFile &file);
    // Appends a correction of one field of a recorded disposal (itemId 0 for a field of the job). The original stays
    // as recorded; the effective record must still satisfy the rules.
    Result<DisposalAmendment> amend(qint64 jobId, qint64 itemId, const QString &field, const QString &newValue,
                                    const QString &reason);

    // The reads below set *error (when given) when they fail, and give nothing then: a record that could not be
    // read is not taken for one that does not exist.
    std::optional<DisposalJob> job(qint64 id, QString *error = nullptr) const;
    std::optional<DisposalJob> jobByNo(const QString &jobNo, QString *error = nullptr) const;
    std::optional<DisposalJob> jobForAsset(qint64 assetId, QString *error = nullptr) const;
    QList<DisposalJob> jobs(int offset, int limit, QString *error) const;
    qint64 jobCount(QString *error = nullptr) const;
    QList<DisposalEvidence> evidence(qint64 jobId, QString *error = nullptr) const;
    QList<DisposalAmendment> amendments(qint64 jobId, QString *error = nullptr) const;
    // The record as corrected: the original with its amendments applied in order.
    static DisposalJob effective(const DisposalJob &job, const QList<DisposalAmendment> &amendments);
    // The content of an evidence file, checked against its recorded SHA-256; a mismatch is an error naming the file.
    Result<QByteArray> evidenceContent(qint64 evidenceId) const;

    // Assets whose retention ended or ends within `withinDays` days from today, and assets marked disposal pending.
    QList<DueAsset> due(int withinDays, int offset, int limit, QString *error) const;
    qint64 dueCount(int withinDays, QString *error) const;

    // Re-hashes every evidence file and names each one whose content no longer matches its recorded SHA-256.
    EvidenceCheck verifyEvidence(const std::function<void(int done, int total)> &progress = {}) const;
    // The same for the evidence files of one disposal record; a file that cannot be read is an error, not a mismatch.
    EvidenceCheck verifyEvidence(qint64 jobId) const;

    static QString sha256(const QByteArray &content);

private:
    QList<Problem> recordProblems(const DisposalJob &job, int evidenceFiles) const;
    void techniqueProblems(const DisposalJob &job, QList<Problem> *problems) const;
    bool writeSetting(const QString &key, const QString &value, QString *error);
    bool checkEvidence(const EvidenceFile &file, QString *error) const;
    bool appendEvidence(const DisposalJob &job, const EvidenceFile &file, DisposalEvidence *stored, QString *error);

    RegistryContext &m_context;
};
