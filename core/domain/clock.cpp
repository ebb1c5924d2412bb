// The system clock.
#include "clock.h"

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock &Clock::system()
{
    static const Clock clock;
    return clock;
}
