// The export options dialog.
#include "exportdialog.h"

#include "i18n/language.h"
#include "printing/ledgerdocument.h"
#include "service/registry.h"
#include "widgets/windowgeometry.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const Registry &registry, const AssetFilter &listFilter, const AssetSort &listSort,
                           QWidget *parent)
    : QDialog(parent)
    , m_listFilter(listFilter)
    , m_listSort(listSort)
    , m_ledgerColumns(LedgerDocument::defaultColumns(registry.scheme()))
    , m_today(registry.clock().today())
{
    setWindowTitle(tr("Export Assets"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Excel workbook (XLSX), in the ledger's layout"), int(AssetExport::Format::Xlsx));
    m_format->addItem(tr("CSV"), int(AssetExport::Format::Csv));
    m_format->addItem(tr("JSON, for other programs"), int(AssetExport::Format::Json));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("encoding"));
    m_encoding->addItem(tr("UTF-8 with BOM (opens correctly in Excel)"), int(TextEncoding::Encoding::Utf8Bom));
    m_encoding->addItem(tr("Shift_JIS (CP932), for older systems"), int(TextEncoding::Encoding::Cp932));
    m_encoding->addItem(tr("UTF-8 without BOM"), int(TextEncoding::Encoding::Utf8));
    m_encoding->setToolTip(tr("Shift_JIS cannot hold every character; the export then names the assets and fields "
                              "to change, and writes nothing."));

    m_columns = new QComboBox(this);
    m_columns->setObjectName(QStringLiteral("columns"));
    m_columns->addItem(tr("Every field (an import reads them all back)"), 0);
    m_columns->addItem(tr("The ledger's columns"), 1);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Language of the application"), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("Enc&oding:"), m_encoding);
    form->addRow(tr("&Columns:"), m_columns);
    form->addRow(tr("&Headings in:"), m_language);

    auto *which = new QGroupBox(tr("Assets"), this);
    m_listed =
        new QRadioButton(tr("Those in the list: %1").arg(LedgerDocument::filterSummary(listFilter, registry)), which);
    m_listed->setObjectName(QStringLiteral("listed"));
    m_all = new QRadioButton(tr("All assets, disposed ones included"), which);
    m_all->setObjectName(QStringLiteral("all"));
    m_listed->setChecked(true);
    auto *whichLayout = new QVBoxLayout(which);
    whichLayout->addWidget(m_listed);
    whichLayout->addWidget(m_all);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateEnabled);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(which);
    layout->addStretch();
    layout->addWidget(buttons);
    updateEnabled();
    WindowGeometry::restore(this, QStringLiteral("export"), QSize(560, sizeHint().height()));
}

void ExportDialog::updateEnabled()
{
    const auto format = AssetExport::Format(m_format->currentData().toInt());
    m_encoding->setEnabled(format == AssetExport::Format::Csv);
    // JSON carries codes for programs: every field, no headings.
    m_columns->setEnabled(format != AssetExport::Format::Json);
    m_language->setEnabled(format != AssetExport::Format::Json);
}

AssetExport::Options ExportDialog::options() const
{
    AssetExport::Options options;
    options.format = AssetExport::Format(m_format->currentData().toInt());
    options.encoding = TextEncoding::Encoding(m_encoding->currentData().toInt());
    if (m_columns->currentData().toInt() == 1 && options.format != AssetExport::Format::Json)
        options.columns = m_ledgerColumns;
    if (m_all->isChecked()) {
        options.filter = AssetFilter();
        options.filter.includeDisposed = true;
    } else {
        options.filter = m_listFilter;
    }
    options.sort = m_listSort;
    return options;
}

QString ExportDialog::language() const
{
    return m_language->currentData().toString();
}

QString ExportDialog::suggestedFileName() const
{
    static const char *const suffixes[] = {"csv", "xlsx", "json"};
    const int format = m_format->currentData().toInt();
    return AssetExport::ledgerTitle() + QLatin1Char('_') + m_today.toString(Qt::ISODate) + QLatin1Char('.') +
           QString::fromLatin1(suffixes[std::clamp(format, 0, 2)]);
}
