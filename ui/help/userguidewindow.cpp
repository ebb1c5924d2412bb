// The user guide window.
#include "userguidewindow.h"
#include "userguide.h"

#include "i18n/language.h"
#include "widgets/windowgeometry.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QPushButton>
#include <QShortcut>
#include <QTextBrowser>
#include <QVBoxLayout>

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    // The guide alone never keeps the application running.
    setAttribute(Qt::WA_QuitOnClose, false);

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenExternalLinks(true);
    m_contents = new QPushButton(this);
    m_back = new QPushButton(this);
    m_forward = new QPushButton(this);
    m_back->setEnabled(false);
    m_forward->setEnabled(false);
    connect(m_contents, &QPushButton::clicked, this, [this] { showSection(QStringLiteral("contents")); });
    connect(m_back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_forward, &QPushButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::backwardAvailable, m_back, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::forwardAvailable, m_forward, &QPushButton::setEnabled);
    connect(m_browser, &QTextBrowser::sourceChanged, this, [this](const QUrl &url) { m_section = url.fragment(); });
    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_contents);
    buttons->addWidget(m_back);
    buttons->addWidget(m_forward);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_browser, 1);
    retranslateUi();
    WindowGeometry::restore(this, QStringLiteral("userGuide"), QSize(760, 640));
}

void UserGuideWindow::showSection(const QString &section)
{
    m_section = section.isEmpty() ? QStringLiteral("contents") : section;
    const QUrl url = UserGuide::url(Language::instance().current(), m_section);
    m_browser->setSource(url);
    m_browser->scrollToAnchor(m_section);
}

void UserGuideWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // The same section in the guide of the new language.
        if (!m_browser->source().isEmpty())
            showSection(m_section);
    }
    QWidget::changeEvent(event);
}

void UserGuideWindow::retranslateUi()
{
    setWindowTitle(tr("User Guide – Information Asset Registry"));
    m_contents->setText(tr("&Contents"));
    m_back->setText(tr("&Back"));
    m_forward->setText(tr("&Forward"));
}
