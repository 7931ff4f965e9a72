// Components of temporal values and durations: d.year, d.week, t.timezone, dt.epochMillis,
// dur.days, dur.minutesOfHour, ...
#include "query/eval/temporal_values.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;

namespace {

std::optional<Value> DateComponent(int64_t days, std::string_view key) {
    int64_t y = 0;
    int m = 0, d = 0;
    graph::CivilFromDays(days, &y, &m, &d);
    if (key == "year") return Value(y);
    if (key == "month") return Value(int64_t{m});
    if (key == "day") return Value(int64_t{d});
    if (key == "quarter") return Value(int64_t{(m - 1) / 3 + 1});
    if (key == "dayOfQuarter") {
        return Value(days - graph::DaysFromCivil(y, (m - 1) / 3 * 3 + 1, 1) + 1);
    }
    if (key == "ordinalDay") return Value(days - graph::DaysFromCivil(y, 1, 1) + 1);
    if (key == "dayOfWeek" || key == "weekDay") return Value(int64_t{DayOfWeek(days)});
    if (key == "week" || key == "weekYear") {
        int64_t wy = 0;
        int w = 0;
        IsoWeek(days, &wy, &w);
        return key == "week" ? Value(int64_t{w}) : Value(wy);
    }
    return std::nullopt;
}

std::optional<Value> TimeComponent(int64_t nanos, std::string_view key) {
    const int64_t secs = nanos / graph::kNanosPerSecond;
    const int64_t frac = nanos % graph::kNanosPerSecond;
    if (key == "hour") return Value(secs / 3600);
    if (key == "minute") return Value(secs / 60 % 60);
    if (key == "second") return Value(secs % 60);
    if (key == "millisecond") return Value(frac / 1'000'000);
    if (key == "microsecond") return Value(frac / 1'000);
    if (key == "nanosecond") return Value(frac);
    return std::nullopt;
}

std::optional<Value> ZoneComponent(int32_t offset, const std::string& zone, std::string_view key) {
    if (key == "timezone") return Value(zone.empty() ? graph::FormatOffset(offset) : zone);
    if (key == "offset") return Value(graph::FormatOffset(offset));
    if (key == "offsetMinutes") return Value(int64_t{offset / 60});
    if (key == "offsetSeconds") return Value(int64_t{offset});
    return std::nullopt;
}

std::optional<Value> DurationComponent(const graph::Duration& d, std::string_view key) {
    const __int128 total = d.TotalNanos();
    auto v = [](__int128 x) { return Value(static_cast<int64_t>(x)); };
    if (key == "years") return v(d.months / 12);
    if (key == "quarters") return v(d.months / 3);
    if (key == "months") return v(d.months);
    if (key == "weeks") return v(d.days / 7);
    if (key == "days") return v(d.days);
    if (key == "hours") return v(d.seconds / 3600);
    if (key == "minutes") return v(d.seconds / 60);
    if (key == "seconds") return v(d.seconds);
    if (key == "milliseconds") return v(total / 1'000'000);
    if (key == "microseconds") return v(total / 1'000);
    if (key == "nanoseconds") return v(total);
    if (key == "quartersOfYear") return v(d.months / 3 % 4);
    if (key == "monthsOfQuarter") return v(d.months % 3);
    if (key == "monthsOfYear") return v(d.months % 12);
    if (key == "daysOfWeek") return v(d.days % 7);
    if (key == "minutesOfHour") return v(d.seconds / 60 % 60);
    if (key == "secondsOfMinute") return v(d.seconds % 60);
    if (key == "millisecondsOfSecond") return v(d.nanos / 1'000'000);
    if (key == "microsecondsOfSecond") return v(d.nanos / 1'000);
    if (key == "nanosecondsOfSecond") return v(d.nanos);
    return std::nullopt;
}

}  // namespace

Result<Value> TemporalProperty(const Value& v, std::string_view key) {
    std::optional<Value> out;
    if (v.is_duration()) {
        out = DurationComponent(v.as_duration(), key);
    } else {
        const TemporalParts p = PartsOf(v);
        if (!out && p.days) out = DateComponent(*p.days, key);
        if (!out && p.nanos) out = TimeComponent(*p.nanos, key);
        if (!out && p.offset) out = ZoneComponent(*p.offset, p.zone, key);
        if (!out && v.is_date_time()) {
            const graph::DateTime& t = v.as_date_time();
            if (key == "epochSeconds") out = Value(t.EpochSeconds());
            if (key == "epochMillis")
                out = Value(t.EpochSeconds() * 1000 + t.NanoOfSecond() / 1'000'000);
        }
    }
    if (out) return *out;
    return InvalidArgumentValue("a " + std::string(v.TemporalKindName()) + " has no component '" +
                                std::string(key) + "'");
}

}  // namespace dossier::query::eval
