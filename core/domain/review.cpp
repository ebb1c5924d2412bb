// The default review interval by importance, and when a review is overdue.
#include "review.h"

namespace Review {

int intervalMonths(int importance)
{
    return importance >= 3 ? 6 : kMaxIntervalMonths;
}

QDate defaultNextReview(int importance, const QDate &from)
{
    return from.addMonths(intervalMonths(importance));
}

QDate reviewBase(const QDate &lastReviewedOn, const QDate &fallback)
{
    return lastReviewedOn.isValid() ? lastReviewedOn : fallback;
}

bool isOverdue(const QDate &nextReview, const QString &status, const QDate &today)
{
    return nextReview.isValid() && status != QLatin1String("disposed") && nextReview < today;
}

} // namespace Review
