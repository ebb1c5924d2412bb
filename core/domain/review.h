// When an asset is next reviewed and when it is overdue (DESIGN.md §3, practice.md §2): the one rule for each, used by
// the service, the editor, the table, imports and the synthetic data alike.
#pragma once

#include <QDate>
#include <QString>

namespace Review {

// The longest default interval: the built-in catalogue's ORG-03 and AST-10 ask for a review at least once a year.
constexpr int kMaxIntervalMonths = 12;

// Months from one review to the next for an importance (normalised 0–3): 6 for the highest, 12 for the others.
int intervalMonths(int importance);
// The default next review from the day of the last review (or registration) and the asset's importance.
QDate defaultNextReview(int importance, const QDate &from);
// The day the next review counts from: the last review, or `fallback` (registration, or today) when there was none.
QDate reviewBase(const QDate &lastReviewedOn, const QDate &fallback);
// An asset is overdue for review when its next review lies before today. A disposed asset is never overdue: there is
// nothing left to review. (AssetStore's overdue filter is the SQL form of this rule.)
bool isOverdue(const QDate &nextReview, const QString &status, const QDate &today);

} // namespace Review
