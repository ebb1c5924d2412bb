// A problem list that does not make its form jump.
#include "problempanel.h"

namespace {

const QString kErrorStyle =
    QStringLiteral("QLabel { background: #FDECEA; border: 1px solid #E0A9A2; color: #8A1C12; padding: 6px; }");
const QString kWarningStyle =
    QStringLiteral("QLabel { background: #FFF4D6; border: 1px solid #C98A00; color: #6B4A00; padding: 6px; }");

} // namespace

ProblemPanel::ProblemPanel(QWidget *parent, Tone tone)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::RichText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setStyleSheet(tone == Tone::Error ? kErrorStyle : kWarningStyle);
    hide();
}

void ProblemPanel::setProblems(const QStringList &messages, const QString &heading)
{
    // The room the panel takes now, laid out in its window, is the least it keeps.
    if (isVisible() && height() > m_keptHeight) {
        m_keptHeight = height();
        setMinimumHeight(m_keptHeight);
    }
    m_problems = messages;
    if (messages.isEmpty()) {
        // The room stays (minimum height and retained size); the old text goes, so nothing stale can be read.
        clear();
        hide();
        return;
    }
    QString html;
    if (!heading.isEmpty())
        html += heading.toHtmlEscaped();
    html += QStringLiteral("<ul style=\"margin:0; -qt-list-indent:1\">");
    for (const QString &message : messages)
        html += QStringLiteral("<li>") + message.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")) +
                QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    setText(html);
    // Hidden, it still holds the room it took, so that fixing the last problem moves nothing.
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    setSizePolicy(policy);
    show();
    // Never shrink while the form is open: the room of the longest list so far stays. Only a panel laid out in a
    // shown window knows its width, and so its height.
    if (!isVisible())
        return;
    const int height = heightForWidth(width());
    if (height > m_keptHeight) {
        m_keptHeight = height;
        setMinimumHeight(height);
    }
}

void ProblemPanel::reset()
{
    m_problems.clear();
    m_keptHeight = 0;
    clear();
    QSizePolicy policy = sizePolicy();
    policy.setRetainSizeWhenHidden(false);
    setSizePolicy(policy);
    setMinimumHeight(0);
    hide();
}
