#include "query/eval/duration_builder.h"

#include <cmath>

namespace dossier::query::eval {

namespace {

constexpr long double kNanosPerDay = static_cast<long double>(graph::kNanosPerDay);

}  // namespace

void DurationBuilder::AddMonths(long double m) {
    const long double whole = std::trunc(m);
    months_ += static_cast<int64_t>(whole);
    if (m != whole) AddDays((m - whole) * kMeanDaysPerMonth);
}

void DurationBuilder::AddDays(long double d) {
    const long double whole = std::trunc(d);
    days_ += static_cast<int64_t>(whole);
    if (d != whole) AddNanos((d - whole) * kNanosPerDay);
}

void DurationBuilder::AddNanos(long double n) {
    // Whole nanoseconds: a fraction is cut off, but an amount within rounding noise of a whole
    // number (0.2184375 days in nanoseconds, computed in binary) is that number.
    constexpr long double kNoise = 1e-3L;
    const long double nearest = std::round(n);
    nanos_ += static_cast<__int128>(std::fabs(n - nearest) < kNoise ? nearest : std::trunc(n));
}

bool DurationBuilder::Add(std::string_view unit, const graph::Value& amount) {
    // Whole amounts are added exactly; fractional ones through long double.
    const bool whole = amount.is_int();
    const int64_t i = whole ? amount.as_int() : 0;
    const long double x = whole ? static_cast<long double>(i) : amount.as_float();
    auto nanos = [&](int64_t per) {
        if (whole) {
            nanos_ += static_cast<__int128>(i) * per;
        } else {
            AddNanos(x * per);
        }
    };
    if (unit == "years") {
        AddMonths(x * 12);
    } else if (unit == "quarters") {
        AddMonths(x * 3);
    } else if (unit == "months") {
        AddMonths(x);
    } else if (unit == "weeks") {
        AddDays(x * 7);
    } else if (unit == "days") {
        AddDays(x);
    } else if (unit == "hours") {
        nanos(3600 * graph::kNanosPerSecond);
    } else if (unit == "minutes") {
        nanos(60 * graph::kNanosPerSecond);
    } else if (unit == "seconds") {
        nanos(graph::kNanosPerSecond);
    } else if (unit == "milliseconds") {
        nanos(1'000'000);
    } else if (unit == "microseconds") {
        nanos(1'000);
    } else if (unit == "nanoseconds") {
        nanos(1);
    } else {
        return false;
    }
    return true;
}

}  // namespace dossier::query::eval
