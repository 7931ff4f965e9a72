// Building a temporal value from a map of fields, over an optional base value:
// date({year: 1984, week: 10, dayOfWeek: 3}), datetime({date: d, time: t, timezone:
// 'Europe/Paris'}), and the overrides of date.truncate('month', d, {day: 2}).
#include <set>

#include "query/eval/duration_builder.h"
#include "query/eval/temporal_values.h"
#include "query/eval/time_zone.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Kind = Value::Kind;

namespace {

const std::set<std::string>& KnownFields() {
    static const std::set<std::string> fields = {
        "year",        "month",        "day",      "week",   "dayOfWeek", "ordinalDay",
        "quarter",     "dayOfQuarter", "hour",     "minute", "second",    "millisecond",
        "microsecond", "nanosecond",   "timezone", "date",   "time",      "datetime"};
    return fields;
}

// The integer field `key`, if the map has it; an error when it is not an integer in [lo, hi].
Result<std::optional<int64_t>> Field(const graph::Map& map, const char* key, int64_t lo,
                                     int64_t hi) {
    auto it = map.find(key);
    if (it == map.end() || it->second.is_null()) return std::optional<int64_t>();
    if (!it->second.is_int()) {
        return InvalidArgumentType(std::string("temporal field ") + key + " expects an integer",
                                   it->second);
    }
    const int64_t v = it->second.as_int();
    if (v < lo || v > hi) {
        return InvalidArgumentValue(std::string("temporal field ") + key + " = " +
                                    std::to_string(v) + " is out of range [" + std::to_string(lo) +
                                    ", " + std::to_string(hi) + "]");
    }
    return std::optional<int64_t>(v);
}

bool Has(const graph::Map& map, const char* key) {
    auto it = map.find(key);
    return it != map.end() && !it->second.is_null();
}

Result<int64_t> ResolveDate(const graph::Map& map, std::optional<int64_t> base) {
    DOSSIER_ASSIGN_OR_RETURN(auto year, Field(map, "year", -kMaxYear, kMaxYear));
    int64_t by = 1970;
    int bm = 1, bd = 1;
    if (base) graph::CivilFromDays(*base, &by, &bm, &bd);
    if (!year && !base &&
        (Has(map, "month") || Has(map, "week") || Has(map, "ordinalDay") || Has(map, "quarter") ||
         Has(map, "day"))) {
        return InvalidArgumentValue("a date needs a year");
    }
    if (Has(map, "week") || Has(map, "dayOfWeek")) {
        DOSSIER_ASSIGN_OR_RETURN(auto week, Field(map, "week", 1, 53));
        DOSSIER_ASSIGN_OR_RETURN(auto dow, Field(map, "dayOfWeek", 1, 7));
        int64_t wy = year.value_or(by);
        int w = 1;
        int bdow = 1;
        if (base) {
            int64_t base_wy = 0;
            IsoWeek(*base, &base_wy, &w);
            if (!year) wy = base_wy;
            bdow = DayOfWeek(*base);
        }
        const int64_t days = DaysFromIsoWeek(wy, static_cast<int>(week.value_or(w)),
                                             static_cast<int>(dow.value_or(bdow)));
        int64_t check_year = 0;
        int check_week = 0;
        IsoWeek(days, &check_year, &check_week);
        if (check_year != wy)
            return InvalidArgumentValue("week-year " + std::to_string(wy) + " has no week " +
                                        std::to_string(*week));
        return days;
    }
    const int64_t y = year.value_or(by);
    if (Has(map, "ordinalDay")) {
        DOSSIER_ASSIGN_OR_RETURN(auto ordinal, Field(map, "ordinalDay", 1, 366));
        if (*ordinal > (graph::IsLeapYear(y) ? 366 : 365)) {
            return InvalidArgumentValue("year " + std::to_string(y) + " has no day " +
                                        std::to_string(*ordinal));
        }
        return graph::DaysFromCivil(y, 1, 1) + *ordinal - 1;
    }
    if (Has(map, "quarter") || Has(map, "dayOfQuarter")) {
        DOSSIER_ASSIGN_OR_RETURN(auto quarter, Field(map, "quarter", 1, 4));
        DOSSIER_ASSIGN_OR_RETURN(auto doq, Field(map, "dayOfQuarter", 1, 92));
        const int q = static_cast<int>(quarter.value_or((bm - 1) / 3 + 1));
        const int64_t start = graph::DaysFromCivil(y, (q - 1) * 3 + 1, 1);
        if (doq) {
            const int64_t next =
                q == 4 ? graph::DaysFromCivil(y + 1, 1, 1) : graph::DaysFromCivil(y, q * 3 + 1, 1);
            if (start + *doq - 1 >= next) return InvalidArgumentValue("quarter has no such day");
            return start + *doq - 1;
        }
        if (!base) return start;
        const int m = (q - 1) * 3 + (bm - 1) % 3 + 1;
        return graph::DaysFromCivil(y, m, std::min(bd, graph::DaysInMonth(y, m)));
    }
    DOSSIER_ASSIGN_OR_RETURN(auto month, Field(map, "month", 1, 12));
    DOSSIER_ASSIGN_OR_RETURN(auto day, Field(map, "day", 1, 31));
    if (day && !month && !base && !year) return InvalidArgumentValue("a day needs a month");
    const int m = static_cast<int>(month.value_or(base ? bm : 1));
    const int d = static_cast<int>(day.value_or(base ? bd : 1));
    if (d > graph::DaysInMonth(y, m)) {
        return InvalidArgumentValue(std::to_string(y) + "-" + std::to_string(m) + " has no day " +
                                    std::to_string(d));
    }
    return graph::DaysFromCivil(y, m, d);
}

Result<int64_t> ResolveTime(const graph::Map& map, std::optional<int64_t> base) {
    const int64_t b = base.value_or(0);
    const int64_t b_secs = b / graph::kNanosPerSecond;
    DOSSIER_ASSIGN_OR_RETURN(auto hour, Field(map, "hour", 0, 23));
    DOSSIER_ASSIGN_OR_RETURN(auto minute, Field(map, "minute", 0, 59));
    DOSSIER_ASSIGN_OR_RETURN(auto second, Field(map, "second", 0, 59));
    const bool has_ms = Has(map, "millisecond"), has_us = Has(map, "microsecond");
    DOSSIER_ASSIGN_OR_RETURN(auto ms, Field(map, "millisecond", 0, 999));
    DOSSIER_ASSIGN_OR_RETURN(auto us, Field(map, "microsecond", 0, has_ms ? 999 : 999'999));
    DOSSIER_ASSIGN_OR_RETURN(auto ns,
                             Field(map, "nanosecond", 0, has_ms || has_us ? 999 : 999'999'999));
    if (!base && !hour && (minute || second || ms || us || ns)) {
        return InvalidArgumentValue("a time needs an hour");
    }
    if (!base && second && !minute) return InvalidArgumentValue("a second needs a minute");
    // Each sub-second field replaces its own digits: on a base of .645876123, {nanosecond: 2}
    // gives .645876002; a field wider than its digits ({nanosecond: 5000}) replaces all below.
    int64_t frac = b % graph::kNanosPerSecond;
    if (ms) {
        frac = *ms * 1'000'000 + us.value_or(0) * 1'000 + ns.value_or(0);
    } else if (us) {
        frac = (*us < 1000 ? frac / 1'000'000 * 1'000'000 : 0) + *us * 1'000 + ns.value_or(0);
    } else if (ns) {
        frac = (*ns < 1000 ? frac / 1'000 * 1'000 : 0) + *ns;
    }
    const int64_t secs = hour.value_or(b_secs / 3600) * 3600 +
                         minute.value_or(b_secs / 60 % 60) * 60 + second.value_or(b_secs % 60);
    return secs * graph::kNanosPerSecond + frac;
}

bool KindHasDate(Kind k) {
    return k == Kind::kDate || k == Kind::kLocalDateTime || k == Kind::kDateTime;
}
bool KindHasTime(Kind k) {
    return k != Kind::kDate;
}
bool KindHasZone(Kind k) {
    return k == Kind::kTime || k == Kind::kDateTime;
}

Result<Value> DurationFromMap(const graph::Map& map) {
    DurationBuilder b;
    for (const auto& [key, value] : map) {
        if (value.is_null()) continue;
        if (!value.is_number()) {
            return InvalidArgumentType("duration field " + key + " expects a number", value);
        }
        if (!b.Add(key, value)) {
            return InvalidArgumentValue("duration() has no field '" + key + "'");
        }
    }
    return Value(b.Build());
}

}  // namespace

Result<Value> ApplyTemporalFields(Kind kind, TemporalParts base, const graph::Map& map,
                                  bool convert_zone) {
    for (const auto& [key, value] : map) {
        if (!KnownFields().count(key)) {
            return InvalidArgumentValue(std::string("unknown temporal field '") + key + "'");
        }
    }
    TemporalParts out;
    if (KindHasDate(kind)) {
        DOSSIER_ASSIGN_OR_RETURN(int64_t days, ResolveDate(map, base.days));
        out.days = days;
    }
    if (KindHasTime(kind)) {
        DOSSIER_ASSIGN_OR_RETURN(int64_t nanos, ResolveTime(map, base.nanos));
        out.nanos = nanos;
    }
    if (!KindHasZone(kind)) return MakeTemporal(kind, out);
    out.offset = base.offset;
    out.zone = base.zone;
    if (auto it = map.find("timezone"); it != map.end() && !it->second.is_null()) {
        if (!it->second.is_string()) {
            return InvalidArgumentType("timezone expects a string", it->second);
        }
        int32_t offset = 0;
        std::string zone;
        DOSSIER_RETURN_IF_ERROR(ParseZone(it->second.as_string(), &offset, &zone));
        if (convert_zone && base.offset) {
            // Same instant, seen from the new zone.
            const int64_t local =
                out.days.value_or(0) * graph::kSecondsPerDay + *out.nanos / graph::kNanosPerSecond;
            // A named zone's offset is the one it has at the (possibly new) local time.
            const int32_t from =
                base.zone.empty() ? *base.offset : ZoneOffsetAtLocal(base.zone, local);
            graph::DateTime t =
                DateTimeAtInstant(local - from, *out.nanos % graph::kNanosPerSecond, offset, zone);
            if (kind == Kind::kTime) return Value(graph::Time{t.nanos, t.offset_seconds});
            if (out.days) return Value(std::move(t));
        }
        out.zone = zone;
        out.offset = zone.empty() ? std::optional<int32_t>(offset) : std::nullopt;
    } else if (!out.zone.empty()) {
        out.offset.reset();  // the zone decides the offset at the (possibly new) local time
    }
    return MakeTemporal(kind, out);
}

Result<Value> TemporalFromMap(Kind kind, const graph::Map& map) {
    if (kind == Kind::kDuration) return DurationFromMap(map);
    TemporalParts base;
    auto take = [&](const char* key, bool date, bool time) -> Status {
        auto it = map.find(key);
        if (it == map.end() || it->second.is_null()) return Status::OK();
        if (!it->second.is_temporal()) {
            return InvalidArgumentType(std::string(key) + " expects a temporal value", it->second);
        }
        TemporalParts p = PartsOf(it->second);
        if (date) {
            if (!p.days) {
                return InvalidArgumentType(std::string(key) + " expects a value with a date",
                                           it->second);
            }
            base.days = p.days;
        }
        if (time && p.nanos) {
            base.nanos = p.nanos;
            base.offset = p.offset;
            base.zone = p.zone;
        }
        return Status::OK();
    };
    DOSSIER_RETURN_IF_ERROR(take("datetime", true, true));
    DOSSIER_RETURN_IF_ERROR(take("date", true, false));
    DOSSIER_RETURN_IF_ERROR(take("time", false, true));
    return ApplyTemporalFields(kind, base, map, true);
}

}  // namespace dossier::query::eval
