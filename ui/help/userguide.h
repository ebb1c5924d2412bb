// The user guide (Help ▸ User Guide, F1): a short offline guide in the UI language, bundled as HTML in the Qt resource
// system (resources/guide/), about what a new administrator does in the first hour — create the registry, add an
// asset, classify it, assign controls, print the ledger, record a disposal, verify the history and the backups — and
// shorter sections on the other windows. F1 in a window or dialog opens the section about it.
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

class QWidget;
class UserGuideWindow;

namespace UserGuide {

// The anchors of the guide's sections, in the order of the guide; the guide of every language has each of them.
QStringList sections();
// The section about a window or dialog of the application (by its class), or empty when the guide has none.
QString sectionFor(const QWidget *window);
// The guide of a language ("en", "ja"; another falls back to English) and the address of one of its sections.
QString resourcePath(const QString &language);
QUrl url(const QString &language, const QString &section = QString());

// Shows the guide in the UI language at the section (the contents when empty). From a dialog the guide opens as a
// window of that dialog, so that it can be read and scrolled while the dialog waits; otherwise one guide window is
// reused.
UserGuideWindow *show(QWidget *from, const QString &section = QString());

} // namespace UserGuide
