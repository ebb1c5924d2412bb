// New registry dialog.
#include "newregistrydialog.h"

#include "domain/classification.h"
#include "service/registry.h"
#include "widgets/filedialog.h"
#include "widgets/messagebox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace {

QString schemeDescription(const QString &code)
{
    if (code == QLatin1String("government"))
        return NewRegistryDialog::tr("Confidentiality in three levels (1–3), integrity and availability in two (1–2), "
                                     "as in the government's unified standards and the guidelines for local "
                                     "governments.");
    if (code == QLatin1String("fips199"))
        return NewRegistryDialog::tr("Low, Moderate or High impact for each objective, and N/A for the "
                                     "confidentiality of public information (US FIPS 199).");
    return NewRegistryDialog::tr("Three levels (1–3) for confidentiality, integrity and availability, as in IPA's "
                                 "information security guidelines for small and medium-sized enterprises. The usual "
                                 "choice.");
}

} // namespace

NewRegistryDialog::NewRegistryDialog(QWidget *parent)
    : QDialog(parent)
{
    m_fileLabel = new QLabel(this);
    m_file = new QLineEdit(this);
    m_file->setMinimumWidth(360);
    m_browse = new QPushButton(this);
    m_browse->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    m_fileLabel->setBuddy(m_file);

    m_schemeLabel = new QLabel(this);
    m_scheme = new QComboBox(this);
    const QStringList codes = ClassificationScheme::codes();
    for (const QString &code : codes)
        m_scheme->addItem(QString(), code);
    m_schemeLabel->setBuddy(m_scheme);
    m_schemeDescription = new QLabel(this);
    m_schemeDescription->setWordWrap(true);
    m_schemeDescription->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    m_schemeDescription->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    m_organisationLabel = new QLabel(this);
    m_organisation = new QLineEdit(this);
    m_organisationLabel->setBuddy(m_organisation);

    m_prefixLabel = new QLabel(this);
    m_prefix = new QLineEdit(QStringLiteral("IA-"), this);
    m_prefix->setMaxLength(12);
    m_prefix->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z0-9_./-]{0,12}")), m_prefix));
    m_prefixLabel->setBuddy(m_prefix);
    m_prefixExample = new QLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *form = new QFormLayout;
    form->addRow(m_fileLabel, fileRow);
    form->addRow(m_schemeLabel, m_scheme);
    form->addRow(QString(), m_schemeDescription);
    form->addRow(m_organisationLabel, m_organisation);
    form->addRow(m_prefixLabel, m_prefix);
    form->addRow(QString(), m_prefixExample);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_browse, &QPushButton::clicked, this, &NewRegistryDialog::browse);
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &NewRegistryDialog::updateDescription);
    connect(m_prefix, &QLineEdit::textChanged, this, &NewRegistryDialog::updateDescription);
    connect(m_file, &QLineEdit::textChanged, this, &NewRegistryDialog::updateOkButton);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewRegistryDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewRegistryDialog::reject);

    retranslateUi();
    updateOkButton();
}

NewRegistryDialog::~NewRegistryDialog() = default;

std::unique_ptr<Registry> NewRegistryDialog::takeRegistry()
{
    return std::move(m_registry);
}

void NewRegistryDialog::browse()
{
    const QString fileName =
        FileDialog::getSaveFileName(this, tr("New registry"), tr("registry.sqlite"),
                                    tr("Asset registries (*.sqlite *.db);;All files (*)"), QStringLiteral("sqlite"));
    if (!fileName.isEmpty())
        m_file->setText(QDir::toNativeSeparators(fileName));
}

void NewRegistryDialog::accept()
{
    const QString path = QDir::fromNativeSeparators(m_file->text().trimmed());
    if (path.isEmpty()) {
        m_file->setFocus();
        return;
    }
    Registry::CreateOptions options;
    options.scheme = m_scheme->currentData().toString();
    options.organisation = m_organisation->text().trimmed();
    options.assetNoPrefix = m_prefix->text().trimmed();
    QString error;
    std::unique_ptr<Registry> registry = Registry::create(QFileInfo(path).absoluteFilePath(), options, &error);
    if (!registry) {
        MessageBox::critical(this, tr("New registry"), error);
        m_file->setFocus();
        m_file->selectAll();
        return;
    }
    m_registry = std::move(registry);
    QDialog::accept();
}

void NewRegistryDialog::updateDescription()
{
    m_schemeDescription->setText(schemeDescription(m_scheme->currentData().toString()));
    m_prefixExample->setText(
        tr("Asset numbers will look like %1.").arg(m_prefix->text().trimmed() + QStringLiteral("000001")));
}

void NewRegistryDialog::updateOkButton()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_file->text().trimmed().isEmpty());
}

void NewRegistryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void NewRegistryDialog::retranslateUi()
{
    setWindowTitle(tr("New Registry"));
    m_fileLabel->setText(tr("&File:"));
    m_file->setPlaceholderText(tr("Where the new registry file is saved"));
    m_browse->setText(tr("&Browse…"));
    m_schemeLabel->setText(tr("Classification &scheme:"));
    for (int index = 0; index < m_scheme->count(); ++index) {
        const auto scheme = ClassificationScheme::fromCode(m_scheme->itemData(index).toString());
        m_scheme->setItemText(index, scheme ? scheme->name() : QString());
    }
    m_scheme->setToolTip(tr("The scheme is chosen once, when the registry is created."));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_organisation->setPlaceholderText(tr("Printed in the header of the ledger"));
    m_prefixLabel->setText(tr("Asset number &prefix:"));
    updateDescription();
}
