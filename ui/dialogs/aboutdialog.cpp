// The About dialog (see aboutdialog.h).
#include "aboutdialog.h"

#include "product/productinfo.h"
#include "widgets/appicon.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcon::icon().pixmap(QSize(64, 64)));
    icon->setAlignment(Qt::AlignTop);

    m_title = new QLabel(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setOpenExternalLinks(true);
    m_summary->setTextInteractionFlags(Qt::TextBrowserInteraction);

    m_componentsHeading = new QLabel(this);
    m_components = new QTableWidget(0, 3, this);
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setFocusPolicy(Qt::NoFocus);
    m_components->verticalHeader()->hide();
    m_components->horizontalHeader()->setStretchLastSection(true);
    m_components->setWordWrap(false);
    m_componentsHeading->setBuddy(m_components);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_title);
    text->addWidget(m_summary);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(12);
    layout->addWidget(m_componentsHeading);
    layout->addWidget(m_components);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setMinimumWidth(640);
    retranslateUi();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About %1").arg(ProductInfo::displayName()));
    m_title->setText(QStringLiteral("<h2>%1</h2>").arg(ProductInfo::displayName().toHtmlEscaped()));
    m_summary->setText(
        QStringLiteral("<p style=\"margin-top:0\">%1</p><p>%2</p><p style=\"margin-bottom:0\">%3<br>%4</p>")
            .arg(tr("Version %1").arg(ProductInfo::version()).toHtmlEscaped(),
                 tr("A register of an organisation's information assets, classified by confidentiality, integrity "
                    "and availability, for the administrators who keep its security policy.")
                     .toHtmlEscaped(),
                 ProductInfo::copyright().toHtmlEscaped(),
                 tr("Licensed under the %1 (%2).")
                     .arg(QStringLiteral("<a href=\"https://www.apache.org/licenses/LICENSE-2.0\">%1</a>")
                              .arg(ProductInfo::licenceName().toHtmlEscaped()),
                          ProductInfo::licence())));
    m_componentsHeading->setText(
        tr("Third-party components (running with Qt %1):").arg(QString::fromLatin1(qVersion())));
    m_components->setHorizontalHeaderLabels({tr("Component"), tr("Licence"), tr("Used for")});

    const QList<ThirdPartyComponent> components = ProductInfo::thirdPartyComponents();
    m_components->setRowCount(int(components.size()));
    for (int row = 0; row < components.size(); ++row) {
        const ThirdPartyComponent &component = components.at(row);
        auto *name = new QTableWidgetItem(component.name);
        name->setToolTip(component.url);
        m_components->setItem(row, 0, name);
        m_components->setItem(row, 1, new QTableWidgetItem(component.licenceShown));
        m_components->setItem(row, 2, new QTableWidgetItem(component.use));
    }
    m_components->resizeColumnsToContents();
    m_components->resizeRowsToContents();
    // As tall as its rows: the list is short, and an empty area below it would look like something is missing.
    m_components->setFixedHeight(m_components->horizontalHeader()->sizeHint().height() +
                                 m_components->verticalHeader()->length() + 2 * m_components->frameWidth());
    // Texts of another length in another language: the dialog grows or shrinks with them, the width kept.
    adjustSize();
}
