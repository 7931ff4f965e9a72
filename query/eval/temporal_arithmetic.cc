// Arithmetic with durations: temporal +/- duration, duration +/- duration, duration * number,
// duration / number. A date moves by months, then days, then whole days of the seconds; a time
// of day wraps around midnight; a datetime with a zone moves its local date, then its instant.
#include <cmath>

#include "query/eval/duration_builder.h"
#include "query/eval/temporal_values.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Kind = Value::Kind;

namespace {

graph::Duration Negated(const graph::Duration& d) {
    return graph::Duration::Make(-d.months, -d.days, -d.TotalNanos());
}

Value PlusDuration(const Value& t, const graph::Duration& d) {
    TemporalParts p = PartsOf(t);
    const __int128 nanos = d.TotalNanos();
    if (p.days) p.days = PlusMonths(*p.days, d.months) + d.days;
    if (!p.nanos) {
        // A date: whole days of the time part only.
        *p.days += static_cast<int64_t>(nanos / graph::kNanosPerDay);
        return MakeTemporal(t.kind(), p);
    }
    const __int128 total = static_cast<__int128>(*p.nanos) + nanos;
    __int128 day_shift = total / graph::kNanosPerDay;
    __int128 rest = total % graph::kNanosPerDay;
    if (rest < 0) {
        rest += graph::kNanosPerDay;
        day_shift -= 1;
    }
    p.nanos = static_cast<int64_t>(rest);
    if (!p.days) return MakeTemporal(t.kind(), p);  // a time of day wraps
    if (t.is_date_time() && !p.zone.empty()) {
        // Months and days move the local date (the zone decides the offset there); the time
        // part moves the instant.
        TemporalParts local = PartsOf(t);
        local.days = *p.days;
        local.offset.reset();
        const graph::DateTime moved = MakeTemporal(Kind::kDateTime, local).as_date_time();
        const __int128 instant =
            static_cast<__int128>(moved.EpochSeconds()) * graph::kNanosPerSecond +
            moved.NanoOfSecond() + nanos;
        __int128 secs = instant / graph::kNanosPerSecond, frac = instant % graph::kNanosPerSecond;
        if (frac < 0) {
            frac += graph::kNanosPerSecond;
            secs -= 1;
        }
        return Value(
            DateTimeAtInstant(static_cast<int64_t>(secs), static_cast<int64_t>(frac), 0, p.zone));
    }
    *p.days += static_cast<int64_t>(day_shift);
    return MakeTemporal(t.kind(), p);
}

// PlusDuration, unless the result would leave the years a temporal value may reach.
Result<Value> Moved(const Value& t, const graph::Duration& d) {
    constexpr int64_t kMaxMonths = 2 * kMaxYear * 12;
    constexpr int64_t kMaxDays = 2 * kMaxYear * 366;
    const __int128 days = static_cast<__int128>(d.days) + d.TotalNanos() / graph::kNanosPerDay;
    if (d.months > kMaxMonths || d.months < -kMaxMonths || days > kMaxDays || days < -kMaxDays) {
        return ArgumentError("InvalidArgumentValue", t.ToCypher() + " moved by " +
                                                         Value(d).ToCypher() + " is out of range");
    }
    return PlusDuration(t, d);
}

Result<Value> ScaleDuration(const graph::Duration& d, const Value& factor, bool divide) {
    if (divide && factor.as_number() == 0) {
        return ArgumentError("DivisionByZero", "cannot divide a duration by zero");
    }
    const long double f = factor.is_int() ? static_cast<long double>(factor.as_int())
                                          : static_cast<long double>(factor.as_float());
    if (factor.is_int() && !divide) {
        const int64_t i = factor.as_int();
        return Value(graph::Duration::Make(d.months * i, d.days * i, d.TotalNanos() * i));
    }
    auto scale = [&](long double x) { return divide ? x / f : x * f; };
    DurationBuilder b;
    b.Add("months", Value(static_cast<double>(scale(static_cast<long double>(d.months)))));
    b.Add("days", Value(static_cast<double>(scale(static_cast<long double>(d.days)))));
    b.Add("nanoseconds",
          Value(static_cast<double>(scale(static_cast<long double>(d.TotalNanos())))));
    return Value(b.Build());
}

}  // namespace

std::optional<Result<Value>> TemporalArithmetic(char op, const Value& a, const Value& b) {
    if (a.is_null() || b.is_null()) return std::nullopt;
    const bool ta = a.is_temporal() || a.is_duration();
    const bool tb = b.is_temporal() || b.is_duration();
    if (!ta && !tb) return std::nullopt;
    if (op == '+' || op == '-') {
        if (a.is_duration() && b.is_duration()) {
            graph::Duration y = op == '+' ? b.as_duration() : Negated(b.as_duration());
            const graph::Duration x = a.as_duration();
            return Result<Value>(Value(graph::Duration::Make(x.months + y.months, x.days + y.days,
                                                             x.TotalNanos() + y.TotalNanos())));
        }
        if (a.is_temporal() && b.is_duration()) {
            return Moved(a, op == '+' ? b.as_duration() : Negated(b.as_duration()));
        }
        if (op == '+' && a.is_duration() && b.is_temporal()) return Moved(b, a.as_duration());
    }
    if (op == '*' || op == '/') {
        if (a.is_duration() && b.is_number()) return ScaleDuration(a.as_duration(), b, op == '/');
        if (op == '*' && a.is_number() && b.is_duration()) {
            return ScaleDuration(b.as_duration(), a, false);
        }
    }
    return std::nullopt;
}

}  // namespace dossier::query::eval
