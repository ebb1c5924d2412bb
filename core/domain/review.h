// When an asset is next reviewed (DESIGN.md §3): the one rule for the default, used by the service, the editor and
// imports alike.
#pragma once

#include <QDate>

namespace Review {

// The default next review from the day of the last review (or registration) and the asset's importance.
QDate defaultNextReview(int importance, const QDate &from);

} // namespace Review
