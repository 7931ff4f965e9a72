#include "graph/temporal.h"

#include <cstdio>
#include <cstdlib>

#include "graph/dcheck.h"

namespace dossier::graph {

namespace {

// Java's notation for a fraction of a second, which openCypher follows: 3, 6 or 9 digits.
void AppendFraction(int64_t nanos_of_second, std::string* out) {
    if (nanos_of_second == 0) return;
    char buf[16];
    if (nanos_of_second % 1'000'000 == 0) {
        std::snprintf(buf, sizeof buf, ".%03lld",
                      static_cast<long long>(nanos_of_second / 1'000'000));
    } else if (nanos_of_second % 1'000 == 0) {
        std::snprintf(buf, sizeof buf, ".%06lld", static_cast<long long>(nanos_of_second / 1'000));
    } else {
        std::snprintf(buf, sizeof buf, ".%09lld", static_cast<long long>(nanos_of_second));
    }
    *out += buf;
}

std::string TimeOfDayIso(int64_t nanos) {
    const int64_t secs = nanos / kNanosPerSecond;
    const int64_t frac = nanos % kNanosPerSecond;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%02d:%02d", static_cast<int>(secs / 3600),
                  static_cast<int>(secs / 60 % 60));
    std::string out = buf;
    if (secs % 60 != 0 || frac != 0) {
        std::snprintf(buf, sizeof buf, ":%02d", static_cast<int>(secs % 60));
        out += buf;
        AppendFraction(frac, &out);
    }
    return out;
}

}  // namespace

bool IsLeapYear(int64_t y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int DaysInMonth(int64_t y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    DOSSIER_DCHECK(m >= 1 && m <= 12);
    return m == 2 && IsLeapYear(y) ? 29 : kDays[m - 1];
}

int64_t FloorDiv(int64_t a, int64_t b) {
    DOSSIER_DCHECK(b > 0);
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

int64_t FloorMod(int64_t a, int64_t b) {
    return a - FloorDiv(a, b) * b;
}

// Howard Hinnant's days-from-civil algorithm (public domain formulation of the calendar math).
int64_t DaysFromCivil(int64_t y, int m, int d) {
    y -= m <= 2;
    const int64_t era = FloorDiv(y, 400);
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void CivilFromDays(int64_t days, int64_t* year, int* month, int* day) {
    const int64_t z = days + 719468;
    const int64_t era = FloorDiv(z, 146097);
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    *year = yoe + era * 400 + (m <= 2);
    *month = m;
    *day = d;
}

Date Date::FromYmd(int64_t year, int month, int day) {
    return Date{DaysFromCivil(year, month, day)};
}

std::optional<Date> Date::FromIso(std::string_view iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
    }
    const int y = std::atoi(std::string(iso.substr(0, 4)).c_str());
    const int m = std::atoi(std::string(iso.substr(5, 2)).c_str());
    const int d = std::atoi(std::string(iso.substr(8, 2)).c_str());
    if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
    return FromYmd(y, m, d);
}

void Date::ToYmd(int64_t* year, int* month, int* day) const {
    CivilFromDays(days, year, month, day);
}

void Date::ToYmd(int* year, int* month, int* day) const {
    int64_t y = 0;
    CivilFromDays(days, &y, month, day);
    *year = static_cast<int>(y);
}

std::string Date::ToIso() const {
    int64_t y = 0;
    int m = 0, d = 0;
    ToYmd(&y, &m, &d);
    char buf[48];
    if (y >= 0 && y <= 9999) {
        std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d", static_cast<long long>(y), m, d);
    } else {
        std::snprintf(buf, sizeof buf, "%c%04lld-%02d-%02d", y < 0 ? '-' : '+',
                      static_cast<long long>(y < 0 ? -y : y), m, d);
    }
    return buf;
}

std::string LocalTime::ToIso() const {
    return TimeOfDayIso(nanos);
}

std::string FormatOffset(int32_t offset_seconds) {
    if (offset_seconds == 0) return "Z";
    const int32_t a = offset_seconds < 0 ? -offset_seconds : offset_seconds;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%c%02d:%02d", offset_seconds < 0 ? '-' : '+', a / 3600,
                  a / 60 % 60);
    std::string out = buf;
    if (a % 60 != 0) {
        std::snprintf(buf, sizeof buf, ":%02d", a % 60);
        out += buf;
    }
    return out;
}

std::string Time::ToIso() const {
    return TimeOfDayIso(nanos) + FormatOffset(offset_seconds);
}

std::string LocalDateTime::ToIso() const {
    return Date{days}.ToIso() + "T" + TimeOfDayIso(nanos);
}

int64_t DateTime::EpochSeconds() const {
    return days * kSecondsPerDay + nanos / kNanosPerSecond - offset_seconds;
}

std::string DateTime::ToIso() const {
    std::string out = LocalDateTime{days, nanos}.ToIso() + FormatOffset(offset_seconds);
    if (!zone.empty()) out += "[" + zone + "]";
    return out;
}

Duration Duration::Make(int64_t months, int64_t days, __int128 total_nanos) {
    Duration d;
    d.months = months;
    d.days = days;
    __int128 secs = total_nanos / kNanosPerSecond;
    __int128 rem = total_nanos % kNanosPerSecond;
    if (rem < 0) {
        rem += kNanosPerSecond;
        secs -= 1;
    }
    d.seconds = static_cast<int64_t>(secs);
    d.nanos = static_cast<int32_t>(rem);
    return d;
}

std::string Duration::ToIso() const {
    const __int128 total = TotalNanos();
    if (months == 0 && days == 0 && total == 0) return "PT0S";
    std::string out = "P";
    auto part = [&out](long long n, char unit) {
        if (n != 0) out += std::to_string(n) + unit;
    };
    part(months / 12, 'Y');
    part(months % 12, 'M');
    part(days, 'D');
    if (total == 0) return out;
    out += "T";
    constexpr __int128 kMinute = 60 * __int128{kNanosPerSecond};
    part(static_cast<long long>(total / (60 * kMinute)), 'H');
    part(static_cast<long long>(total / kMinute % 60), 'M');
    const __int128 rest = total % kMinute;  // same sign as total
    if (rest != 0) {
        const __int128 a = rest < 0 ? -rest : rest;
        std::string s =
            (rest < 0 ? "-" : "") + std::to_string(static_cast<long long>(a / kNanosPerSecond));
        if (const int64_t frac = static_cast<int64_t>(a % kNanosPerSecond); frac != 0) {
            char buf[16];
            std::snprintf(buf, sizeof buf, ".%09lld", static_cast<long long>(frac));
            std::string f = buf;
            while (f.back() == '0') f.pop_back();
            s += f;
        }
        out += s + "S";
    }
    return out;
}

}  // namespace dossier::graph
