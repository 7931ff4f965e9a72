// ISO 8601 text of temporal values and durations, in the forms openCypher accepts: calendar,
// week and ordinal dates, basic ("20150721") and extended ("2015-07-21") notation, times with
// fractions, offsets and bracketed zone names, and durations with fractional components.
#include <cctype>
#include <cmath>

#include "query/eval/duration_builder.h"
#include "query/eval/temporal_values.h"
#include "query/eval/time_zone.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Kind = Value::Kind;

namespace {

// A cursor over the text being parsed.
struct Scanner {
    std::string_view s;
    size_t i = 0;
    bool done() const { return i >= s.size(); }
    char peek() const { return done() ? '\0' : s[i]; }
    bool eat(char c) {
        if (peek() != c) return false;
        ++i;
        return true;
    }
    size_t digits_ahead() const {
        size_t n = 0;
        while (i + n < s.size() && std::isdigit(static_cast<unsigned char>(s[i + n]))) ++n;
        return n;
    }
    int64_t number(size_t n) {
        int64_t v = 0;
        for (size_t k = 0; k < n; ++k) v = v * 10 + (s[i++] - '0');
        return v;
    }
};

Status Bad(std::string_view what, std::string_view text) {
    return InvalidArgumentValue("cannot parse '" + std::string(text) + "' as a " +
                                std::string(what));
}

bool ValidDate(int64_t y, int64_t m, int64_t d) {
    return m >= 1 && m <= 12 && d >= 1 && d <= graph::DaysInMonth(y, static_cast<int>(m));
}

// YYYY-MM-DD, YYYYMMDD, YYYY-MM, YYYYMM, YYYY-Www-D, YYYYWwwD, YYYY-Www, YYYYWww, YYYY-DDD,
// YYYYDDD, YYYY; the year may carry a sign and more digits.
bool ParseDate(Scanner* sc, int64_t* days) {
    bool negative = false;
    if (sc->peek() == '+' || sc->peek() == '-') negative = sc->s[sc->i++] == '-';
    const size_t yd = sc->digits_ahead();
    if (yd < 4) return false;
    // In basic notation the year is four digits unless signed.
    const size_t year_digits = (negative || sc->i > 0) ? yd : 4;
    int64_t year = sc->number(std::min(yd, year_digits));
    if (negative) year = -year;
    const bool extended = sc->eat('-');
    if (sc->eat('W')) {
        if (sc->digits_ahead() < 2) return false;
        const int64_t week = sc->number(2);
        int64_t dow = 1;
        if (extended ? sc->eat('-') : sc->digits_ahead() == 1) {
            if (sc->digits_ahead() != 1) return false;
            dow = sc->number(1);
        }
        if (week < 1 || week > 53 || dow < 1 || dow > 7) return false;
        *days = DaysFromIsoWeek(year, static_cast<int>(week), static_cast<int>(dow));
        int64_t wy = 0;
        int w = 0;
        IsoWeek(*days, &wy, &w);
        return wy == year;
    }
    const size_t n = sc->digits_ahead();
    if (n == 0) {
        if (extended) return false;
        *days = graph::DaysFromCivil(year, 1, 1);
        return true;
    }
    if (n == 3) {
        const int64_t ordinal = sc->number(3);
        if (ordinal < 1 || ordinal > (graph::IsLeapYear(year) ? 366 : 365)) return false;
        *days = graph::DaysFromCivil(year, 1, 1) + ordinal - 1;
        return true;
    }
    if (n != 2 && !(n == 4 && !extended)) return false;
    const int64_t month = sc->number(2);
    int64_t day = 1;
    if (n == 4) {
        day = sc->number(2);
    } else if (extended && sc->eat('-')) {
        if (sc->digits_ahead() != 2) return false;
        day = sc->number(2);
    }
    if (!ValidDate(year, month, day)) return false;
    *days = graph::DaysFromCivil(year, static_cast<int>(month), static_cast<int>(day));
    return true;
}

// HH[:MM[:SS[.fff]]] or HH[MM[SS[.fff]]].
bool ParseTimeOfDay(Scanner* sc, int64_t* nanos) {
    if (sc->digits_ahead() < 2) return false;
    const int64_t hour = sc->number(2);
    int64_t minute = 0, second = 0, frac = 0;
    const bool extended = sc->peek() == ':';
    if (sc->eat(':') || sc->digits_ahead() >= 2) {
        if (sc->digits_ahead() < 2) return false;
        minute = sc->number(2);
        if (extended ? sc->eat(':') : sc->digits_ahead() >= 2) {
            if (sc->digits_ahead() < 2) return false;
            second = sc->number(2);
            if (sc->eat('.') || sc->eat(',')) {
                const size_t n = sc->digits_ahead();
                if (n == 0 || n > 9) return false;
                frac = sc->number(n);
                for (size_t k = n; k < 9; ++k) frac *= 10;
            }
        }
    }
    if (hour > 23 || minute > 59 || second > 59) return false;
    *nanos = ((hour * 60 + minute) * 60 + second) * graph::kNanosPerSecond + frac;
    return true;
}

// Z, +HH, +HHMM, +HH:MM, then an optional [Zone/Name].
bool ParseZoneSuffix(Scanner* sc, std::optional<int32_t>* offset, std::string* zone) {
    if (sc->eat('Z')) {
        *offset = 0;
    } else if (sc->peek() == '+' || sc->peek() == '-') {
        const int sign = sc->s[sc->i++] == '-' ? -1 : 1;
        if (sc->digits_ahead() < 2) return false;
        const int64_t h = sc->number(2);
        int64_t m = 0, s = 0;
        const bool extended = sc->peek() == ':';
        if (sc->eat(':') || sc->digits_ahead() >= 2) {
            if (sc->digits_ahead() < 2) return false;
            m = sc->number(2);
            if (extended ? sc->eat(':') : sc->digits_ahead() == 2) {
                if (sc->digits_ahead() != 2) return false;
                s = sc->number(2);
            }
        }
        if (h > 18 || m > 59 || s > 59) return false;
        *offset = static_cast<int32_t>(sign * (h * 3600 + m * 60 + s));
    }
    if (sc->eat('[')) {
        const size_t close = sc->s.find(']', sc->i);
        if (close == std::string_view::npos || close + 1 != sc->s.size()) return false;
        auto canonical = CanonicalZone(sc->s.substr(sc->i, close - sc->i));
        if (!canonical.ok()) return false;
        *zone = *canonical;
        sc->i = close + 1;
    }
    return true;
}

Result<Value> ParseDuration(std::string_view text) {
    Scanner sc{text};
    if (!sc.eat('P')) return Bad("duration", text);
    DurationBuilder b;
    // The alternative form P2012-02-02T14:37:21.545.
    if (sc.digits_ahead() == 4 && text.size() > 5 && text[5] == '-') {
        Scanner dsc{text.substr(1)};
        int64_t y = dsc.number(4);
        if (!dsc.eat('-') || dsc.digits_ahead() != 2) return Bad("duration", text);
        int64_t mo = dsc.number(2);
        if (!dsc.eat('-') || dsc.digits_ahead() != 2) return Bad("duration", text);
        int64_t d = dsc.number(2);
        int64_t nanos = 0;
        if (dsc.eat('T') && !ParseTimeOfDay(&dsc, &nanos)) return Bad("duration", text);
        if (!dsc.done()) return Bad("duration", text);
        return Value(graph::Duration::Make(y * 12 + mo, d, nanos));
    }
    bool in_time = false, any = false;
    while (!sc.done()) {
        if (sc.eat('T')) {
            if (in_time) return Bad("duration", text);
            in_time = true;
            continue;
        }
        const size_t start = sc.i;
        if (sc.peek() == '-' || sc.peek() == '+') ++sc.i;
        while (std::isdigit(static_cast<unsigned char>(sc.peek())) || sc.peek() == '.' ||
               sc.peek() == ',') {
            ++sc.i;
        }
        std::string number(text.substr(start, sc.i - start));
        for (char& c : number) c = c == ',' ? '.' : c;
        if (number.empty() || number == "-" || number == "+" || sc.done()) {
            return Bad("duration", text);
        }
        const char unit = sc.s[sc.i++];
        const std::string key = in_time ? (unit == 'H'   ? "hours"
                                           : unit == 'M' ? "minutes"
                                           : unit == 'S' ? "seconds"
                                                         : "")
                                        : (unit == 'Y'   ? "years"
                                           : unit == 'M' ? "months"
                                           : unit == 'W' ? "weeks"
                                           : unit == 'D' ? "days"
                                                         : "");
        if (key.empty()) return Bad("duration", text);
        const bool fractional = number.find('.') != std::string::npos;
        Value amount = fractional
                           ? Value(std::strtod(number.c_str(), nullptr))
                           : Value(static_cast<int64_t>(std::strtoll(number.c_str(), nullptr, 10)));
        b.Add(key, amount);
        any = true;
    }
    if (!any) return Bad("duration", text);
    return Value(b.Build());
}

}  // namespace

Status ParseZone(std::string_view text, int32_t* offset, std::string* zone) {
    Scanner sc{text};
    std::optional<int32_t> off;
    if (sc.peek() == 'Z' || sc.peek() == '+' || sc.peek() == '-') {
        if (!ParseZoneSuffix(&sc, &off, zone) || !sc.done() || !zone->empty()) {
            return InvalidArgumentValue("'" + std::string(text) + "' is not a UTC offset");
        }
        *offset = *off;
        return Status::OK();
    }
    DOSSIER_ASSIGN_OR_RETURN(*zone, CanonicalZone(text));
    return Status::OK();
}

Result<Value> ParseTemporal(Kind kind, std::string_view text) {
    if (kind == Kind::kDuration) return ParseDuration(text);
    Value probe = MakeTemporal(kind, {});
    const char* what = probe.TemporalKindName();
    Scanner sc{text};
    TemporalParts parts;
    const bool has_date =
        kind == Kind::kDate || kind == Kind::kLocalDateTime || kind == Kind::kDateTime;
    const bool has_time = kind != Kind::kDate;
    if (has_date) {
        int64_t days = 0;
        if (!ParseDate(&sc, &days)) return Bad(what, text);
        parts.days = days;
        if (kind != Kind::kDate && !sc.done() && !sc.eat('T')) return Bad(what, text);
    }
    if (has_time && !sc.done()) {
        int64_t nanos = 0;
        if (!ParseTimeOfDay(&sc, &nanos)) return Bad(what, text);
        parts.nanos = nanos;
    }
    if (kind == Kind::kTime || kind == Kind::kDateTime) {
        if (!ParseZoneSuffix(&sc, &parts.offset, &parts.zone)) return Bad(what, text);
    }
    if (!sc.done()) return Bad(what, text);
    if (!parts.zone.empty() && parts.offset) {
        // An offset with a zone: keep the zone, and its offset at that time.
        parts.offset.reset();
    }
    return MakeTemporal(kind, parts);
}

}  // namespace dossier::query::eval
