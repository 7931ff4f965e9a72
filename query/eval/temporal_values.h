// The temporal functions, properties and operators of the query language (openCypher's date,
// localtime, time, localdatetime, datetime and duration), over the values of graph/temporal.h.
//
// Internal to query/eval: functions.cc, access.cc and arithmetic.cc call in here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::eval {

// The years a temporal value may reach, as in java.time and the openCypher TCK.
constexpr int64_t kMaxYear = 999'999'999;
// The instants datetime.fromepoch() accepts: within the years above.
constexpr int64_t kMaxEpochSeconds = kMaxYear * 366 * graph::kSecondsPerDay;

// A temporal value taken apart: the date (days since 1970-01-01), the local time of day
// (nanoseconds), the UTC offset and the zone name, each present when the kind has it.
struct TemporalParts {
    std::optional<int64_t> days;
    std::optional<int64_t> nanos;
    std::optional<int32_t> offset;
    std::string zone;  // empty: a bare offset
};

TemporalParts PartsOf(const graph::Value& v);

// Builds a value of `kind` from parts; fields the kind does not have are ignored, fields it
// needs default to 1970-01-01, midnight and UTC. A named zone decides the offset for the local
// date and time (ICU).
graph::Value MakeTemporal(graph::Value::Kind kind, const TemporalParts& parts);

// The datetime at an instant (seconds since the epoch and nanoseconds within), seen from a zone
// or, when `zone` is empty, from `offset`.
graph::DateTime DateTimeAtInstant(int64_t epoch_seconds, int64_t nano, int32_t offset,
                                  const std::string& zone);

// Parses the ISO 8601 text of a value of `kind` ("2015-W30-2", "21:40:32.142+0100",
// "2015-07-21T21:40[Europe/London]", "P1Y2M", ...); InvalidArgumentValue when it is none.
Result<graph::Value> ParseTemporal(graph::Value::Kind kind, std::string_view text);

// Parses "+01:00", "-0130", "+01", "Z" (into *offset) or a zone name (into *zone).
Status ParseZone(std::string_view text, int32_t* offset, std::string* zone);

// date({year: 1984, week: 10, dayOfWeek: 3}), time({hour: 12, timezone: '+01:00'}),
// datetime({datetime: other, day: 28}), duration({days: 1.5}), ...
Result<graph::Value> TemporalFromMap(graph::Value::Kind kind, const graph::Map& map);

// Applies the fields of `map` ({year: ..., day: ..., timezone: ...}) to `base` and makes a value
// of `kind`. `convert_zone` makes a new timezone keep the instant (construction) rather than
// replace the zone (truncation overrides).
Result<graph::Value> ApplyTemporalFields(graph::Value::Kind kind, TemporalParts base,
                                         const graph::Map& map, bool convert_zone);

// date.truncate('month', d [, {day: 2}]) and its siblings.
Result<graph::Value> TruncateTemporal(graph::Value::Kind kind, const std::string& unit,
                                      const graph::Value& value, const graph::Map& overrides);

// duration.between(a, b), duration.inMonths/inDays/inSeconds(a, b): `unit` is "between",
// "inmonths", "indays" or "inseconds".
Result<graph::Value> DurationBetween(std::string_view unit, const graph::Value& a,
                                     const graph::Value& b);

// d.year, t.timezone, dur.days, ...: a key the kind does not have is an error.
Result<graph::Value> TemporalProperty(const graph::Value& v, std::string_view key);

// Temporal +/- duration, duration +/- duration, duration * or / number. nullopt when neither
// operand is temporal (the caller handles numbers, strings and lists).
std::optional<Result<graph::Value>> TemporalArithmetic(char op, const graph::Value& a,
                                                       const graph::Value& b);

// ISO week fields of a date.
// The day `months` calendar months after `days` (days since 1970-01-01), its day of month cut
// to the target month's length: 2010-01-31 plus one month is 2010-02-28.
int64_t PlusMonths(int64_t days, int64_t months);
int DayOfWeek(int64_t days);  // 1 = Monday ... 7 = Sunday
void IsoWeek(int64_t days, int64_t* week_year, int* week);
int64_t DaysFromIsoWeek(int64_t week_year, int week, int day_of_week);

}  // namespace dossier::query::eval
