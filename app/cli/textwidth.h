// How many terminal columns a text takes: Japanese (East Asian wide) characters take two, so that the aligned
// columns of "show" and "--help" stay aligned in Japanese; and text made safe to print on a terminal.
#pragma once

#include <QString>

namespace TextWidth {

int columns(const QString &text);
// The text followed by spaces up to the given number of columns.
QString padded(const QString &text, int width);
// Text for a terminal: control characters (escape sequences that could move the cursor, change colours or the window
// title, C1 controls, bidirectional overrides) are shown as \xHH or \u{HHHH} instead of being sent raw; tabs are kept,
// and line breaks when keepLineBreaks.
QString printable(const QString &text, bool keepLineBreaks = false);

} // namespace TextWidth
