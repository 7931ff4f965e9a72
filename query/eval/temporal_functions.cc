// The temporal functions: date(), localtime(), time(), localdatetime(), datetime(),
// duration() with their .truncate, .statement/.transaction/.realtime clocks,
// datetime.fromepoch(millis) and duration.between/inMonths/inDays/inSeconds.
#include <chrono>
#include <cstdlib>

#include "query/eval/functions.h"
#include "query/eval/temporal_values.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;
using Kind = Value::Kind;
using Args = std::vector<Value>;

namespace {

const char* KindFunctionName(Kind kind) {
    return MakeTemporal(kind, {}).is_null() ? "duration"
                                            : MakeTemporal(kind, {}).TemporalKindName();
}

int64_t SystemNanos() {
    const auto since_epoch = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::nanoseconds>(since_epoch).count();
}

// The instant `nanos` (since the epoch) in a zone (UTC when `zone_arg` is absent), as a value of
// `kind`.
Result<Value> Now(Kind kind, int64_t nanos, const Value* zone_arg) {
    int32_t offset = 0;
    std::string zone;
    if (zone_arg && !zone_arg->is_null()) {
        if (!zone_arg->is_string())
            return InvalidArgumentType("a time zone must be a string", *zone_arg);
        DOSSIER_RETURN_IF_ERROR(ParseZone(zone_arg->as_string(), &offset, &zone));
    }
    graph::DateTime t =
        DateTimeAtInstant(graph::FloorDiv(nanos, graph::kNanosPerSecond),
                          graph::FloorMod(nanos, graph::kNanosPerSecond), offset, zone);
    TemporalParts parts{t.days, t.nanos, t.offset_seconds, t.zone};
    if (kind == Kind::kTime) parts.zone.clear();
    return MakeTemporal(kind, parts);
}

// Converts a temporal value into `kind` (date(datetime), localtime(time), ...).
Result<Value> Select(Kind kind, const Value& v) {
    TemporalParts p = PartsOf(v);
    const bool needs_date =
        kind == Kind::kDate || kind == Kind::kLocalDateTime || kind == Kind::kDateTime;
    const bool needs_time = kind != Kind::kDate;
    if ((needs_date && !p.days) || (needs_time && !p.nanos && kind != Kind::kDateTime)) {
        return InvalidArgumentType(
            std::string(KindFunctionName(kind)) + "() cannot take its value from this kind", v);
    }
    if (!p.nanos) p.nanos = 0;
    return MakeTemporal(kind, p);
}

int64_t StatementNanos(const FunctionContext& ctx) {
    return ctx.statement_time ? *ctx.statement_time : SystemNanos();
}

template <Kind K>
Result<Value> Construct(const Args& a, const FunctionContext& ctx) {
    if (a.empty()) return Now(K, StatementNanos(ctx), nullptr);
    const Value& v = a[0];
    if (v.is_null()) return v;
    if (v.is_string()) return ParseTemporal(K, v.as_string());
    if (v.is_map()) {
        const graph::Map& m = v.as_map();
        if (K != Kind::kDuration && m.size() == 1 && m.count("timezone")) {
            return Now(K, StatementNanos(ctx), &m.at("timezone"));
        }
        return TemporalFromMap(K, m);
    }
    if (K == Kind::kDuration) {
        if (v.is_duration()) return v;
        return InvalidArgumentType("duration() expects a string or a map", v);
    }
    if (v.is_temporal()) return Select(K, v);
    return InvalidArgumentType(
        std::string(KindFunctionName(K)) + "() expects a string, a map or a temporal value", v);
}

// The .statement and .transaction clocks (one statement is one transaction here), and with
// `realtime` the system clock.
template <Kind K, bool realtime>
Result<Value> Clock(const Args& a, const FunctionContext& ctx) {
    if (!a.empty() && a[0].is_null()) return Value();
    return Now(K, realtime ? SystemNanos() : StatementNanos(ctx), a.empty() ? nullptr : &a[0]);
}

template <Kind K>
Result<Value> Truncate(const Args& a, const FunctionContext&) {
    if (a[0].is_null() || a[1].is_null()) return Value();
    if (!a[0].is_string()) return InvalidArgumentType("truncate() expects a unit name", a[0]);
    if (!a[1].is_temporal())
        return InvalidArgumentType("truncate() expects a temporal value", a[1]);
    graph::Map overrides;
    if (a.size() > 2 && !a[2].is_null()) {
        if (!a[2].is_map()) return InvalidArgumentType("truncate() expects a map of fields", a[2]);
        overrides = a[2].as_map();
    }
    return TruncateTemporal(K, a[0].as_string(), a[1], overrides);
}

Result<Value> FromEpoch(const Args& a, const FunctionContext&) {
    if (a[0].is_null() || a[1].is_null()) return Value();
    if (!a[0].is_int() || !a[1].is_int()) {
        return InvalidArgumentType("datetime.fromepoch() expects integers",
                                   a[0].is_int() ? a[1] : a[0]);
    }
    const int64_t total = a[1].as_int();
    if (std::llabs(a[0].as_int()) > kMaxEpochSeconds) {
        return ArgumentError("InvalidArgumentValue", "datetime.fromepoch(): " + a[0].ToCypher() +
                                                         " seconds is out of range");
    }
    return Value(DateTimeAtInstant(a[0].as_int() + graph::FloorDiv(total, graph::kNanosPerSecond),
                                   graph::FloorMod(total, graph::kNanosPerSecond), 0, ""));
}

Result<Value> FromEpochMillis(const Args& a, const FunctionContext&) {
    if (a[0].is_null()) return Value();
    if (!a[0].is_int())
        return InvalidArgumentType("datetime.fromepochmillis() expects an integer", a[0]);
    const int64_t ms = a[0].as_int();
    if (std::llabs(ms / 1000) > kMaxEpochSeconds) {
        return ArgumentError("InvalidArgumentValue",
                             "datetime.fromepochmillis(): " + a[0].ToCypher() + " is out of range");
    }
    return Value(
        DateTimeAtInstant(graph::FloorDiv(ms, 1000), graph::FloorMod(ms, 1000) * 1'000'000, 0, ""));
}

template <const char* Unit>
Result<Value> Between(const Args& a, const FunctionContext&) {
    return DurationBetween(Unit, a[0], a[1]);
}

constexpr char kBetween[] = "between";
constexpr char kInMonths[] = "inmonths";
constexpr char kInDays[] = "indays";
constexpr char kInSeconds[] = "inseconds";

}  // namespace

const std::vector<FunctionDef>& TemporalFunctions() {
    static const std::vector<FunctionDef> defs = {
        {"date", 0, 1, Construct<Kind::kDate>},
        {"localtime", 0, 1, Construct<Kind::kLocalTime>},
        {"time", 0, 1, Construct<Kind::kTime>},
        {"localdatetime", 0, 1, Construct<Kind::kLocalDateTime>},
        {"datetime", 0, 1, Construct<Kind::kDateTime>},
        {"duration", 1, 1, Construct<Kind::kDuration>},
        {"date.truncate", 2, 3, Truncate<Kind::kDate>},
        {"localtime.truncate", 2, 3, Truncate<Kind::kLocalTime>},
        {"time.truncate", 2, 3, Truncate<Kind::kTime>},
        {"localdatetime.truncate", 2, 3, Truncate<Kind::kLocalDateTime>},
        {"datetime.truncate", 2, 3, Truncate<Kind::kDateTime>},
        {"date.statement", 0, 1, Clock<Kind::kDate, false>},
        {"date.transaction", 0, 1, Clock<Kind::kDate, false>},
        {"date.realtime", 0, 1, Clock<Kind::kDate, true>},
        {"localtime.statement", 0, 1, Clock<Kind::kLocalTime, false>},
        {"localtime.transaction", 0, 1, Clock<Kind::kLocalTime, false>},
        {"localtime.realtime", 0, 1, Clock<Kind::kLocalTime, true>},
        {"time.statement", 0, 1, Clock<Kind::kTime, false>},
        {"time.transaction", 0, 1, Clock<Kind::kTime, false>},
        {"time.realtime", 0, 1, Clock<Kind::kTime, true>},
        {"localdatetime.statement", 0, 1, Clock<Kind::kLocalDateTime, false>},
        {"localdatetime.transaction", 0, 1, Clock<Kind::kLocalDateTime, false>},
        {"localdatetime.realtime", 0, 1, Clock<Kind::kLocalDateTime, true>},
        {"datetime.statement", 0, 1, Clock<Kind::kDateTime, false>},
        {"datetime.transaction", 0, 1, Clock<Kind::kDateTime, false>},
        {"datetime.realtime", 0, 1, Clock<Kind::kDateTime, true>},
        {"datetime.fromepoch", 2, 2, FromEpoch},
        {"datetime.fromepochmillis", 1, 1, FromEpochMillis},
        {"duration.between", 2, 2, Between<kBetween>},
        {"duration.inmonths", 2, 2, Between<kInMonths>},
        {"duration.indays", 2, 2, Between<kInDays>},
        {"duration.inseconds", 2, 2, Between<kInSeconds>},
    };
    return defs;
}

}  // namespace dossier::query::eval
