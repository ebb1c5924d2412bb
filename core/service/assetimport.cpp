// Reading, mapping, checking and committing an import.
#include "assetimport.h"

#include "assetservice.h"
#include "assetvalues.h"
#include "io/csvreader.h"
#include "io/formulaguard.h"
#include "io/sha256.h"
#include "io/xlsxworkbookreader.h"
#include "registry.h"
#include "settingsservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace {

QString translated(const char *text)
{
    return QCoreApplication::translate("AssetImport", text);
}

// Rows searched for the header row: a title block rarely takes more.
constexpr int kHeaderSearchRows = 30;

bool isBlank(const QStringList &cells)
{
    for (const QString &cell : cells) {
        if (!cell.trimmed().isEmpty())
            return false;
    }
    return true;
}

// Fields typed as numbers, levels, dates or codes: full-width digits and letters (３, ２０２６／４／１) are read as
// their ASCII forms. Names, remarks and other free text are kept exactly as written.
bool isNormalisedField(int field)
{
    switch (field) {
    case AssetField::SubjectCount:
    case AssetField::Confidentiality:
    case AssetField::Integrity:
    case AssetField::Availability:
    case AssetField::RetentionUntil:
    case AssetField::RegisteredOn:
    case AssetField::NextReview:
    case AssetField::LastReviewedOn:
    case AssetField::AssetType:
    case AssetField::PersonalInfo:
    case AssetField::Status:
    case AssetField::MediumClass:
        return true;
    default:
        return false;
    }
}

bool isLevelField(int field)
{
    return field == AssetField::Confidentiality || field == AssetField::Integrity || field == AssetField::Availability;
}

Objective objectiveOf(int field)
{
    if (field == AssetField::Integrity)
        return Objective::Integrity;
    if (field == AssetField::Availability)
        return Objective::Availability;
    return Objective::Confidentiality;
}

// SHA-256 of a file's bytes in lower-case hex, empty when it cannot be read.
QString fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    Sha256 digest;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(chunk.data(), chunk.size());
        if (read < 0)
            return {};
        if (read == 0)
            break;
        digest.add(QByteArrayView(chunk.constData(), read));
    }
    return digest.finishHex();
}

} // namespace

QString ImportProblem::text() const
{
    if (row <= 0)
        return message;
    if (column.isEmpty())
        return translated(QT_TRANSLATE_NOOP("AssetImport", "Row %1: %2")).arg(row).arg(message);
    return translated(QT_TRANSLATE_NOOP("AssetImport", "Row %1, column %2: %3")).arg(row).arg(column, message);
}

int AssetImport::fieldForHeading(const QString &heading)
{
    QString text = heading;
    text.remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    text = text.trimmed();
    // Required-field marks that ledgers put after a heading.
    while (!text.isEmpty() &&
           (text.back() == QLatin1Char('*') || text.back() == QChar(0xFF0A) || text.back() == QChar(0x203B)))
        text.chop(1);
    text = text.trimmed();
    if (text.isEmpty())
        return -1;
    if (const AssetField *field = AssetField::find(text))
        return field->id;
    // Full-width forms of an English heading or key, and spaces inside Japanese headings (管理 部署).
    const QString normalised = text.normalized(QString::NormalizationForm_KC).simplified();
    if (const AssetField *field = AssetField::find(normalised))
        return field->id;
    QString compact = normalised;
    compact.remove(QLatin1Char(' '));
    if (const AssetField *field = AssetField::find(compact))
        return field->id;
    return -1;
}

bool AssetImport::load(const QString &path, QString *error, const QString &sheet)
{
    SheetData data;
    m_sheetNames.clear();
    m_sheetName.clear();
    if (!QFileInfo(path).isFile()) {
        *error = translated(QT_TRANSLATE_NOOP("AssetImport", "The file %1 does not exist."))
                     .arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (XlsxWorkbookReader::looksLikeWorkbook(path)) {
        XlsxWorkbookReader reader;
        if (!reader.open(path, error))
            return false;
        m_sheetNames = reader.sheetNames();
        int index = reader.firstVisibleSheet();
        if (!sheet.isEmpty()) {
            index = int(m_sheetNames.indexOf(sheet));
            bool isNumber = false;
            const int number = sheet.toInt(&isNumber);
            if (index < 0 && isNumber && number >= 1 && number <= m_sheetNames.size())
                index = number - 1;
            if (index < 0) {
                *error = translated(QT_TRANSLATE_NOOP("AssetImport", "The workbook %1 has no sheet '%2'. Its sheets "
                                                                     "are: %3."))
                             .arg(QDir::toNativeSeparators(path), sheet, m_sheetNames.join(QStringLiteral(", ")));
                return false;
            }
        }
        if (!reader.readSheet(index, &data, error))
            return false;
        m_sheetName = m_sheetNames.value(index);
    } else {
        if (!sheet.isEmpty()) {
            *error = translated(QT_TRANSLATE_NOOP("AssetImport", "%1 is a CSV file, which has no sheets. Leave out the "
                                                                 "sheet."))
                         .arg(QDir::toNativeSeparators(path));
            return false;
        }
        if (!CsvReader::readFile(path, &data, error))
            return false;
    }
    // Our exports guard text that a spreadsheet would run as a formula; the guard is not part of the value.
    for (QStringList &cells : data.rows) {
        for (QString &cell : cells)
            cell = FormulaGuard::unguarded(cell);
    }
    setSheet(std::move(data));
    m_source = {QFileInfo(path).fileName(), fileSha256(path)};
    return true;
}

void AssetImport::setSheet(SheetData sheet)
{
    m_sheet = std::move(sheet);
    m_source = {};
    findHeader();
}

void AssetImport::findHeader()
{
    m_header = -1;
    m_columns.clear();
    // The header row is the one (among the first rows) that names the most fields; a title block above it, with
    // merged cells or not, names none or one.
    int best = 0;
    const int limit = std::min<int>(kHeaderSearchRows, int(m_sheet.rows.size()));
    for (int index = 0; index < limit; ++index) {
        int matches = 0;
        for (const QString &cell : m_sheet.rows.at(index)) {
            if (fieldForHeading(cell) >= 0)
                ++matches;
        }
        if (matches > best) {
            best = matches;
            m_header = index;
        }
    }
    if (best < 2) {
        // No row reads as a header: take the first row with values so the user can map its columns by hand.
        m_header = -1;
        for (int index = 0; index < m_sheet.rows.size(); ++index) {
            if (!isBlank(m_sheet.rows.at(index))) {
                m_header = index;
                break;
            }
        }
    }
    if (m_header < 0)
        return;
    const QStringList &headings = m_sheet.rows.at(m_header);
    QList<bool> taken(AssetField::Count, false);
    for (const QString &heading : headings) {
        Column column;
        column.heading = heading.trimmed();
        const int field = fieldForHeading(heading);
        // A field named twice is imported from its first column only.
        if (field >= 0 && !taken[field]) {
            column.field = field;
            taken[field] = true;
        }
        m_columns.append(column);
    }
    // Trailing columns without a heading are not columns.
    while (!m_columns.isEmpty() && m_columns.constLast().heading.isEmpty())
        m_columns.removeLast();
}

int AssetImport::headerRowNumber() const
{
    return m_header >= 0 ? m_sheet.rowNumbers.value(m_header) : 0;
}

AssetImport::ColumnUse AssetImport::columnUse(int column) const
{
    const int field = m_columns.value(column).field;
    if (field == AssetField::AssetNo)
        return ColumnUse::AssignedByRegistry;
    // Registration and the last review are set by the registry, but an old ledger's dates are worth carrying over.
    if (field >= 0 && AssetField::byId(AssetField::Id(field)).derived && field != AssetField::RegisteredOn &&
        field != AssetField::LastReviewedOn && field != AssetField::ReviewedBy)
        return ColumnUse::Derived;
    return field >= 0 ? ColumnUse::Imported : ColumnUse::NotImported;
}

void AssetImport::setColumnField(int column, int field)
{
    if (column < 0 || column >= m_columns.size())
        return;
    m_columns[column].field = field >= 0 && field < AssetField::Count ? field : -1;
}

int AssetImport::dataRowCount() const
{
    int count = 0;
    for (int index = m_header + 1; index < m_sheet.rows.size(); ++index) {
        if (!isBlank(m_sheet.rows.at(index)))
            ++count;
    }
    return m_header >= 0 ? count : 0;
}

AssetImport::Plan AssetImport::check(const Registry &registry) const
{
    Plan plan;
    plan.source = m_source;
    plan.rulesStamp = registry.assets().rulesStamp();
    const ClassificationScheme &scheme = registry.scheme();
    const int headerRow = headerRowNumber();
    auto fileProblem = [&](const QString &column, const QString &message) {
        plan.problems.append({headerRow, column, message});
    };
    if (m_header < 0) {
        plan.problems.append({0, QString(), translated(QT_TRANSLATE_NOOP("AssetImport", "The file is empty."))});
        return plan;
    }

    // Which column feeds which field; a field chosen for two columns is a problem of the mapping.
    QHash<int, int> columnOfField;
    for (int column = 0; column < m_columns.size(); ++column) {
        const int field = m_columns.at(column).field;
        if (field < 0 || columnUse(column) != ColumnUse::Imported)
            continue;
        if (columnOfField.contains(field)) {
            fileProblem(m_columns.at(column).heading,
                        translated(QT_TRANSLATE_NOOP("AssetImport", "Columns %1 and %2 are both imported as %3. Leave "
                                                                    "one of them out."))
                            .arg(m_columns.at(columnOfField.value(field)).heading, m_columns.at(column).heading,
                                 AssetField::byId(AssetField::Id(field)).label()));
            continue;
        }
        columnOfField.insert(field, column);
    }
    if (columnOfField.isEmpty()) {
        fileProblem(QString(),
                    translated(QT_TRANSLATE_NOOP("AssetImport", "No column heading names a field of the ledger (for "
                                                                "example 情報資産名称 or Asset name). Check that the "
                                                                "file has a header row, or choose the field of each "
                                                                "column.")));
        return plan;
    }
    const AssetField::Id required[] = {AssetField::Name, AssetField::Department, AssetField::Owner};
    for (AssetField::Id field : required) {
        if (!columnOfField.contains(field)) {
            const AssetField &definition = AssetField::byId(field);
            fileProblem(QString(), translated(QT_TRANSLATE_NOOP("AssetImport", "The file has no column for %1 (%2), "
                                                                               "which every asset needs. Add the "
                                                                               "column, or choose which column holds "
                                                                               "it."))
                                       .arg(definition.label(), definition.japaneseLabel()));
        }
    }
    if (!plan.problems.isEmpty())
        return plan;

    // The heading a problem about a field is reported under: the file's own, else the field's label.
    auto headingOf = [&](const QString &fieldKey) {
        const AssetField *field = AssetField::find(fieldKey);
        if (!field)
            return QString();
        const int column = columnOfField.value(field->id, -1);
        return column >= 0 ? m_columns.at(column).heading : field->label();
    };

    const Asset defaults = registry.assets().newAsset();
    const int columnCount = int(m_columns.size());
    for (int index = m_header + 1; index < m_sheet.rows.size(); ++index) {
        const QStringList &cells = m_sheet.rows.at(index);
        if (isBlank(cells))
            continue;
        const int row = m_sheet.rowNumbers.value(index);
        const int problemsBefore = int(plan.problems.size());
        for (int column = columnCount; column < cells.size(); ++column) {
            if (!cells.at(column).trimmed().isEmpty()) {
                plan.problems.append(
                    {row, QString(),
                     translated(QT_TRANSLATE_NOOP("AssetImport", "There is a value in column %1, which has no "
                                                                 "heading: '%2'. Add a heading for it or remove the "
                                                                 "value."))
                         .arg(column + 1)
                         .arg(cells.at(column).left(40))});
                break;
            }
        }
        Asset asset = defaults;
        for (auto it = columnOfField.cbegin(); it != columnOfField.cend(); ++it) {
            const int field = it.key();
            const QString &heading = m_columns.at(it.value()).heading;
            const QString written = it.value() < cells.size() ? cells.at(it.value()) : QString();
            QString text = written;
            if (isNormalisedField(field))
                text = text.normalized(QString::NormalizationForm_KC).trimmed();
            QString error;
            if (field == AssetField::RegisteredOn) {
                if (text.isEmpty())
                    continue;
                const QDate date = AssetValues::parseDate(text);
                if (!date.isValid()) {
                    plan.problems.append({row, heading,
                                          translated(QT_TRANSLATE_NOOP("AssetImport", "'%1' is not a date. Write it "
                                                                                      "as 2026-04-01."))
                                              .arg(text)});
                    continue;
                }
                asset.registeredOn = date;
                continue;
            }
            // An empty type or status means the usual one (information, in use).
            if (text.isEmpty() && (field == AssetField::AssetType || field == AssetField::Status))
                continue;
            if (text.isEmpty() && isLevelField(field)) {
                const Objective objective = objectiveOf(field);
                plan.problems.append({row, heading,
                                      translated(QT_TRANSLATE_NOOP("AssetImport", "%1 is empty. Enter a level of "
                                                                                  "the %2 scheme (%3)."))
                                          .arg(ClassificationScheme::objectiveName(objective), scheme.name(),
                                               scheme.levelRange(objective))});
                continue;
            }
            // Labels such as 情報（電子データ） are matched as written first, then in their normalised form.
            if (!AssetValues::setFromText(&asset, AssetField::Id(field), written, scheme, &error) &&
                (text == written || !AssetValues::setFromText(&asset, AssetField::Id(field), text, scheme, &error)))
                plan.problems.append({row, heading, error});
        }
        // The rules of the registry, except for fields already reported as unreadable (they hold a default now).
        QStringList unreadable;
        for (int index = problemsBefore; index < plan.problems.size(); ++index)
            unreadable << plan.problems.at(index).column;
        // Old ledgers often never recorded retention: such rows are accepted and flagged 保存期限未設定.
        const QList<Problem> found = registry.assets().validate(asset, AssetService::Origin::FromFile);
        for (const Problem &problem : found) {
            const QString heading = headingOf(problem.field);
            if (!unreadable.contains(heading))
                plan.problems.append({row, heading, problem.message});
        }
        if (int(plan.problems.size()) == problemsBefore) {
            plan.drafts.append(asset);
            plan.rowNumbers.append(row);
            for (const Problem &warning : registry.assets().warnings(asset))
                plan.warnings.append({row, headingOf(warning.field), warning.message});
        }
    }
    if (plan.drafts.isEmpty() && plan.problems.isEmpty())
        fileProblem(QString(), translated(QT_TRANSLATE_NOOP("AssetImport", "The file has a header row but no assets "
                                                                           "below it.")));
    return plan;
}

Result<int> AssetImport::commit(Registry &registry, const std::function<void(int, int)> &progress) const
{
    const Plan plan = check(registry);
    if (!plan.problems.isEmpty()) {
        QList<Problem> problems;
        problems.reserve(plan.problems.size());
        for (const ImportProblem &problem : plan.problems)
            problems.append({problem.column, problem.text()});
        Result<int> result = Result<int>::invalid(problems);
        result.error = QCoreApplication::translate("AssetImport",
                                                   "Nothing was imported: the file has %n problem(s). Correct them "
                                                   "and import the file again.",
                                                   nullptr, int(problems.size()));
        return result;
    }
    return commit(registry, plan, progress);
}

Result<int> AssetImport::commit(Registry &registry, const Plan &plan, const std::function<void(int, int)> &progress)
{
    const int total = int(plan.drafts.size());
    return registry.assets().createAssets(
        plan.drafts,
        [&progress, total](int done) {
            if (progress)
                progress(done, total);
        },
        plan.source, plan.rulesStamp);
}
