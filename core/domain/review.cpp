// The default review interval by importance.
#include "review.h"

namespace Review {

QDate defaultNextReview(int importance, const QDate &from)
{
    switch (importance) {
    case 3:
        return from.addMonths(6);
    case 2:
        return from.addYears(1);
    default:
        return from.addYears(2);
    }
}

} // namespace Review
