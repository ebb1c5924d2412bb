// Putting the risk documents together from the risk service.
#include "riskdocument.h"

#include "printdates.h"
#include "printlanguage.h"

#include "domain/assetcontrol.h"
#include "domain/riskcodes.h"
#include "domain/riskmethod.h"
#include "service/assignmentservice.h"
#include "service/registry.h"
#include "service/riskexport.h"
#include "service/risklabel.h"
#include "service/riskservice.h"
#include "service/settingsservice.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("RiskDocument", text);
}

QString number(int value)
{
    return value > 0 ? QString::number(value) : QString();
}

QString dateText(const QDate &date)
{
    return PrintDates::date(date);
}

QString levelName(const QString &level)
{
    return level.isEmpty() ? QString() : RiskCodes::name(RiskCodes::List::Level, level);
}

QString range(int from, int to)
{
    return from == to ? QString::number(from) : QStringLiteral("%1–%2").arg(from).arg(to);
}

// The status, with the marks an entry carries wherever it shows: 大 accepted (rule 5) and needs reassessment.
QString statusText(const Risk &risk)
{
    QStringList parts{RiskCodes::name(RiskCodes::List::Status, risk.status)};
    if (risk.notApplicable)
        parts << translated(QT_TRANSLATE_NOOP("RiskDocument", "not applicable"));
    if (risk.isHighAccepted())
        parts << translated(QT_TRANSLATE_NOOP("RiskDocument", "high risk accepted"));
    if (risk.needsReassessment())
        parts << translated(QT_TRANSLATE_NOOP("RiskDocument", "needs reassessment"));
    return parts.join(QStringLiteral("\n"));
}

QString assetText(const Risk &risk)
{
    if (risk.assetId <= 0)
        return translated(QT_TRANSLATE_NOOP("RiskDocument", "Organisation-wide"));
    return QStringLiteral("%1\n%2").arg(risk.assetNo, risk.assetName);
}

QString threatText(const Risk &risk)
{
    return risk.threatName.isEmpty() ? risk.threatCode : QStringLiteral("%1\n%2").arg(risk.threatCode, risk.threatName);
}

// The planned controls of an entry with the person and due date of their assignment; read once per asset.
class PlannedControls final
{
public:
    explicit PlannedControls(const Registry &registry)
        : m_registry(registry)
    {
    }

    QString text(const Risk &risk)
    {
        if (risk.plannedControls.isEmpty() || risk.assetId <= 0)
            return {};
        if (!m_byAsset.contains(risk.assetId)) {
            QHash<qint64, AssetControl> controls;
            const Result<QList<AssetControl>> read = m_registry.assignments().controlsOfAsset(risk.assetId);
            if (read) {
                for (const AssetControl &control : *read)
                    controls.insert(control.control.id, control);
            }
            m_byAsset.insert(risk.assetId, controls);
        }
        const QHash<qint64, AssetControl> &controls = m_byAsset[risk.assetId];
        QStringList lines;
        for (qint64 id : risk.plannedControls) {
            const auto found = controls.constFind(id);
            if (found == controls.constEnd())
                continue;
            QString line = QStringLiteral("%1 %2").arg(found->control.code, found->control.title());
            if (found->assignment) {
                QStringList who;
                if (!found->assignment->responsible.isEmpty())
                    who << found->assignment->responsible;
                if (found->assignment->dueDate.isValid())
                    who << dateText(found->assignment->dueDate);
                if (!who.isEmpty())
                    line += QStringLiteral(" (%1)").arg(who.join(QStringLiteral(", ")));
            }
            lines << line;
        }
        return lines.join(QLatin1Char('\n'));
    }

private:
    const Registry &m_registry;
    QHash<qint64, QHash<qint64, AssetControl>> m_byAsset;
};

bool keeps(RiskPrintOptions::Kind kind, const Risk &risk)
{
    switch (kind) {
    case RiskPrintOptions::Kind::Analysis:
        return true;
    case RiskPrintOptions::Kind::Plan:
        return risk.isOpen() && !risk.treatment.isEmpty() && risk.treatment != QLatin1String("accept");
    case RiskPrintOptions::Kind::Acceptance:
        return risk.acceptedOn.isValid();
    }
    return false;
}

QList<PagedColumn> columnsOf(RiskPrintOptions::Kind kind)
{
    const auto column = [](const char *heading, qreal weight, Qt::Alignment alignment = Qt::AlignLeft) {
        return PagedColumn{translated(heading), weight, alignment};
    };
    const Qt::Alignment centre = Qt::AlignHCenter;
    switch (kind) {
    case RiskPrintOptions::Kind::Analysis:
        return {column(QT_TRANSLATE_NOOP("RiskDocument", "Risk No."), 0.9),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Asset concerned"), 1.8),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Importance"), 0.5, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Threat"), 1.8),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Risk scenario"), 2.6),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Threat likelihood"), 0.5, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Vulnerability"), 0.5, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Likelihood of damage"), 0.5, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Risk value"), 0.5, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Risk level"), 0.5, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Treatment"), 0.7),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Risk owner"), 0.9),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Next review"), 0.8),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Status"), 0.9)};
    case RiskPrintOptions::Kind::Plan:
        return {column(QT_TRANSLATE_NOOP("RiskDocument", "Risk No."), 0.9),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Asset concerned"), 1.6),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Threat"), 1.6),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Risk level"), 0.6, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Treatment"), 0.7),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Treatment plan"), 2.6),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Planned controls"), 2.6),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Transferred to"), 1.0),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Treatment due"), 0.8),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Residual risk"), 0.7, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Risk owner"), 0.9),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Status"), 0.8)};
    case RiskPrintOptions::Kind::Acceptance:
        return {column(QT_TRANSLATE_NOOP("RiskDocument", "Risk No."), 0.9),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Asset concerned"), 1.6),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Threat"), 1.6),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Risk level"), 0.6, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Residual risk"), 0.7, centre),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Reason for acceptance"), 2.6),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Approver"), 1.0),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Title"), 1.0),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Authority"), 1.0),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Approved on"), 0.8),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Accepted until"), 0.8),
                column(QT_TRANSLATE_NOOP("RiskDocument", "Status"), 0.9)};
    }
    return {};
}

QStringList cellsOf(RiskPrintOptions::Kind kind, const Risk &risk, PlannedControls &planned)
{
    const QString treatment =
        risk.treatment.isEmpty() ? QString() : RiskCodes::name(RiskCodes::List::Treatment, risk.treatment);
    const QString residual =
        risk.hasResidual() ? RiskExport::valueWithLevel(risk.residualValue, risk.residualLevel) : QString();
    switch (kind) {
    case RiskPrintOptions::Kind::Analysis:
        return {risk.riskNo,
                assetText(risk),
                number(risk.importance),
                threatText(risk),
                risk.scenario,
                number(risk.likelihood),
                number(risk.vulnerability),
                number(risk.damageLikelihood),
                number(risk.riskValue),
                levelName(risk.riskLevel),
                treatment,
                risk.owner,
                dateText(risk.nextReview),
                statusText(risk)};
    case RiskPrintOptions::Kind::Plan:
        return {risk.riskNo,        assetText(risk),
                threatText(risk),   RiskExport::valueWithLevel(risk.riskValue, risk.riskLevel),
                treatment,          risk.treatmentPlan,
                planned.text(risk), risk.transferTo,
                dateText(risk.due), residual,
                risk.owner,         statusText(risk)};
    case RiskPrintOptions::Kind::Acceptance:
        return {risk.riskNo,
                assetText(risk),
                threatText(risk),
                RiskExport::valueWithLevel(risk.riskValue, risk.riskLevel),
                residual,
                risk.acceptanceReason,
                risk.acceptedBy,
                risk.acceptedTitle,
                risk.acceptedRole.isEmpty() ? QString() : RiskCodes::name(RiskCodes::List::Role, risk.acceptedRole),
                dateText(risk.acceptedOn),
                dateText(risk.acceptedUntil),
                statusText(risk)};
    }
    return {};
}

} // namespace

QString RiskDocument::title(RiskPrintOptions::Kind kind)
{
    switch (kind) {
    case RiskPrintOptions::Kind::Analysis:
        return translated(QT_TRANSLATE_NOOP("RiskDocument", "Risk Analysis Results"));
    case RiskPrintOptions::Kind::Plan:
        return translated(QT_TRANSLATE_NOOP("RiskDocument", "Risk Treatment Plan"));
    case RiskPrintOptions::Kind::Acceptance:
        return translated(QT_TRANSLATE_NOOP("RiskDocument", "Residual Risk Acceptance Record"));
    }
    return {};
}

QString RiskDocument::kindKey(RiskPrintOptions::Kind kind)
{
    switch (kind) {
    case RiskPrintOptions::Kind::Analysis:
        return QStringLiteral("analysis");
    case RiskPrintOptions::Kind::Plan:
        return QStringLiteral("plan");
    case RiskPrintOptions::Kind::Acceptance:
        return QStringLiteral("acceptance");
    }
    return {};
}

bool RiskDocument::parseKind(const QString &text, RiskPrintOptions::Kind *kind)
{
    for (RiskPrintOptions::Kind candidate :
         {RiskPrintOptions::Kind::Analysis, RiskPrintOptions::Kind::Plan, RiskPrintOptions::Kind::Acceptance}) {
        if (text.compare(kindKey(candidate), Qt::CaseInsensitive) == 0) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

PagedTable RiskDocument::criteriaTable(const Registry &registry)
{
    const RiskCriteria criteria = registry.risks().criteria();
    PagedTable table;
    table.caption = translated(QT_TRANSLATE_NOOP("RiskDocument", "Risk criteria in force"));
    table.showHeadings = false;
    table.labelColumns = 1;
    table.columns = {{QString(), 1.2, Qt::AlignLeft}, {QString(), 3.0, Qt::AlignLeft}};
    const auto row = [&table](const char *label, const QString &value) {
        table.rows.append({PagedRow::Kind::Cells, {translated(label), value}});
    };
    row(QT_TRANSLATE_NOOP("RiskDocument", "Method of risk assessment"),
        RiskCodes::name(RiskCodes::List::Method, criteria.method));
    row(QT_TRANSLATE_NOOP("RiskDocument", "Risk levels by value"),
        translated(QT_TRANSLATE_NOOP("RiskDocument", "%1: %2, %3: %4, %5: %6"))
            .arg(levelName(QStringLiteral("high")), range(criteria.highThreshold, criteria.maximumValue()),
                 levelName(QStringLiteral("medium")), range(criteria.mediumThreshold, criteria.highThreshold - 1),
                 levelName(QStringLiteral("low")), range(1, criteria.mediumThreshold - 1)));
    row(QT_TRANSLATE_NOOP("RiskDocument", "Who may accept"),
        translated(QT_TRANSLATE_NOOP("RiskDocument", "%1 up to %2; %3 up to %4; %5 by %6"))
            .arg(RiskCodes::name(RiskCodes::List::Role, QStringLiteral("owner")), levelName(criteria.ownerMayAccept),
                 RiskCodes::name(RiskCodes::List::Role, QStringLiteral("security_manager")),
                 levelName(criteria.managerMayAccept), levelName(QStringLiteral("high")),
                 RiskCodes::name(RiskCodes::List::Role, criteria.highApprover)));
    row(QT_TRANSLATE_NOOP("RiskDocument", "Review interval"),
        translated(QT_TRANSLATE_NOOP("RiskDocument", "%1 months (%2: %3 months)"))
            .arg(criteria.reviewMonths)
            .arg(levelName(QStringLiteral("high")))
            .arg(criteria.reviewMonthsHigh));
    row(QT_TRANSLATE_NOOP("RiskDocument", "Longest acceptance"),
        translated(QT_TRANSLATE_NOOP("RiskDocument", "%1 months (%2: %3 months)"))
            .arg(criteria.acceptanceMonths)
            .arg(levelName(QStringLiteral("high")))
            .arg(criteria.acceptanceMonthsHigh));
    return table;
}

bool RiskDocument::build(const Registry &registry, const RiskPrintOptions &options, PagedDocument *document,
                         QString *error)
{
    const PrintLanguage language(options.language);
    RiskFilter filter = options.filter;
    if (options.kind != RiskPrintOptions::Kind::Acceptance && filter.status.isEmpty())
        filter.status = QStringLiteral("open");

    // Read the register page by page; keep the entries the document is about, grouped by department.
    QMap<QString, QList<QStringList>> groups;
    QMap<QString, qint64> levels;
    qint64 entries = 0;
    PlannedControls planned(registry);
    RiskLabel documentLabel(registry);
    const qint64 page = 2000;
    for (qint64 offset = 0;; offset += page) {
        const Result<QList<Risk>> risks = registry.risks().list(filter, offset, page);
        if (!risks) {
            *error = risks.error;
            return false;
        }
        for (const Risk &risk : *risks) {
            if (!keeps(options.kind, risk))
                continue;
            groups[risk.assetId > 0 ? risk.department : QString()].append(cellsOf(options.kind, risk, planned));
            documentLabel.include(risk);
            ++levels[risk.riskLevel];
            ++entries;
        }
        if (risks->size() < page)
            break;
    }

    const QLocale locale;
    PagedDocument result;
    result.pageLayout =
        QPageLayout(QPageSize(options.paper), options.orientation, QMarginsF(12, 10, 12, 10), QPageLayout::Millimeter);
    result.fontSize = options.paper == QPageSize::A3 ? 9.0 : 7.5;
    PagedHeader &header = result.header;
    header.organisation = registry.settings().organisation();
    header.title = title(options.kind);
    // The highest handling label among the printed entries' assets, unless the user chose a banner.
    header.banner = options.banner.value_or(registry.settings().handlingLabel(documentLabel.level()));
    header.details << translated(QT_TRANSLATE_NOOP("RiskDocument", "Entries: %1 (%2 %3, %4 %5, %6 %7)"))
                          .arg(locale.toString(entries), levelName(QStringLiteral("high")),
                               locale.toString(levels.value(QStringLiteral("high"))),
                               levelName(QStringLiteral("medium")),
                               locale.toString(levels.value(QStringLiteral("medium"))),
                               levelName(QStringLiteral("low")), locale.toString(levels.value(QStringLiteral("low"))));
    const QDateTime printedAt =
        options.printedAt.isValid() ? options.printedAt : registry.clock().nowUtc().toLocalTime();
    header.facts << PrintDates::printed(printedAt);
    if (options.approvalBoxes)
        header.approvals = {translated(QT_TRANSLATE_NOOP("RiskDocument", "Approved")),
                            translated(QT_TRANSLATE_NOOP("RiskDocument", "Checked")),
                            translated(QT_TRANSLATE_NOOP("RiskDocument", "Prepared"))};
    result.footer = header.title;
    result.pageNumberFormat = translated(QT_TRANSLATE_NOOP("RiskDocument", "Page %1 of %2"));

    result.tables << criteriaTable(registry);
    PagedTable table;
    table.caption = header.title;
    table.columns = columnsOf(options.kind);
    table.emptyText = translated(QT_TRANSLATE_NOOP("RiskDocument", "No entries."));
    for (auto it = groups.constBegin(); it != groups.constEnd(); ++it) {
        const QString group =
            it.key().isEmpty() ? translated(QT_TRANSLATE_NOOP("RiskDocument", "Organisation-wide")) : it.key();
        table.rows.append(PagedRow::group(translated(QT_TRANSLATE_NOOP("RiskDocument", "%1 (entries: %2)"))
                                              .arg(group, locale.toString(it.value().size()))));
        for (const QStringList &cells : it.value())
            table.rows.append({PagedRow::Kind::Cells, cells});
    }
    result.tables << table;
    *document = result;
    return true;
}
