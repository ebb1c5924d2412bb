// Moving a registry file to a server: check, copy, prove.
#include "registrymove.h"

#include "auditlog.h"
#include "disposalservice.h"
#include "domain/registrylocation.h"
#include "registry.h"
#include "registrycontext.h"
#include "storage/database.h"
#include "storage/registrycopy.h"

#include <QCoreApplication>
#include <QDir>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RegistryMove", text);
}

} // namespace

Result<RegistryMoveReport> RegistryMove::move(const QString &fromFile, const QString &toServer,
                                              const Progress &progress)
{
    using Outcome = Result<RegistryMoveReport>;
    if (RegistryLocation::isServerAddress(fromFile))
        return Outcome::failure(translated(QT_TRANSLATE_NOOP("RegistryMove", "migrate copies a registry file to a "
                                                                             "server: --from names the file.")));
    if (!RegistryLocation::isServerAddress(toServer))
        return Outcome::failure(translated(QT_TRANSLATE_NOOP("RegistryMove", "migrate copies a registry file to a "
                                                                             "server: --to names it as "
                                                                             "postgresql://USER@HOST/DATABASE.")));
    QString error;
    std::unique_ptr<Registry> source = Registry::open(fromFile, &error);
    if (!source)
        return Outcome::failure(error);
    // A history that does not verify is not carried over as if it did.
    const ChainCheck before = source->audit().verify();
    if (!before.ok())
        return Outcome::failure(
            translated(QT_TRANSLATE_NOOP("RegistryMove", "The audit trail of %1 does not verify, so it is not copied: "
                                                         "%2 Restore the file from a good backup first."))
                .arg(QDir::toNativeSeparators(fromFile), before.message));

    std::unique_ptr<Database> target = Database::create(toServer, {}, &error);
    if (!target)
        return Outcome::failure(error);
    QList<RegistryCopy::TableCount> counts;
    if (!RegistryCopy::copy(source->m_context->database(), *target, progress, &counts, &error))
        return Outcome::failure(error);
    target.reset();

    // The proof, on a connection of its own as every later user will have.
    std::unique_ptr<Registry> copied = Registry::open(toServer, &error);
    if (!copied)
        return Outcome::failure(error);
    const QString unproven = translated(QT_TRANSLATE_NOOP("RegistryMove", "The registry was copied to %1, but the "
                                                                          "copy does not prove equal to the file: %2 "
                                                                          "Do not use the copy; empty the database "
                                                                          "and migrate again."));
    const ChainCheck after = copied->audit().verify(before.head.isValid() ? std::optional(before.head) : std::nullopt);
    if (!after.ok() || after.total != before.total || after.head.seq != before.head.seq ||
        after.head.hash != before.head.hash)
        return Outcome::failure(unproven.arg(copied->path(), after.message));
    const EvidenceCheck evidence = copied->disposal().verifyEvidence();
    if (!evidence.mismatches.isEmpty() || !evidence.errors.isEmpty()) {
        QStringList problems = evidence.errors;
        for (const EvidenceCheck::Mismatch &mismatch : evidence.mismatches)
            problems << translated(QT_TRANSLATE_NOOP("RegistryMove", "the evidence file %1 of %2 does not match its "
                                                                     "SHA-256."))
                            .arg(mismatch.originalName, mismatch.jobNo);
        return Outcome::failure(unproven.arg(copied->path(), problems.join(QLatin1Char(' '))));
    }

    RegistryMoveReport report;
    for (const RegistryCopy::TableCount &count : counts)
        report.rows.append({count.table, count.rows});
    report.checkpoint = after.head;
    report.evidenceFiles = evidence.checked;
    return Outcome::success(report);
}
