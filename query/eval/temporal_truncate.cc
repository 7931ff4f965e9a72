// date.truncate(unit, value [, overrides]) and its siblings: the value cut down to the start of
// its millennium, century, decade, year, weekYear, quarter, month, week, day, hour, minute,
// second, millisecond or microsecond, then the override fields applied.
#include "query/eval/temporal_values.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Kind = Value::Kind;

namespace {

// Truncates a date to the start of `unit`; false when the unit is not a date unit.
bool TruncateDate(const std::string& unit, int64_t* days) {
    int64_t y = 0;
    int m = 0, d = 0;
    graph::CivilFromDays(*days, &y, &m, &d);
    if (unit == "millennium") {
        *days = graph::DaysFromCivil(graph::FloorDiv(y, 1000) * 1000, 1, 1);
    } else if (unit == "century") {
        *days = graph::DaysFromCivil(graph::FloorDiv(y, 100) * 100, 1, 1);
    } else if (unit == "decade") {
        *days = graph::DaysFromCivil(graph::FloorDiv(y, 10) * 10, 1, 1);
    } else if (unit == "year") {
        *days = graph::DaysFromCivil(y, 1, 1);
    } else if (unit == "weekYear") {
        int64_t wy = 0;
        int w = 0;
        IsoWeek(*days, &wy, &w);
        *days = DaysFromIsoWeek(wy, 1, 1);
    } else if (unit == "quarter") {
        *days = graph::DaysFromCivil(y, (m - 1) / 3 * 3 + 1, 1);
    } else if (unit == "month") {
        *days = graph::DaysFromCivil(y, m, 1);
    } else if (unit == "week") {
        *days -= DayOfWeek(*days) - 1;
    } else if (unit != "day") {
        return false;
    }
    return true;
}

// The length of a time unit in nanoseconds, 0 when `unit` is not one.
int64_t TimeUnitNanos(const std::string& unit) {
    if (unit == "day") return graph::kNanosPerDay;
    if (unit == "hour") return 3600 * graph::kNanosPerSecond;
    if (unit == "minute") return 60 * graph::kNanosPerSecond;
    if (unit == "second") return graph::kNanosPerSecond;
    if (unit == "millisecond") return 1'000'000;
    if (unit == "microsecond") return 1'000;
    return 0;
}

}  // namespace

Result<Value> TruncateTemporal(Kind kind, const std::string& unit, const Value& value,
                               const graph::Map& overrides) {
    TemporalParts p = PartsOf(value);
    const bool kind_has_date =
        kind == Kind::kDate || kind == Kind::kLocalDateTime || kind == Kind::kDateTime;
    const int64_t unit_nanos = TimeUnitNanos(unit);
    const bool date_unit = unit_nanos == 0 || unit == "day";
    if (unit_nanos == 0 && unit != "millennium" && unit != "century" && unit != "decade" &&
        unit != "year" && unit != "weekYear" && unit != "quarter" && unit != "month" &&
        unit != "week") {
        return InvalidArgumentValue("truncate() has no unit '" + unit + "'");
    }
    if (kind_has_date) {
        if (!p.days) {
            return InvalidArgumentType("truncate() to a " + unit + " needs a value with a date",
                                       value);
        }
        if (date_unit) {
            TruncateDate(unit, &*p.days);
            p.nanos = 0;
        }
    } else if (date_unit && unit != "day") {
        return InvalidArgumentValue("cannot truncate a time to a " + unit);
    }
    if (kind != Kind::kDate) {
        if (!p.nanos && kind != Kind::kDateTime && kind != Kind::kLocalDateTime) {
            return InvalidArgumentType("truncate() needs a value with a time", value);
        }
        const int64_t n = p.nanos.value_or(0);
        p.nanos = date_unit ? 0 : n - n % unit_nanos;
    }
    if (!p.zone.empty()) p.offset.reset();  // the zone gives the offset at the new time
    return ApplyTemporalFields(kind, p, overrides, false);
}

}  // namespace dossier::query::eval
