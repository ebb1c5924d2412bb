// The risk document print options dialog.
#include "riskprintdialog.h"

#include "widgets/bannerchoice.h"

#include "domain/assetfield.h"
#include "domain/riskcodes.h"
#include "i18n/language.h"
#include "service/assetservice.h"
#include "service/registry.h"
#include "service/settingsservice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QVBoxLayout>

RiskPrintDialog::RiskPrintDialog(const Registry &registry, const RiskPrintOptions &options, QWidget *parent)
    : QDialog(parent)
    , m_base(options)
{
    setWindowTitle(tr("Print Risk Documents"));
    setObjectName(QStringLiteral("riskPrintDialog"));

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    for (RiskPrintOptions::Kind kind :
         {RiskPrintOptions::Kind::Analysis, RiskPrintOptions::Kind::Plan, RiskPrintOptions::Kind::Acceptance})
        m_kind->addItem(RiskDocument::title(kind), int(kind));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(options.kind))));

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    m_level->addItem(tr("Every level"), QString());
    for (const QString &level : RiskCodes::codes(RiskCodes::List::Level))
        m_level->addItem(RiskCodes::name(RiskCodes::List::Level, level), level);
    m_level->setCurrentIndex(std::max(0, m_level->findData(options.filter.level)));

    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("department"));
    m_department->addItem(tr("Every department"), QString());
    for (const QString &department : registry.assets().distinctValues(AssetField::Department))
        m_department->addItem(department, department);
    m_department->setCurrentIndex(std::max(0, m_department->findData(options.filter.department)));

    m_paper = new QComboBox(this);
    m_paper->setObjectName(QStringLiteral("paper"));
    m_paper->addItem(QStringLiteral("A4"), int(QPageSize::A4));
    m_paper->addItem(QStringLiteral("A3"), int(QPageSize::A3));
    m_paper->setCurrentIndex(options.paper == QPageSize::A3 ? 1 : 0);

    m_orientation = new QComboBox(this);
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->setCurrentIndex(options.orientation == QPageLayout::Portrait ? 1 : 0);

    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("Language of the application"), QString());
    for (const QString &code : Language::available())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(options.language)));

    // By default the highest handling label among the entries' assets (DocumentLabel), as the ledger.
    m_banner = new BannerChoice(registry.settings(), options.banner, this);
    m_banner->setObjectName(QStringLiteral("banner"));
    m_banner->setToolTip(tr("Printed at the top right of every page, like a stamp. Leave empty for none."));

    m_approvals = new QCheckBox(tr("Approval boxes (approved, checked, prepared) on the first page"), this);
    m_approvals->setObjectName(QStringLiteral("approvals"));
    m_approvals->setChecked(options.approvalBoxes);

    auto *form = new QFormLayout;
    form->addRow(tr("&Document:"), m_kind);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(tr("Depar&tment:"), m_department);
    form->addRow(tr("Pap&er:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    form->addRow(tr("La&nguage:"), m_language);
    form->addRow(tr("&Banner:"), m_banner);
    form->addRow(QString(), m_approvals);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *preview = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::AcceptRole);
    preview->setObjectName(QStringLiteral("previewButton"));
    QPushButton *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::AcceptRole);
    print->setObjectName(QStringLiteral("printButton"));
    QPushButton *pdf = buttons->addButton(tr("Save as PD&F…"), QDialogButtonBox::AcceptRole);
    pdf->setObjectName(QStringLiteral("pdfButton"));
    preview->setDefault(true);
    connect(preview, &QPushButton::clicked, this, [this] { m_output = Output::Preview; });
    connect(print, &QPushButton::clicked, this, [this] { m_output = Output::Printer; });
    connect(pdf, &QPushButton::clicked, this, [this] { m_output = Output::Pdf; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void RiskPrintDialog::setOutput(Output output)
{
    m_output = output;
    const QString name = output == Output::Pdf       ? QStringLiteral("pdfButton")
                         : output == Output::Printer ? QStringLiteral("printButton")
                                                     : QStringLiteral("previewButton");
    if (auto *button = findChild<QPushButton *>(name))
        button->setDefault(true);
}

RiskPrintOptions RiskPrintDialog::options() const
{
    RiskPrintOptions options = m_base;
    options.kind = RiskPrintOptions::Kind(m_kind->currentData().toInt());
    options.filter.level = m_level->currentData().toString();
    options.filter.department = m_department->currentData().toString();
    options.paper = QPageSize::PageSizeId(m_paper->currentData().toInt());
    options.orientation = QPageLayout::Orientation(m_orientation->currentData().toInt());
    options.language = m_language->currentData().toString();
    options.banner = m_banner->banner();
    options.approvalBoxes = m_approvals->isChecked();
    return options;
}
