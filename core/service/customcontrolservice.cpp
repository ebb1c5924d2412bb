// The registry's own (custom) controls: added, edited, retired and reinstated, with their references checked.
#include "customcontrolservice.h"

#include "changes.h"
#include "registrycontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

using namespace Changes;

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("ControlService", text);
}

bool isAnnexAControl(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^A\\.([5-8])\\.(\\d{1,2})$"));
    const QRegularExpressionMatch match = pattern.match(id);
    if (!match.hasMatch())
        return false;
    static const int counts[] = {37, 8, 14, 34};
    const int theme = match.captured(1).toInt();
    const int number = match.captured(2).toInt();
    return number >= 1 && number <= counts[theme - 5];
}

bool isSp80053Control(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^([A-Z]{2})-(\\d{1,2})(\\(\\d{1,2}\\))?$"));
    static const QSet<QString> families = {
        QStringLiteral("AC"), QStringLiteral("AT"), QStringLiteral("AU"), QStringLiteral("CA"), QStringLiteral("CM"),
        QStringLiteral("CP"), QStringLiteral("IA"), QStringLiteral("IR"), QStringLiteral("MA"), QStringLiteral("MP"),
        QStringLiteral("PE"), QStringLiteral("PL"), QStringLiteral("PM"), QStringLiteral("PS"), QStringLiteral("PT"),
        QStringLiteral("RA"), QStringLiteral("SA"), QStringLiteral("SC"), QStringLiteral("SI"), QStringLiteral("SR")};
    const QRegularExpressionMatch match = pattern.match(id);
    return match.hasMatch() && families.contains(match.captured(1)) && match.captured(2).toInt() >= 1;
}

QStringList normalisedIsoRefs(const QStringList &refs)
{
    QStringList result;
    for (QString ref : refs) {
        ref = ref.trimmed().toUpper().remove(QLatin1Char(' '));
        if (ref.isEmpty())
            continue;
        if (!ref.startsWith(QLatin1String("A.")))
            ref = QStringLiteral("A.") + (ref.startsWith(QLatin1Char('A')) ? ref.mid(1) : ref);
        if (!result.contains(ref))
            result << ref;
    }
    return result;
}

QStringList normalisedNistRefs(const QStringList &refs)
{
    QStringList result;
    for (QString ref : refs) {
        ref = ref.trimmed().toUpper().remove(QLatin1Char(' '));
        if (!ref.isEmpty() && !result.contains(ref))
            result << ref;
    }
    return result;
}

QList<QPair<QString, QString>> controlFields(const Control &control)
{
    return {{QStringLiteral("code"), control.code},
            {QStringLiteral("area"), QString::number(control.area)},
            {QStringLiteral("title_ja"), control.titleJa},
            {QStringLiteral("title_en"), control.titleEn},
            {QStringLiteral("description_ja"), control.descriptionJa},
            {QStringLiteral("description_en"), control.descriptionEn},
            {QStringLiteral("iso_refs"), control.isoRefs.join(QLatin1Char(' '))},
            {QStringLiteral("nist_refs"), control.nistRefs.join(QLatin1Char(' '))},
            {QStringLiteral("retired"), control.retired ? QStringLiteral("true") : QStringLiteral("false")}};
}

} // namespace

CustomControlService::CustomControlService(RegistryContext &context)
    : m_context(context)
{
}

QList<Problem> CustomControlService::validate(const Control &control, bool isNew) const
{
    QList<Problem> problems;
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._()/-]*$"));
    const QString code = control.code.trimmed();
    if (code.isEmpty()) {
        problems.append({QStringLiteral("code"), translated(QT_TRANSLATE_NOOP("ControlService", "The control code is "
                                                                                                "required. Enter a "
                                                                                                "short code such as "
                                                                                                "OWN-01."))});
    } else if (code.size() > 40 || !codePattern.match(code).hasMatch()) {
        problems.append({QStringLiteral("code"),
                         translated(QT_TRANSLATE_NOOP("ControlService", "The control code '%1' is not usable. Use up "
                                                                        "to 40 letters, digits and . - _ ( ) /, "
                                                                        "starting with a letter or digit."))
                             .arg(code)});
    } else if (isNew) {
        QString error;
        const std::optional<ControlCatalog> own = m_context.controlStore().catalogByKey(QStringLiteral("own"), &error);
        const bool taken = own && m_context.controlStore().controlByCode(own->id, code, &error);
        if (!error.isEmpty())
            problems.append({QStringLiteral("code"), error});
        else if (taken)
            problems.append({QStringLiteral("code"),
                             translated(QT_TRANSLATE_NOOP("ControlService", "There is already a custom control %1. "
                                                                            "Choose another code."))
                                 .arg(code)});
    }
    if (control.titleJa.trimmed().isEmpty() && control.titleEn.trimmed().isEmpty())
        problems.append({QStringLiteral("title"), translated(QT_TRANSLATE_NOOP("ControlService", "The control needs a "
                                                                                                 "title in Japanese or "
                                                                                                 "English."))});
    if (control.titleJa.trimmed().size() > 200 || control.titleEn.trimmed().size() > 200)
        problems.append({QStringLiteral("title"), translated(QT_TRANSLATE_NOOP("ControlService", "A control title is "
                                                                                                 "longer than 200 "
                                                                                                 "characters. Shorten "
                                                                                                 "it."))});
    if (control.area < 1 || control.area > 10)
        problems.append(
            {QStringLiteral("area"), translated(QT_TRANSLATE_NOOP("ControlService", "Choose the area of "
                                                                                    "the control (1–10)."))});
    for (const QString &ref : normalisedIsoRefs(control.isoRefs)) {
        if (!isAnnexAControl(ref))
            problems.append({QStringLiteral("iso_refs"),
                             translated(QT_TRANSLATE_NOOP("ControlService", "'%1' is not a control of ISO/IEC "
                                                                            "27001:2022 Annex A (A.5.1–A.5.37, "
                                                                            "A.6.1–A.6.8, A.7.1–A.7.14, "
                                                                            "A.8.1–A.8.34)."))
                                 .arg(ref)});
    }
    for (const QString &ref : normalisedNistRefs(control.nistRefs)) {
        if (!isSp80053Control(ref))
            problems.append({QStringLiteral("nist_refs"),
                             translated(QT_TRANSLATE_NOOP("ControlService", "'%1' is not a NIST SP 800-53 control ID. "
                                                                            "Write it like AC-2 or AC-2(1)."))
                                 .arg(ref)});
    }
    return problems;
}

Result<Control> CustomControlService::addOwnControl(const Control &draft)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Control>::failure(work.error());
    Control control = draft;
    control.code = control.code.trimmed();
    control.titleJa = control.titleJa.trimmed();
    control.titleEn = control.titleEn.trimmed();
    control.descriptionJa = control.descriptionJa.trimmed();
    control.descriptionEn = control.descriptionEn.trimmed();
    control.isoRefs = normalisedIsoRefs(control.isoRefs);
    control.nistRefs = normalisedNistRefs(control.nistRefs);
    control.parentCode.clear();
    control.groupTitle.clear();
    control.retired = false;
    const QList<Problem> problems = validate(control, true);
    if (!problems.isEmpty())
        return Result<Control>::invalid(problems);
    QString error;
    const std::optional<ControlCatalog> own = m_context.controlStore().catalogByKey(QStringLiteral("own"), &error);
    if (!error.isEmpty())
        return Result<Control>::failure(error);
    if (!own)
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The registry has no catalogue for its custom controls.")));
    control.catalogId = own->id;
    control.catalogKey = own->key;
    control.sortOrder = m_context.controlStore().nextSortOrder(own->id, &error);
    if (!error.isEmpty())
        return Result<Control>::failure(error);
    const QList<QPair<QString, QString>> fields = controlFields(control);
    if (!m_context.controlStore().insertControl(&control, &error) ||
        !m_context.appendAudit(QStringLiteral("create"), QStringLiteral("control"),
                               own->key + QLatin1Char('/') + control.code, fieldChanges(nullptr, &fields), &error)) {
        return Result<Control>::failure(error);
    }
    if (!work.commit(&error))
        return Result<Control>::failure(error);
    return Result<Control>::success(control);
}

Result<Control> CustomControlService::updateOwnControl(const Control &edited)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Control>::failure(work.error());
    QString readError;
    const std::optional<Control> stored = m_context.controlStore().controlById(edited.id, &readError);
    if (!readError.isEmpty())
        return Result<Control>::failure(readError);
    if (!stored)
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 no longer exists in this registry."))
                .arg(edited.code));
    if (stored->catalogKey != QLatin1String("own"))
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 belongs to a catalogue that cannot be edited. "
                                                           "Add a custom control instead."))
                .arg(stored->code));
    Control control = edited;
    control.catalogId = stored->catalogId;
    control.catalogKey = stored->catalogKey;
    control.code = stored->code;
    control.sortOrder = stored->sortOrder;
    control.retired = stored->retired;
    control.titleJa = control.titleJa.trimmed();
    control.titleEn = control.titleEn.trimmed();
    control.descriptionJa = control.descriptionJa.trimmed();
    control.descriptionEn = control.descriptionEn.trimmed();
    control.isoRefs = normalisedIsoRefs(control.isoRefs);
    control.nistRefs = normalisedNistRefs(control.nistRefs);
    const QList<Problem> problems = validate(control, false);
    if (!problems.isEmpty())
        return Result<Control>::invalid(problems);
    const QList<QPair<QString, QString>> before = controlFields(*stored);
    const QList<QPair<QString, QString>> after = controlFields(control);
    const QJsonObject changes = fieldChanges(&before, &after);
    if (changes.isEmpty())
        return Result<Control>::success(*stored);
    QString error;
    if (!m_context.controlStore().updateControl(control, &error) ||
        !m_context.appendAudit(QStringLiteral("update"), QStringLiteral("control"),
                               control.catalogKey + QLatin1Char('/') + control.code, changes, &error)) {
        return Result<Control>::failure(error);
    }
    if (!work.commit(&error))
        return Result<Control>::failure(error);
    return Result<Control>::success(control);
}

Result<Control> CustomControlService::setRetired(qint64 controlId, bool retired)
{
    UnitOfWork work(m_context.database());
    if (!work.isOpen())
        return Result<Control>::failure(work.error());
    QString readError;
    std::optional<Control> control = m_context.controlStore().controlById(controlId, &readError);
    if (!readError.isEmpty())
        return Result<Control>::failure(readError);
    if (!control)
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "The control no longer exists in this registry.")));
    if (control->catalogKey != QLatin1String("own"))
        return Result<Control>::failure(
            translated(QT_TRANSLATE_NOOP("ControlService", "Control %1 belongs to a catalogue that cannot be edited; "
                                                           "only custom controls are retired. Mark it not applicable "
                                                           "where it does not apply."))
                .arg(control->code));
    if (control->retired == retired)
        return Result<Control>::success(*control);
    const QList<QPair<QString, QString>> before = controlFields(*control);
    control->retired = retired;
    const QList<QPair<QString, QString>> after = controlFields(*control);
    QString error;
    if (!m_context.controlStore().updateControl(*control, &error) ||
        !m_context.appendAudit(retired ? QStringLiteral("retire") : QStringLiteral("reinstate"),
                               QStringLiteral("control"), control->catalogKey + QLatin1Char('/') + control->code,
                               fieldChanges(&before, &after), &error)) {
        return Result<Control>::failure(error);
    }
    if (!work.commit(&error))
        return Result<Control>::failure(error);
    return Result<Control>::success(*control);
}
