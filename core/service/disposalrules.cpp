// The rules of DisposalService that come from the registry's settings and from NIST SP 800-88 Appendix A: the minimum
// methods per kind of record, confidentiality level and personal-information kind (read, changed and audited here),
// and the checks of a record's technique against its kind and the media type of every item.
#include "disposalservice.h"

#include "domain/assetcodes.h"
#include "domain/disposalcodes.h"
#include "domain/sanitisationtechniques.h"
#include "registrycontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {

using Codes = DisposalCodes::List;

QString translated(const char *text)
{
    return QCoreApplication::translate("DisposalService", text);
}

QString methodName(const QString &code)
{
    return DisposalCodes::name(Codes::Method, code);
}

} // namespace

DisposalRule DisposalService::rule() const
{
    DisposalRule result;
    for (const QString &kind : DisposalRule::kinds()) {
        for (int level = 1; level <= 3; ++level)
            result.setLevelMinimum(kind, level,
                                   m_context.setting(DisposalRule::settingKey(kind, level),
                                                     DisposalRule::defaultMinimumMethod(kind, level)));
        for (const QString &personalInfo : DisposalRule::floorKinds())
            result.setFloor(kind, personalInfo,
                            m_context.setting(DisposalRule::floorKey(kind, personalInfo),
                                              DisposalRule::defaultFloor(kind, personalInfo)));
    }
    return result;
}

bool DisposalService::writeSetting(const QString &key, const QString &value, QString *error)
{
    const QString before = m_context.setting(key);
    if (before == value)
        return true;
    return m_context.database().setSetting(key, value, error) &&
           m_context.appendAudit(
               QStringLiteral("update"), QStringLiteral("setting"), key,
               QJsonObject{{key, QJsonArray{before.isEmpty() ? QJsonValue() : QJsonValue(before), QJsonValue(value)}}},
               error);
}

namespace {

// The method code of a typed method, refused for a kind that cannot reach it.
bool methodFor(const QString &kind, const QString &method, QString *code, QString *error)
{
    *code = DisposalCodes::fromText(Codes::Method, method);
    if (code->isEmpty()) {
        *error =
            translated(QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a sanitisation method. Choose one of: %2."))
                .arg(method, DisposalCodes::codeList(Codes::Method));
        return false;
    }
    if (DisposalRule::isWeaker(DisposalRule::strongestMethod(kind), *code)) {
        *error = translated(QT_TRANSLATE_NOOP("DisposalService",
                                              "Data in a system or service is deleted, not destroyed: %1 cannot be "
                                              "the minimum of a data deletion. Choose Clear or Purge; Destroy "
                                              "belongs to media sanitisation."))
                     .arg(methodName(*code));
        return false;
    }
    return true;
}

bool isKind(const QString &kind, QString *error)
{
    if (DisposalCodes::isCode(Codes::Kind, kind))
        return true;
    *error = translated(QT_TRANSLATE_NOOP("DisposalService", "'%1' is not a kind of disposal. Choose one of: %2."))
                 .arg(kind, DisposalCodes::codeList(Codes::Kind));
    return false;
}

} // namespace

bool DisposalService::setMinimumMethod(const QString &kind, int confidentialityOrdinal, const QString &method,
                                       QString *error)
{
    if (!isKind(kind, error))
        return false;
    if (confidentialityOrdinal < 1 || confidentialityOrdinal > 3) {
        *error = translated(QT_TRANSLATE_NOOP("DisposalService", "Confidentiality level %1 has no minimum method of "
                                                                 "its own. Choose level 1, 2 or 3."))
                     .arg(confidentialityOrdinal);
        return false;
    }
    QString code;
    if (!methodFor(kind, method, &code, error))
        return false;
    // The rule is read and written in one unit of work, so that two administrators cannot together leave a level
    // weaker than the one below it.
    UnitOfWork work(m_context.database());
    if (!work.isOpen()) {
        *error = work.error();
        return false;
    }
    const DisposalRule current = rule();
    if (confidentialityOrdinal > 1 &&
        DisposalRule::isWeaker(code, current.levelMinimum(kind, confidentialityOrdinal - 1))) {
        *error = translated(QT_TRANSLATE_NOOP("DisposalService",
                                              "The minimum method for confidentiality %1 cannot be weaker than the "
                                              "one for level %2 (%3). Choose %3 or stronger, or lower level %2 "
                                              "first."))
                     .arg(confidentialityOrdinal)
                     .arg(confidentialityOrdinal - 1)
                     .arg(methodName(current.levelMinimum(kind, confidentialityOrdinal - 1)));
        return false;
    }
    if (confidentialityOrdinal < 3 &&
        DisposalRule::isWeaker(current.levelMinimum(kind, confidentialityOrdinal + 1), code)) {
        *error = translated(QT_TRANSLATE_NOOP("DisposalService",
                                              "The minimum method for confidentiality %1 cannot be stronger than the "
                                              "one for level %2 (%3). Choose %3 or weaker, or raise level %2 first."))
                     .arg(confidentialityOrdinal)
                     .arg(confidentialityOrdinal + 1)
                     .arg(methodName(current.levelMinimum(kind, confidentialityOrdinal + 1)));
        return false;
    }
    return writeSetting(DisposalRule::settingKey(kind, confidentialityOrdinal), code, error) && work.commit(error);
}

bool DisposalService::setPersonalFloor(const QString &kind, const QString &personalInfo, const QString &method,
                                       QString *error)
{
    if (!isKind(kind, error))
        return false;
    if (!DisposalRule::floorKinds().contains(personalInfo)) {
        *error = translated(QT_TRANSLATE_NOOP("DisposalService",
                                              "'%1' has no minimum method of its own. Choose personal, sensitive or "
                                              "my_number."))
                     .arg(personalInfo);
        return false;
    }
    QString code;
    if (!methodFor(kind, method, &code, error))
        return false;
    UnitOfWork work(m_context.database());
    if (!work.isOpen()) {
        *error = work.error();
        return false;
    }
    // Sensitive data and My Number data are personal information too: their floor is never below its floor.
    const DisposalRule current = rule();
    const QString personal = QStringLiteral("personal");
    if (personalInfo != personal && DisposalRule::isWeaker(code, current.floor(kind, personal))) {
        *error = translated(QT_TRANSLATE_NOOP("DisposalService",
                                              "The minimum method for %1 cannot be weaker than the one for %2 (%3): "
                                              "it is personal information too. Choose %3 or stronger, or lower the "
                                              "one for %2 first."))
                     .arg(AssetCodes::personalInfoName(personalInfo), AssetCodes::personalInfoName(personal),
                          methodName(current.floor(kind, personal)));
        return false;
    }
    if (personalInfo == personal) {
        for (const QString &other : {QStringLiteral("sensitive"), QStringLiteral("my_number")}) {
            if (DisposalRule::isWeaker(current.floor(kind, other), code)) {
                *error = translated(QT_TRANSLATE_NOOP("DisposalService",
                                                      "The minimum method for %1 cannot be stronger than the one for "
                                                      "%2 (%3). Choose %3 or weaker, or raise the one for %2 first."))
                             .arg(AssetCodes::personalInfoName(personal), AssetCodes::personalInfoName(other),
                                  methodName(current.floor(kind, other)));
                return false;
            }
        }
    }
    return writeSetting(DisposalRule::floorKey(kind, personalInfo), code, error) && work.commit(error);
}

QStringList DisposalService::allowedTechniques(const DisposalJob &job, const QString &method)
{
    QStringList result;
    bool first = true;
    for (const DisposalItem &item : job.items) {
        const QString mediaType =
            job.kind == QLatin1String("media") && item.mediaType.isEmpty() ? QStringLiteral("other") : item.mediaType;
        const QStringList allowed = SanitisationTechniques::techniques(job.kind, mediaType, method);
        if (first) {
            result = allowed;
            first = false;
            continue;
        }
        QStringList kept;
        for (const QString &technique : std::as_const(result)) {
            if (allowed.contains(technique))
                kept << technique;
        }
        result = kept;
    }
    if (first)
        result = SanitisationTechniques::techniques(
            job.kind, job.kind == QLatin1String("media") ? QStringLiteral("other") : QString(), method);
    return result;
}

void DisposalService::techniqueProblems(const DisposalJob &job, QList<Problem> *problems) const
{
    auto add = [problems](const char *field, const QString &message) {
        problems->append({QString::fromLatin1(field), message});
    };
    auto names = [](Codes list, const QStringList &codes) {
        QStringList result;
        for (const QString &code : codes)
            result << DisposalCodes::name(list, code);
        return result.join(QStringLiteral(", "));
    };
    const bool data = job.kind == QLatin1String("data");
    if (DisposalCodes::isCode(Codes::Method, job.method) &&
        DisposalRule::isWeaker(DisposalRule::strongestMethod(job.kind), job.method))
        add("method", translated(QT_TRANSLATE_NOOP("DisposalService",
                                                   "Data in a system or service is deleted, not destroyed: a data "
                                                   "deletion is Clear or Purge. Choose one of them, or record a media "
                                                   "sanitisation to destroy a medium.")));
    for (const DisposalItem &item : job.items) {
        if (data) {
            if (!item.mediaType.isEmpty())
                add("media_type",
                    translated(QT_TRANSLATE_NOOP("DisposalService", "%1: a data deletion removes data from a system or "
                                                                    "service and has no media type. Leave it empty, or "
                                                                    "record a media sanitisation for the medium."))
                        .arg(item.assetNo));
            continue;
        }
        if (item.mediaType.isEmpty()) {
            add("media_type", translated(QT_TRANSLATE_NOOP("DisposalService",
                                                           "%1: choose the media type (%2); the techniques allowed "
                                                           "follow from it."))
                                  .arg(item.assetNo, DisposalCodes::codeList(Codes::MediaType)));
            continue;
        }
        if (!DisposalCodes::isCode(Codes::MediaType, item.mediaType)) {
            add("media_type", translated(QT_TRANSLATE_NOOP("DisposalService", "%1: '%2' is not a media type. Choose "
                                                                              "one of: %3."))
                                  .arg(item.assetNo, item.mediaType, DisposalCodes::codeList(Codes::MediaType)));
            continue;
        }
        if (item.mediaType == QLatin1String("other") && item.mediaDescription.trimmed().isEmpty())
            add("media_description",
                translated(QT_TRANSLATE_NOOP("DisposalService", "%1: the media type is 'Other'. Describe the medium "
                                                                "in its media description."))
                    .arg(item.assetNo));
    }
    if (!DisposalCodes::isCode(Codes::Technique, job.technique) || !DisposalCodes::isCode(Codes::Method, job.method))
        return;
    const QString mediaTechniqueKind = data ? QStringLiteral("data") : QStringLiteral("media");
    if (data && SanitisationTechniques::methodsAchieved(job.kind, QString(), job.technique).isEmpty()) {
        add("technique", translated(QT_TRANSLATE_NOOP("DisposalService",
                                                      "%1 is done to a medium, not to data in a live system. A data "
                                                      "deletion uses: %2. Record a media sanitisation for the "
                                                      "medium."))
                             .arg(DisposalCodes::name(Codes::Technique, job.technique),
                                  names(Codes::Technique, SanitisationTechniques::techniques(job.kind, QString()))));
        return;
    }
    QStringList checkedTypes;
    for (const DisposalItem &item : job.items) {
        const QString mediaType = data ? QString() : item.mediaType;
        if ((!data && !DisposalCodes::isCode(Codes::MediaType, mediaType)) || checkedTypes.contains(mediaType))
            continue;
        checkedTypes << mediaType;
        const QString where = data ? translated(QT_TRANSLATE_NOOP("DisposalService", "data in a system or service"))
                                   : DisposalCodes::name(Codes::MediaType, mediaType);
        const QStringList achieved =
            SanitisationTechniques::methodsAchieved(mediaTechniqueKind, mediaType, job.technique);
        if (achieved.isEmpty()) {
            add("technique",
                translated(QT_TRANSLATE_NOOP("DisposalService", "%1 does not sanitise %2 (NIST SP 800-88, Appendix A). "
                                                                "Techniques for %2: %3."))
                    .arg(DisposalCodes::name(Codes::Technique, job.technique), where,
                         names(Codes::Technique, SanitisationTechniques::techniques(mediaTechniqueKind, mediaType))));
            continue;
        }
        if (!achieved.contains(job.method)) {
            add("technique",
                translated(QT_TRANSLATE_NOOP("DisposalService",
                                             "%1 on %2 counts as %3, not %4 (NIST SP 800-88, Appendix A). Choose %3 "
                                             "as the method, or a technique that achieves %4 on %2: %5."))
                    .arg(DisposalCodes::name(Codes::Technique, job.technique), where, names(Codes::Method, achieved),
                         methodName(job.method),
                         names(Codes::Technique,
                               SanitisationTechniques::techniques(mediaTechniqueKind, mediaType, job.method))));
        }
    }
}
