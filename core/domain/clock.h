// The one source of "now" for the core (STYLE.md: a swappable clock instead of reading the date in many places).
// A registry holds a clock; services take every date and time from it, so tests set the day and nothing flakes at
// midnight.
#pragma once

#include <QDate>
#include <QDateTime>

class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const;
    // The local calendar day of nowUtc(): due dates, registration dates and reviews are local days.
    QDate today() const { return nowUtc().toLocalTime().date(); }

    // The system clock, shared by every registry unless one is given another clock.
    static const Clock &system();
};

// A clock that stands still at a given moment until it is moved; for tests.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(const QDateTime &now)
        : m_now(now.toUTC())
    {
    }
    // Noon of the given local day, so that the local date is that day in any time zone within ±11 hours.
    static QDateTime noonOf(const QDate &day) { return QDateTime(day, QTime(12, 0)); }

    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
