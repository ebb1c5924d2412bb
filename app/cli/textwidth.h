// How many terminal columns a text takes: Japanese (East Asian wide) characters take two, so that the aligned
// columns of "show" and "--help" stay aligned in Japanese.
#pragma once

#include <QString>

namespace TextWidth {

int columns(const QString &text);
// The text followed by spaces up to the given number of columns.
QString padded(const QString &text, int width);

} // namespace TextWidth
