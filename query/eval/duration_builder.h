// DurationBuilder: sums duration components ("years", "days", "seconds", ...), whole or
// fractional, the way openCypher does: a fraction of a unit flows into the next smaller unit
// that can hold it (months into days at the mean month length, days into seconds), so
// duration({months: 0.75}) is P22DT19H51M49.5S.
#pragma once

#include <string_view>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::eval {

// The mean length of a Gregorian month in days (365.2425 / 12), as openCypher uses it.
constexpr long double kMeanDaysPerMonth = 30.436875L;

class DurationBuilder {
  public:
    // `unit` is one of years, quarters, months, weeks, days, hours, minutes, seconds,
    // milliseconds, microseconds, nanoseconds; returns false for any other name.
    // REQUIRES: amount.is_number().
    bool Add(std::string_view unit, const graph::Value& amount);
    graph::Duration Build() const { return graph::Duration::Make(months_, days_, nanos_); }

  private:
    void AddMonths(long double m);
    void AddDays(long double d);
    void AddNanos(long double n);

    int64_t months_ = 0;
    int64_t days_ = 0;
    __int128 nanos_ = 0;
};

}  // namespace dossier::query::eval
