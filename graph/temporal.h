// Temporal values: the openCypher kinds date, localtime, time, localdatetime, datetime and
// duration, with the calendar arithmetic and ISO 8601 notation they share.
//
// All kinds count in the proleptic Gregorian calendar with nanosecond precision. A time or
// datetime carries its UTC offset; a datetime may also name its time zone (an IANA id such as
// "Europe/Stockholm"), in which case the offset is the one that zone had at that instant, worked
// out when the value was made (the query engine asks ICU). Nothing here needs the zone database:
// the value holds everything needed to print, compare and store it.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dossier::graph {

constexpr int64_t kNanosPerSecond = 1'000'000'000;
constexpr int64_t kSecondsPerDay = 86'400;
constexpr int64_t kNanosPerDay = kSecondsPerDay * kNanosPerSecond;

// Calendar arithmetic (proleptic Gregorian, year 0 = 1 BC).
bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, int month);  // REQUIRES: 1 <= month <= 12
int64_t DaysFromCivil(int64_t year, int month, int day);
void CivilFromDays(int64_t days, int64_t* year, int* month, int* day);
int64_t FloorDiv(int64_t a, int64_t b);  // REQUIRES: b > 0
int64_t FloorMod(int64_t a, int64_t b);  // REQUIRES: b > 0; result in [0, b)

// A calendar date, as days since 1970-01-01.
struct Date {
    int64_t days = 0;
    static std::optional<Date> FromIso(std::string_view iso);  // "YYYY-MM-DD"
    static Date FromYmd(int64_t year, int month, int day);
    void ToYmd(int64_t* year, int* month, int* day) const;
    void ToYmd(int* year, int* month, int* day) const;
    std::string ToIso() const;  // years beyond 0000..9999 as "+10000-01-01", "-0001-01-01"
    auto operator<=>(const Date&) const = default;
};

// A time of day without a zone, as nanoseconds since midnight: [0, kNanosPerDay).
struct LocalTime {
    int64_t nanos = 0;
    std::string ToIso() const;  // "21:40", "21:40:32", "21:40:32.142"
    auto operator<=>(const LocalTime&) const = default;
};

// A time of day at a UTC offset.
struct Time {
    int64_t nanos = 0;           // local time of day, [0, kNanosPerDay)
    int32_t offset_seconds = 0;  // east of UTC
    int64_t UtcNanos() const { return nanos - int64_t{offset_seconds} * kNanosPerSecond; }
    std::string ToIso() const;  // "21:40:32.142+01:00", "10:00Z"
    bool operator==(const Time&) const = default;
};

// A date and time of day without a zone.
struct LocalDateTime {
    int64_t days = 0;           // the date, as Date::days
    int64_t nanos = 0;          // the time of day, [0, kNanosPerDay)
    std::string ToIso() const;  // "2015-07-21T21:40:32.142"
    auto operator<=>(const LocalDateTime&) const = default;
};

// An instant with its local date and time, UTC offset and optional zone name.
struct DateTime {
    int64_t days = 0;   // local date
    int64_t nanos = 0;  // local time of day
    int32_t offset_seconds = 0;
    std::string zone;  // IANA id, empty for a bare offset
    // Seconds since 1970-01-01T00:00Z, and the nanoseconds within that second.
    int64_t EpochSeconds() const;
    int64_t NanoOfSecond() const { return nanos % kNanosPerSecond; }
    std::string ToIso() const;  // "2015-07-21T21:40:32.142+01:00[Europe/Stockholm]"
    bool operator==(const DateTime&) const = default;
};

// An amount of time in months, days and seconds, which do not convert into each other (a month
// has 28 to 31 days, a day 23 to 25 hours across a clock change). nanos is in [0, 1e9): a
// negative fraction of a second borrows from seconds.
struct Duration {
    int64_t months = 0;
    int64_t days = 0;
    int64_t seconds = 0;
    int32_t nanos = 0;
    // Builds a duration from a seconds total given in nanoseconds (any sign).
    static Duration Make(int64_t months, int64_t days, __int128 total_nanos);
    __int128 TotalNanos() const { return static_cast<__int128>(seconds) * kNanosPerSecond + nanos; }
    std::string ToIso() const;  // "P1Y2M3DT4H5M6.7S", "PT0S"
    bool operator==(const Duration&) const = default;
};

// "+01:00", "Z" for 0, "+01:00:30" when the offset has seconds.
std::string FormatOffset(int32_t offset_seconds);

}  // namespace dossier::graph
