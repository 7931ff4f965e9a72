#include "query/eval/temporal_values.h"

#include <algorithm>

#include "query/eval/time_zone.h"

namespace dossier::query::eval {

using graph::Value;
using Kind = Value::Kind;

TemporalParts PartsOf(const Value& v) {
    TemporalParts p;
    switch (v.kind()) {
        case Kind::kDate:
            p.days = v.as_date().days;
            break;
        case Kind::kLocalTime:
            p.nanos = v.as_local_time().nanos;
            break;
        case Kind::kTime:
            p.nanos = v.as_time().nanos;
            p.offset = v.as_time().offset_seconds;
            break;
        case Kind::kLocalDateTime:
            p.days = v.as_local_date_time().days;
            p.nanos = v.as_local_date_time().nanos;
            break;
        case Kind::kDateTime: {
            const graph::DateTime& t = v.as_date_time();
            p.days = t.days;
            p.nanos = t.nanos;
            p.offset = t.offset_seconds;
            p.zone = t.zone;
            break;
        }
        default:
            break;
    }
    return p;
}

graph::DateTime DateTimeAtInstant(int64_t epoch_seconds, int64_t nano, int32_t offset,
                                  const std::string& zone) {
    if (!zone.empty()) offset = ZoneOffsetAt(zone, epoch_seconds);
    const int64_t local = epoch_seconds + offset;
    return graph::DateTime{
        graph::FloorDiv(local, graph::kSecondsPerDay),
        graph::FloorMod(local, graph::kSecondsPerDay) * graph::kNanosPerSecond + nano, offset,
        zone};
}

Value MakeTemporal(Kind kind, const TemporalParts& parts) {
    const int64_t days = parts.days.value_or(0);
    const int64_t nanos = parts.nanos.value_or(0);
    int32_t offset = parts.offset.value_or(0);
    switch (kind) {
        case Kind::kDate:
            return Value(graph::Date{days});
        case Kind::kLocalTime:
            return Value(graph::LocalTime{nanos});
        case Kind::kTime:
            if (!parts.zone.empty() && !parts.offset) {
                const int64_t local = days * graph::kSecondsPerDay + nanos / graph::kNanosPerSecond;
                offset = ZoneOffsetAtLocal(parts.zone, local);
            }
            return Value(graph::Time{nanos, offset});
        case Kind::kLocalDateTime:
            return Value(graph::LocalDateTime{days, nanos});
        case Kind::kDateTime: {
            if (!parts.zone.empty()) {
                const int64_t local = days * graph::kSecondsPerDay + nanos / graph::kNanosPerSecond;
                offset = ZoneOffsetAtLocal(parts.zone, local);
            }
            return Value(graph::DateTime{days, nanos, offset, parts.zone});
        }
        default:
            return Value();
    }
}

int64_t PlusMonths(int64_t days, int64_t months) {
    if (months == 0) return days;
    int64_t y = 0;
    int m = 0, d = 0;
    graph::CivilFromDays(days, &y, &m, &d);
    const int64_t pm = y * 12 + (m - 1) + months;
    const int64_t ny = graph::FloorDiv(pm, 12);
    const int nm = static_cast<int>(graph::FloorMod(pm, 12)) + 1;
    return graph::DaysFromCivil(ny, nm, std::min(d, graph::DaysInMonth(ny, nm)));
}

int DayOfWeek(int64_t days) {
    return static_cast<int>(graph::FloorMod(days + 3, 7)) + 1;  // 1970-01-01 was a Thursday
}

int64_t DaysFromIsoWeek(int64_t week_year, int week, int day_of_week) {
    const int64_t jan4 = graph::DaysFromCivil(week_year, 1, 4);
    const int64_t monday = jan4 - (DayOfWeek(jan4) - 1);
    return monday + int64_t{week - 1} * 7 + (day_of_week - 1);
}

void IsoWeek(int64_t days, int64_t* week_year, int* week) {
    const int64_t thursday = days - DayOfWeek(days) + 4;  // the week's year is its Thursday's
    int month = 0, day = 0;
    graph::CivilFromDays(thursday, week_year, &month, &day);
    *week = static_cast<int>((thursday - graph::DaysFromCivil(*week_year, 1, 1)) / 7 + 1);
}

}  // namespace dossier::query::eval
