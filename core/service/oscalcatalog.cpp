// OSCAL catalogue parsing. Every error names the file and the JSON path of the offending element, so that a person
// can find it; nothing is returned unless the whole file is understood.
#include "oscalcatalog.h"

#include "io/inputlimits.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("OscalCatalog", text);
}

struct Parameter
{
    QString label;
    QStringList values;
    QString howMany;
    QStringList choices;
};

// SP 800-53 families mapped to the areas of our policy (DESIGN.md §4).
int areaOfFamily(const QString &family)
{
    static const QHash<QString, int> areas = {
        {QStringLiteral("ac"), 6}, {QStringLiteral("at"), 5}, {QStringLiteral("au"), 6}, {QStringLiteral("ca"), 10},
        {QStringLiteral("cm"), 7}, {QStringLiteral("cp"), 2}, {QStringLiteral("ia"), 6}, {QStringLiteral("ir"), 2},
        {QStringLiteral("ma"), 7}, {QStringLiteral("mp"), 3}, {QStringLiteral("pe"), 4}, {QStringLiteral("pl"), 1},
        {QStringLiteral("pm"), 1}, {QStringLiteral("ps"), 5}, {QStringLiteral("pt"), 8}, {QStringLiteral("ra"), 1},
        {QStringLiteral("sa"), 9}, {QStringLiteral("sc"), 6}, {QStringLiteral("si"), 7}, {QStringLiteral("sr"), 9},
    };
    return areas.value(family.toLower(), 0);
}

// Markup-line of OSCAL is Markdown; for lists and printouts we keep the words and drop the markup.
QString plainText(QString text)
{
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression strong(QStringLiteral("\\*\\*([^*]+)\\*\\*"));
    static const QRegularExpression emphasis(QStringLiteral("\\*([^*\\s][^*]*)\\*"));
    text.replace(link, QStringLiteral("\\1"));
    text.replace(strong, QStringLiteral("\\1"));
    text.replace(emphasis, QStringLiteral("\\1"));
    return text.trimmed();
}

class Parser
{
public:
    Parser(const QString &source)
        : m_source(source)
    {
    }

    bool parse(const QJsonObject &catalog, OscalCatalog *result);
    QString error() const { return m_error; }

private:
    bool fail(const QString &path, const QString &problem)
    {
        m_error = translated(QT_TRANSLATE_NOOP("OscalCatalog", "%1 is not a valid OSCAL catalogue: %2 (at %3). Nothing "
                                                               "was imported."))
                      .arg(m_source, problem, path);
        return false;
    }
    bool collectParameters(const QJsonValue &params, const QString &path);
    bool parseGroup(const QJsonObject &group, const QString &path, const QString &groupTitle, const QString &family,
                    int depth);
    bool parseControl(const QJsonObject &object, const QString &path, const QString &groupTitle, const QString &family,
                      const QString &parentCode, int depth);
    bool tooDeep(const QString &path, int depth);
    // Both write parameters out; false (with m_error set) for a parameter that refers to itself or text that grows
    // beyond InputLimits::kMaxStatementCharacters.
    bool substitute(const QString &prose, const QString &path, QString *text);
    bool parameterText(const QString &id, const QString &path, QString *text);
    bool statementText(const QJsonArray &parts, const QString &path, int depth, QStringList *lines);
    static QString label(const QJsonObject &object);
    static bool isWithdrawn(const QJsonObject &object);

    QString m_source;
    QString m_error;
    QHash<QString, Parameter> m_parameters;
    // Each parameter is written out once (a parameter used many times, or by other parameters, costs its text once);
    // m_expanding holds those being written out, to find one that refers to itself.
    QHash<QString, QString> m_parameterTexts;
    QSet<QString> m_expanding;
    QSet<QString> m_codes;
    OscalCatalog *m_result = nullptr;
};

QString Parser::label(const QJsonObject &object)
{
    QString any;
    const QJsonArray props = object.value(QLatin1String("props")).toArray();
    for (const QJsonValue value : props) {
        const QJsonObject prop = value.toObject();
        if (prop.value(QLatin1String("name")).toString() != QLatin1String("label"))
            continue;
        // SP 800-53 gives the label several times: plain ("AC-1"), zero-padded and in the SP 800-53A style.
        if (!prop.contains(QLatin1String("class")))
            return prop.value(QLatin1String("value")).toString().trimmed();
        if (any.isEmpty())
            any = prop.value(QLatin1String("value")).toString().trimmed();
    }
    return any;
}

bool Parser::isWithdrawn(const QJsonObject &object)
{
    const QJsonArray props = object.value(QLatin1String("props")).toArray();
    for (const QJsonValue value : props) {
        const QJsonObject prop = value.toObject();
        if (prop.value(QLatin1String("name")).toString() == QLatin1String("status") &&
            prop.value(QLatin1String("value")).toString().compare(QLatin1String("withdrawn"), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool Parser::collectParameters(const QJsonValue &params, const QString &path)
{
    if (params.isUndefined())
        return true;
    if (!params.isArray())
        return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "\"params\" must be a list")));
    const QJsonArray list = params.toArray();
    for (int index = 0; index < list.size(); ++index) {
        const QJsonObject param = list.at(index).toObject();
        const QString id = param.value(QLatin1String("id")).toString();
        if (id.isEmpty())
            return fail(QStringLiteral("%1.params[%2]").arg(path).arg(index),
                        translated(QT_TRANSLATE_NOOP("OscalCatalog", "a parameter has no id")));
        Parameter parameter;
        parameter.label = plainText(param.value(QLatin1String("label")).toString());
        const QJsonArray values = param.value(QLatin1String("values")).toArray();
        for (const QJsonValue value : values)
            parameter.values << value.toString();
        const QJsonObject select = param.value(QLatin1String("select")).toObject();
        parameter.howMany = select.value(QLatin1String("how-many")).toString();
        const QJsonArray choices = select.value(QLatin1String("choice")).toArray();
        for (const QJsonValue choice : choices)
            parameter.choices << choice.toString();
        m_parameters.insert(id, parameter);
        m_parameterTexts.clear();
    }
    return true;
}

bool Parser::parameterText(const QString &id, const QString &path, QString *text)
{
    const auto it = m_parameters.constFind(id);
    if (it == m_parameters.constEnd()) {
        *text = QStringLiteral("[Assignment: %1]").arg(id);
        return true;
    }
    if (const auto known = m_parameterTexts.constFind(id); known != m_parameterTexts.constEnd()) {
        *text = *known;
        return true;
    }
    if (m_expanding.contains(id))
        return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "the parameter %1 refers to itself")).arg(id));
    m_expanding.insert(id);
    const Parameter &parameter = *it;
    bool ok = true;
    if (!parameter.values.isEmpty()) {
        ok = substitute(parameter.values.join(QStringLiteral(", ")), path, text);
    } else if (!parameter.choices.isEmpty()) {
        QStringList choices;
        for (const QString &choice : parameter.choices) {
            QString written;
            ok = substitute(choice, path, &written);
            if (!ok)
                break;
            choices << written;
        }
        const QString kind = parameter.howMany == QLatin1String("one-or-more")
                                 ? QStringLiteral("Selection (one or more)")
                                 : QStringLiteral("Selection");
        *text = QStringLiteral("[%1: %2]").arg(kind, choices.join(QStringLiteral("; ")));
    } else {
        *text = QStringLiteral("[Assignment: %1]").arg(parameter.label.isEmpty() ? id : parameter.label);
    }
    m_expanding.remove(id);
    if (!ok)
        return false;
    if (text->size() > InputLimits::kMaxStatementCharacters)
        return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "the parameter %1 makes a text longer than %L2 "
                                                                       "characters"))
                              .arg(id)
                              .arg(InputLimits::kMaxStatementCharacters));
    m_parameterTexts.insert(id, *text);
    return true;
}

bool Parser::substitute(const QString &prose, const QString &path, QString *text)
{
    static const QRegularExpression insert(QStringLiteral("\\{\\{\\s*insert:\\s*param,\\s*([^\\s}]+)\\s*\\}\\}"));
    if (!prose.contains(QLatin1String("{{"))) {
        *text = plainText(prose);
        return true;
    }
    QString result;
    qsizetype last = 0;
    QRegularExpressionMatchIterator matches = insert.globalMatch(prose);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        result += prose.mid(last, match.capturedStart() - last);
        QString parameter;
        if (!parameterText(match.captured(1), path, &parameter))
            return false;
        result += parameter;
        last = match.capturedEnd();
        if (result.size() > InputLimits::kMaxStatementCharacters)
            return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "a statement is longer than %L1 characters "
                                                                           "once its parameters are written out"))
                                  .arg(InputLimits::kMaxStatementCharacters));
    }
    result += prose.mid(last);
    *text = plainText(result);
    return true;
}

bool Parser::statementText(const QJsonArray &parts, const QString &path, int depth, QStringList *lines)
{
    if (tooDeep(path, depth))
        return false;
    for (const QJsonValue value : parts) {
        const QJsonObject part = value.toObject();
        const QString name = part.value(QLatin1String("name")).toString();
        if (depth == 0 && name != QLatin1String("statement"))
            continue;
        if (depth > 0 && name != QLatin1String("item"))
            continue;
        QString prose;
        if (!substitute(part.value(QLatin1String("prose")).toString(), path, &prose))
            return false;
        const QString itemLabel = label(part);
        QString line = QString(qMax(0, depth - 1) * 2, QLatin1Char(' '));
        if (!itemLabel.isEmpty())
            line += itemLabel + QLatin1Char(' ');
        line += prose;
        if (!line.trimmed().isEmpty())
            lines->append(line);
        if (!statementText(part.value(QLatin1String("parts")).toArray(), path, depth + 1, lines))
            return false;
    }
    return true;
}

bool Parser::tooDeep(const QString &path, int depth)
{
    if (depth <= InputLimits::kMaxCatalogDepth)
        return false;
    fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "groups, controls or parts are nested more than %1 "
                                                            "levels deep"))
                   .arg(InputLimits::kMaxCatalogDepth));
    return true;
}

bool Parser::parseControl(const QJsonObject &object, const QString &path, const QString &groupTitle,
                          const QString &family, const QString &parentCode, int depth)
{
    if (tooDeep(path, depth))
        return false;
    const QString id = object.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "a control has no id")));
    const QString title = plainText(object.value(QLatin1String("title")).toString());
    if (title.isEmpty())
        return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "control %1 has no title")).arg(id));
    if (!collectParameters(object.value(QLatin1String("params")), path))
        return false;

    const bool withdrawn = isWithdrawn(object);
    QString code = label(object);
    if (code.isEmpty() || code.size() > 40 || m_codes.contains(code))
        code = id.toUpper();
    if (code.size() > 40)
        return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "the id of control %1 is longer than 40 "
                                                                       "characters"))
                              .arg(id));
    if (withdrawn) {
        ++m_result->withdrawn;
    } else {
        if (m_codes.contains(code))
            return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "control %1 appears twice")).arg(code));
        m_codes.insert(code);
        Control control;
        control.code = code;
        control.parentCode = parentCode;
        control.titleEn = title;
        control.groupTitle = groupTitle;
        const QString controlClass = object.value(QLatin1String("class")).toString();
        if (controlClass.startsWith(QLatin1String("SP800-53"), Qt::CaseInsensitive)) {
            control.area = areaOfFamily(family);
            control.nistRefs << code;
        }
        QStringList lines;
        const QJsonArray parts = object.value(QLatin1String("parts")).toArray();
        if (!statementText(parts, path, 0, &lines))
            return false;
        if (lines.isEmpty()) {
            // No statement: take the first prose of any part, so that the control still says something.
            for (const QJsonValue value : parts) {
                const QString prose = value.toObject().value(QLatin1String("prose")).toString();
                if (!prose.isEmpty()) {
                    QString text;
                    if (!substitute(prose, path, &text))
                        return false;
                    lines << text;
                    break;
                }
            }
        }
        control.descriptionEn = lines.join(QLatin1Char('\n'));
        control.sortOrder = int(m_result->controls.size()) + 1;
        m_result->controls.append(control);
    }

    const QJsonValue children = object.value(QLatin1String("controls"));
    if (!children.isUndefined() && !children.isArray())
        return fail(path, translated(QT_TRANSLATE_NOOP("OscalCatalog", "\"controls\" must be a list")));
    const QJsonArray list = children.toArray();
    for (int index = 0; index < list.size(); ++index) {
        if (!list.at(index).isObject())
            return fail(QStringLiteral("%1.controls[%2]").arg(path).arg(index),
                        translated(QT_TRANSLATE_NOOP("OscalCatalog", "a control must be an object")));
        if (!parseControl(list.at(index).toObject(), QStringLiteral("%1.controls[%2]").arg(path).arg(index), groupTitle,
                          family, code, depth + 1))
            return false;
    }
    return true;
}

bool Parser::parseGroup(const QJsonObject &group, const QString &path, const QString &groupTitle, const QString &family,
                        int depth)
{
    if (tooDeep(path, depth))
        return false;
    ++m_result->groups;
    if (!collectParameters(group.value(QLatin1String("params")), path))
        return false;
    for (const char *key : {"groups", "controls"}) {
        const QJsonValue value = group.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        if (!value.isArray())
            return fail(path,
                        translated(QT_TRANSLATE_NOOP("OscalCatalog", "\"%1\" must be a list")).arg(QLatin1String(key)));
        const QJsonArray list = value.toArray();
        for (int index = 0; index < list.size(); ++index) {
            const QString itemPath = QStringLiteral("%1.%2[%3]").arg(path, QLatin1String(key)).arg(index);
            if (!list.at(index).isObject())
                return fail(itemPath, translated(QT_TRANSLATE_NOOP("OscalCatalog", "an entry must be an object")));
            const QJsonObject item = list.at(index).toObject();
            if (qstrcmp(key, "groups") == 0) {
                const QString title = plainText(item.value(QLatin1String("title")).toString());
                if (title.isEmpty())
                    return fail(itemPath, translated(QT_TRANSLATE_NOOP("OscalCatalog", "a group has no title")));
                const QString id = item.value(QLatin1String("id")).toString();
                if (!parseGroup(item, itemPath, groupTitle.isEmpty() ? title : groupTitle,
                                family.isEmpty() ? id : family, depth + 1))
                    return false;
            } else if (!parseControl(item, itemPath, groupTitle, family, QString(), depth + 1)) {
                return false;
            }
        }
    }
    return true;
}

bool Parser::parse(const QJsonObject &catalog, OscalCatalog *result)
{
    m_result = result;
    result->uuid = catalog.value(QLatin1String("uuid")).toString();
    if (result->uuid.isEmpty())
        return fail(QStringLiteral("catalog"),
                    translated(QT_TRANSLATE_NOOP("OscalCatalog", "the catalogue has no uuid")));
    const QJsonValue metadataValue = catalog.value(QLatin1String("metadata"));
    if (!metadataValue.isObject())
        return fail(QStringLiteral("catalog"),
                    translated(QT_TRANSLATE_NOOP("OscalCatalog", "the catalogue has no metadata")));
    const QJsonObject metadata = metadataValue.toObject();
    result->title = plainText(metadata.value(QLatin1String("title")).toString());
    if (result->title.isEmpty())
        return fail(QStringLiteral("catalog.metadata"),
                    translated(QT_TRANSLATE_NOOP("OscalCatalog", "the catalogue has no title")));
    result->version = metadata.value(QLatin1String("version")).toString();
    result->oscalVersion = metadata.value(QLatin1String("oscal-version")).toString();
    if (!parseGroup(catalog, QStringLiteral("catalog"), QString(), QString(), 0))
        return false;
    --result->groups; // the catalogue itself is not a group
    if (result->controls.isEmpty())
        return fail(QStringLiteral("catalog"),
                    translated(QT_TRANSLATE_NOOP("OscalCatalog", "the catalogue contains no controls in force")));
    return true;
}

// Line and column of a byte offset, for a parse error people can find in an editor.
QPair<int, int> lineAndColumn(const QByteArray &data, int offset)
{
    int line = 1;
    int column = 1;
    for (int index = 0; index < offset && index < data.size(); ++index) {
        if (data.at(index) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

} // namespace

std::optional<OscalCatalog> OscalCatalog::parse(const QByteArray &json, const QString &sourceName, QString *error)
{
    if (json.size() > InputLimits::kMaxCatalogBytes) {
        *error = translated(QT_TRANSLATE_NOOP("OscalCatalog", "%1 is larger than %2 MB, more than any OSCAL catalogue "
                                                              "this application reads. Nothing was imported."))
                     .arg(sourceName)
                     .arg(InputLimits::kMaxCatalogBytes / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QPair<int, int> place = lineAndColumn(json, parseError.offset);
        *error =
            translated(QT_TRANSLATE_NOOP("OscalCatalog", "%1 is not a JSON file: %2 at line %3, column %4. Nothing "
                                                         "was imported."))
                .arg(sourceName, parseError.errorString())
                .arg(place.first)
                .arg(place.second);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error =
            translated(QT_TRANSLATE_NOOP("OscalCatalog", "%1 is not an OSCAL catalogue: its top level is not a JSON "
                                                         "object. Nothing was imported."))
                .arg(sourceName);
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    if (!root.value(QLatin1String("catalog")).isObject()) {
        static const char *const otherModels[] = {
            "profile",         "system-security-plan", "component-definition",
            "assessment-plan", "assessment-results",   "plan-of-action-and-milestones"};
        for (const char *model : otherModels) {
            if (root.contains(QLatin1String(model))) {
                *error = translated(QT_TRANSLATE_NOOP("OscalCatalog", "%1 is an OSCAL %2, not a catalogue. Import a "
                                                                      "catalogue, for a profile the resolved profile "
                                                                      "catalogue. Nothing was imported."))
                             .arg(sourceName, QLatin1String(model));
                return std::nullopt;
            }
        }
        *error = translated(QT_TRANSLATE_NOOP("OscalCatalog", "%1 is not an OSCAL catalogue: it has no \"catalog\" "
                                                              "object. Nothing was imported."))
                     .arg(sourceName);
        return std::nullopt;
    }
    OscalCatalog result;
    Parser parser(sourceName);
    if (!parser.parse(root.value(QLatin1String("catalog")).toObject(), &result)) {
        *error = parser.error();
        return std::nullopt;
    }
    return result;
}
