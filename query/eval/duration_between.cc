// duration.between(a, b) and duration.inMonths/inDays/inSeconds(a, b): the calendar distance
// between two temporal values, counted as java.time counts it (whole months, then whole days,
// then the rest; each part carries the sign of the distance).
#include "query/eval/temporal_values.h"
#include "query/eval/time_zone.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;

namespace {

// A local date and time of day.
struct Local {
    int64_t days = 0;
    int64_t nanos = 0;
    __int128 Total() const { return static_cast<__int128>(days) * graph::kNanosPerDay + nanos; }
};

int64_t ProlepticMonth(int64_t days, int* day_of_month) {
    int64_t y = 0;
    int m = 0;
    graph::CivilFromDays(days, &y, &m, day_of_month);
    return y * 12 + m - 1;
}

// The end date java.time's LocalDateTime.until uses for date units: one day less (more) when
// the end's time of day is before (after) the start's.
int64_t AdjustedEnd(const Local& from, const Local& to) {
    if (to.days > from.days && to.nanos < from.nanos) return to.days - 1;
    if (to.days < from.days && to.nanos > from.nanos) return to.days + 1;
    return to.days;
}

int64_t MonthsBetween(const Local& from, const Local& to) {
    const int64_t end = AdjustedEnd(from, to);
    int d1 = 0, d2 = 0;
    const int64_t p1 = ProlepticMonth(from.days, &d1) * 32 + d1;
    const int64_t p2 = ProlepticMonth(end, &d2) * 32 + d2;
    return (p2 - p1) / 32;
}

int64_t DaysBetween(const Local& from, const Local& to) {
    return AdjustedEnd(from, to) - from.days;
}

Value FullDuration(const Local& from, const Local& to) {
    const int64_t months = MonthsBetween(from, to);
    Local mid{PlusMonths(from.days, months), from.nanos};
    const int64_t days = DaysBetween(mid, to);
    mid.days += days;
    return Value(graph::Duration::Make(months, days, to.Total() - mid.Total()));
}

}  // namespace

Result<Value> DurationBetween(std::string_view unit, const Value& a, const Value& b) {
    if (a.is_null() || b.is_null()) return Value();
    for (const Value* v : {&a, &b}) {
        if (!v->is_temporal()) {
            return InvalidArgumentType(
                "duration." + std::string(unit) + "() expects two temporal values", *v);
        }
    }
    TemporalParts pa = PartsOf(a), pb = PartsOf(b);
    if (!pa.days || !pb.days) {
        // A time of day on one side: only the times count, on the other side's date (where a
        // clock change may fall) or on any one day.
        if (unit != "between" && unit != "inseconds") return Value(graph::Duration{});
        const int64_t day = pa.days ? *pa.days : pb.days.value_or(0);
        pa.days = day;
        pb.days = day;
    }
    Local la{*pa.days, pa.nanos.value_or(0)}, lb{*pb.days, pb.nanos.value_or(0)};
    if (pa.offset || pb.offset) {
        // Compare instants: a side without a zone is read in the other side's zone, then both
        // are seen at the first side's offset.
        auto offset_of = [](const TemporalParts& p, const TemporalParts& other, const Local& l) {
            if (p.offset) return *p.offset;
            const int64_t local = l.days * graph::kSecondsPerDay + l.nanos / graph::kNanosPerSecond;
            if (!other.zone.empty()) return ZoneOffsetAtLocal(other.zone, local);
            return *other.offset;
        };
        const int32_t oa = offset_of(pa, pb, la), ob = offset_of(pb, pa, lb);
        const __int128 total = lb.Total() - static_cast<__int128>(ob - oa) * graph::kNanosPerSecond;
        lb.days = static_cast<int64_t>(total / graph::kNanosPerDay);
        lb.nanos = static_cast<int64_t>(total % graph::kNanosPerDay);
        if (lb.nanos < 0) {
            lb.nanos += graph::kNanosPerDay;
            lb.days -= 1;
        }
    }
    if (unit == "inmonths") return Value(graph::Duration{MonthsBetween(la, lb), 0, 0, 0});
    if (unit == "indays") return Value(graph::Duration{0, DaysBetween(la, lb), 0, 0});
    if (unit == "inseconds") return Value(graph::Duration::Make(0, 0, lb.Total() - la.Total()));
    return FullDuration(la, lb);
}

}  // namespace dossier::query::eval
