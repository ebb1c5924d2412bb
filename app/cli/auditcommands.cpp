// The audit commands: verify (the hash chain of the audit trail, optionally against a checkpoint kept outside the
// file, and the evidence files of disposals) and audit (the events a filter selects, as CSV, TSV or JSON). Both print
// the checkpoint, the head of the chain, so that it can be kept apart from the registry (DESIGN.md §6).
#include "command.h"
#include "commands.h"
#include "optionparser.h"
#include "progressreport.h"
#include "recordwriter.h"

#include "service/assetvalues.h"
#include "service/auditlog.h"
#include "service/disposalservice.h"
#include "service/registry.h"
#include "service/rulecheck.h"
#include "textwidth.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

// A checkpoint file holds the checkpoint somewhere in its text, e.g. the line "Checkpoint: 1234:0123456789abcdef"
// that verify --save-checkpoint writes, or a line copied from a printed report.
std::optional<AuditCheckpoint> readCheckpointFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "Cannot read the checkpoint file %1: %2"))
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(file.read(64 * 1024));
    static const QRegularExpression pattern(
        QStringLiteral("(?<![0-9A-Za-z])(\\d{1,18}:[0-9A-Fa-f]{16,64})(?![0-9A-Za-z])"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch()) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "The file %1 holds no checkpoint. A checkpoint is written as "
                                                     "SEQ:HASH, e.g. 1234:0123456789abcdef."))
                     .arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return AuditCheckpoint::parse(match.captured(1), error);
}

void printCheckpoint(CommandContext &context, const AuditCheckpoint &checkpoint)
{
    if (!checkpoint.isValid())
        return;
    context.out() << translated(QT_TRANSLATE_NOOP("Cli", "Checkpoint: %1 (full hash %2)"))
                         .arg(checkpoint.toString(), checkpoint.hash)
                  << QLatin1Char('\n');
}

int verifyChain(CommandContext &context, Registry &registry, const std::optional<AuditCheckpoint> &checkpoint,
                const QString &saveTo)
{
    const AuditLog &log = registry.audit();
    ProgressReport report(context.err(), translated(QT_TRANSLATE_NOOP("Cli", "Verifying the audit trail")));
    const ChainCheck check = log.verify(checkpoint, [&report](qint64 done, qint64 total) {
        report.update(int(done), int(total));
        return true;
    });
    if (!check.ok()) {
        context.out() << translated(QT_TRANSLATE_NOOP("Cli", "MISMATCH event %1: %2")).arg(check.seq).arg(check.message)
                      << QLatin1Char('\n');
        return context.fail(check.outcome == ChainCheck::Outcome::Failed
                                ? check.message
                                : translated(QT_TRANSLATE_NOOP("Cli", "The audit trail does not match from event %1 "
                                                                      "on. Restore the registry from a backup and "
                                                                      "compare."))
                                      .arg(check.seq));
    }
    context.out() << translated(QT_TRANSLATE_NOOP("Cli", "OK: %1")).arg(check.message) << QLatin1Char('\n');
    printCheckpoint(context, check.head);
    if (!saveTo.isEmpty() && check.head.isValid()) {
        QSaveFile file(saveTo);
        if (!file.open(QIODevice::WriteOnly))
            return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "Cannot write the checkpoint file %1: %2"))
                                    .arg(QDir::toNativeSeparators(saveTo), file.errorString()));
        file.write(QStringLiteral("Checkpoint: %1\n").arg(check.head.toFullString()).toUtf8());
        if (!file.commit())
            return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "Cannot write the checkpoint file %1: %2"))
                                    .arg(QDir::toNativeSeparators(saveTo), file.errorString()));
    }
    return ExitCode::Success;
}

int verifyEvidence(CommandContext &context, Registry &registry)
{
    DisposalService &service = registry.disposal();
    int reported = 0;
    const EvidenceCheck check = service.verifyEvidence([&](int done, int total) {
        // Progress for long checks, on stderr, about every 5 %.
        if (total >= 100 && (done == total || done * 20 / total != (done - 1) * 20 / total) && done != reported) {
            reported = done;
            context.message(
                translated(QT_TRANSLATE_NOOP("Cli", "Checked %1 of %2 evidence files…")).arg(done).arg(total));
        }
    });
    for (const EvidenceCheck::Mismatch &mismatch : check.mismatches)
        context.out() << translated(QT_TRANSLATE_NOOP("Cli", "MISMATCH %1 %2: recorded SHA-256 %3, now %4"))
                             .arg(mismatch.jobNo, mismatch.originalName, mismatch.expected, mismatch.actual)
                      << QLatin1Char('\n');
    for (const QString &error : check.errors)
        context.out() << translated(QT_TRANSLATE_NOOP("Cli", "ERROR %1")).arg(error) << QLatin1Char('\n');
    if (!check.mismatches.isEmpty() || !check.errors.isEmpty())
        return context.fail(translated(QT_TRANSLATE_NOOP("Cli", "%1 of %2 evidence files do not match the SHA-256 "
                                                                "recorded when they were added. Restore the registry "
                                                                "from a backup and compare."))
                                .arg(check.mismatches.size() + check.errors.size())
                                .arg(check.checked + check.errors.size()));
    context.out()
        << translated(QT_TRANSLATE_NOOP("Cli", "OK: %1 evidence files match their SHA-256.")).arg(check.checked)
        << QLatin1Char('\n');
    return ExitCode::Success;
}

// Lists every asset that breaks a personal-information or retention rule: asset number, rule, field and fix.
int verifyRules(CommandContext &context, Registry &registry)
{
    QList<RuleBreach> breaches;
    QString error;
    if (!RuleCheck::run(registry, &breaches, &error))
        return context.fail(error);
    QStringList assets;
    for (const RuleBreach &breach : breaches) {
        context.out() << TextWidth::printable(breach.assetNo) << QLatin1Char('\t') << breach.rule << QLatin1Char('\t')
                      << breach.field << QLatin1Char('\t') << TextWidth::printable(breach.message) << QLatin1Char('\n');
        if (!assets.contains(breach.assetNo))
            assets << breach.assetNo;
    }
    if (!breaches.isEmpty()) {
        context.out().flush();
        context.message(QCoreApplication::translate("Cli",
                                                    "%n asset(s) break a personal-information or retention rule. "
                                                    "Edit each one and fix the field named above.",
                                                    nullptr, int(assets.size())));
        return ExitCode::Failure;
    }
    context.out() << translated(QT_TRANSLATE_NOOP("Cli", "OK: every asset meets the personal-information and "
                                                         "retention rules."))
                  << QLatin1Char('\n');
    return ExitCode::Success;
}

} // namespace

int runVerify(CommandContext &context)
{
    OptionParser parser(
        QStringLiteral("verify"),
        translated(QT_TRANSLATE_NOOP("Cli", "Checks the integrity of the registry. By default (--chain) it walks the "
                                            "hash chain of the audit trail and names the first event that was "
                                            "changed, deleted, inserted or reordered; with a checkpoint printed "
                                            "earlier it also proves that the history up to it is unchanged. "
                                            "--evidence re-hashes every evidence file of the disposal records. "
                                            "--rules lists every asset that breaks a personal-information or "
                                            "retention rule (asset number, rule, field, fix). Prints the checkpoint "
                                            "to keep. Exit status 1 when anything does not match or any asset breaks "
                                            "a rule.")));
    parser.addOption(QStringLiteral("chain"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Verify the audit trail (the default).")));
    parser.addOption(QStringLiteral("evidence"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Re-hash the evidence files (alone, unless --chain or --all "
                                                         "is given too).")));
    parser.addOption(QStringLiteral("rules"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "List every asset that breaks a personal-information or "
                                                         "retention rule, with the field to fix (alone, unless "
                                                         "--chain or --evidence is given too).")));
    parser.addOption(QStringLiteral("all"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Every check: the audit trail and the evidence files.")));
    parser.addOption(QStringLiteral("checkpoint"), QStringLiteral("SEQ:HASH"),
                     translated(QT_TRANSLATE_NOOP("Cli", "A checkpoint printed earlier (on an audit report, by a "
                                                         "backup or by verify): the history up to it must be "
                                                         "unchanged.")));
    parser.addOption(QStringLiteral("checkpoint-file"), QStringLiteral("FILE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Read the checkpoint from this file.")));
    parser.addOption(QStringLiteral("save-checkpoint"), QStringLiteral("FILE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "When the audit trail is intact, write its checkpoint to "
                                                         "this file (keep it away from the registry).")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    std::optional<AuditCheckpoint> checkpoint;
    QString error;
    if (parser.isSet(QStringLiteral("checkpoint")) && parser.isSet(QStringLiteral("checkpoint-file")))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "Give either --checkpoint or --checkpoint-file, not both.")));
    if (parser.isSet(QStringLiteral("checkpoint"))) {
        checkpoint = AuditCheckpoint::parse(parser.value(QStringLiteral("checkpoint")), &error);
        if (!checkpoint)
            return context.usageError(error);
    } else if (parser.isSet(QStringLiteral("checkpoint-file"))) {
        checkpoint = readCheckpointFile(parser.value(QStringLiteral("checkpoint-file")), &error);
        if (!checkpoint)
            return context.fail(error);
    }
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool evidence = all || parser.isSet(QStringLiteral("evidence"));
    const bool rules = parser.isSet(QStringLiteral("rules"));
    const bool chain = all || parser.isSet(QStringLiteral("chain")) || checkpoint ||
                       parser.isSet(QStringLiteral("save-checkpoint")) || (!evidence && !rules);

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    int status = ExitCode::Success;
    if (chain)
        status = verifyChain(context, *registry, checkpoint, parser.value(QStringLiteral("save-checkpoint")));
    if (evidence && verifyEvidence(context, *registry) != ExitCode::Success)
        status = ExitCode::Failure;
    if (rules && verifyRules(context, *registry) != ExitCode::Success)
        status = ExitCode::Failure;
    return status;
}

namespace {

bool dateOption(const OptionParser &parser, const QString &name, QDate *date, QString *error)
{
    if (!parser.isSet(name))
        return true;
    *date = AssetValues::parseDate(parser.value(name));
    if (!date->isValid()) {
        *error = translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a date for --%2. Write it as 2026-04-01."))
                     .arg(parser.value(name), name);
        return false;
    }
    return true;
}

} // namespace

int runAudit(CommandContext &context)
{
    OptionParser parser(QStringLiteral("audit"),
                        translated(QT_TRANSLATE_NOOP("Cli", "Lists the events of the audit trail, oldest first, one "
                                                            "row per changed field (an event without changes has one "
                                                            "row). Prints the checkpoint of the trail on stderr.")));
    parser.addOption(QStringLiteral("since"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only events on or after this day (local time).")));
    parser.addOption(QStringLiteral("until"), QStringLiteral("DATE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only events on or before this day (local time).")));
    parser.addOption(QStringLiteral("actor"), QStringLiteral("TEXT"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only events of actors whose name contains this text.")));
    parser.addOption(QStringLiteral("action"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only events of this action: %1."))
                         .arg(AuditLog::actions().join(QStringLiteral(", "))));
    parser.addOption(QStringLiteral("entity"), QStringLiteral("CODE"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only events about this kind of record: %1."))
                         .arg(AuditLog::entities().join(QStringLiteral(", "))));
    parser.addOption(QStringLiteral("asset"), QStringLiteral("ASSET_NO"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Only events about this asset and its controls.")));
    parser.addOption(QStringLiteral("format"), QStringLiteral("csv|tsv|json"),
                     translated(QT_TRANSLATE_NOOP("Cli", "Output format (default: csv).")));
    parser.addOption(QStringLiteral("display"), QString(),
                     translated(QT_TRANSLATE_NOOP("Cli", "Write actions, records, fields and values as people read "
                                                         "them instead of codes.")));
    if (const std::optional<int> exit = context.parse(parser))
        return *exit;
    AuditFilter filter;
    QString error;
    if (!dateOption(parser, QStringLiteral("since"), &filter.since, &error) ||
        !dateOption(parser, QStringLiteral("until"), &filter.until, &error))
        return context.usageError(error);
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.action = parser.value(QStringLiteral("action")).trimmed().toLower();
    filter.entity = parser.value(QStringLiteral("entity")).trimmed().toLower();
    filter.assetNo = parser.value(QStringLiteral("asset")).trimmed();
    if (!filter.action.isEmpty() && !AuditLog::actions().contains(filter.action))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a value of --%2. Use one of: %3."))
                .arg(filter.action, QStringLiteral("action"), AuditLog::actions().join(QStringLiteral(", "))));
    if (!filter.entity.isEmpty() && !AuditLog::entities().contains(filter.entity))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not a value of --%2. Use one of: %3."))
                .arg(filter.entity, QStringLiteral("entity"), AuditLog::entities().join(QStringLiteral(", "))));
    const QString formatText = parser.value(QStringLiteral("format"), QStringLiteral("csv")).toLower();
    RecordWriter::Format format = RecordWriter::Format::Csv;
    if (formatText == QLatin1String("tsv"))
        format = RecordWriter::Format::Tsv;
    else if (formatText == QLatin1String("json"))
        format = RecordWriter::Format::Json;
    else if (formatText != QLatin1String("csv"))
        return context.usageError(
            translated(QT_TRANSLATE_NOOP("Cli", "'%1' is not an output format. Use csv, tsv or json."))
                .arg(formatText));
    const bool display = parser.isSet(QStringLiteral("display"));

    Registry *registry = context.registry();
    if (!registry)
        return ExitCode::Failure;
    const AuditLog &log = registry->audit();
    // The checkpoint is read before the events, so that every event it covers is in the output.
    const std::optional<AuditCheckpoint> checkpoint = log.checkpoint(&error);
    if (!checkpoint)
        return context.fail(error);
    const QStringList keys = {QStringLiteral("seq"),    QStringLiteral("occurred_at"), QStringLiteral("actor"),
                              QStringLiteral("action"), QStringLiteral("entity"),      QStringLiteral("entity_id"),
                              QStringLiteral("field"),  QStringLiteral("old"),         QStringLiteral("new")};
    RecordWriter writer(context.out(), format, keys, {true, false, false, false, false, false, false, false, false});
    writer.writeHeader(keys);
    const bool read = log.forEach(
        filter,
        [&](const AuditEvent &event) {
            if (event.seq > checkpoint->seq)
                return false;
            const QStringList common = {QString::number(event.seq),
                                        event.occurredAt.toUTC().toString(Qt::ISODateWithMs),
                                        event.actor,
                                        display ? AuditLog::actionName(event.action) : event.action,
                                        display ? AuditLog::entityName(event.entity) : event.entity,
                                        event.entityId};
            if (event.changes.isEmpty()) {
                writer.writeRow(common + QStringList{QString(), QString(), QString()});
                return true;
            }
            if (display) {
                const QList<AuditLog::Change> changes = log.changes(event);
                for (const AuditLog::Change &change : changes)
                    writer.writeRow(common + QStringList{change.field, change.before, change.after});
                return true;
            }
            for (auto it = event.changes.constBegin(); it != event.changes.constEnd(); ++it) {
                const auto text = [](const QJsonValue &value) {
                    if (value.isString())
                        return value.toString();
                    if (value.isNull() || value.isUndefined())
                        return QString();
                    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                        .mid(1)
                        .chopped(1);
                };
                const QJsonArray pair = it.value().toArray();
                writer.writeRow(common + QStringList{it.key(), text(pair.at(0)), text(pair.at(1))});
            }
            return true;
        },
        &error);
    writer.finish();
    if (!read)
        return context.fail(error);
    if (checkpoint->isValid())
        context.message(translated(QT_TRANSLATE_NOOP("Cli", "Checkpoint: %1 (full hash %2)"))
                            .arg(checkpoint->toString(), checkpoint->hash));
    return ExitCode::Success;
}
