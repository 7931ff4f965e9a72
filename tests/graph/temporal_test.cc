// The temporal values of graph/temporal.h: calendar arithmetic and ISO 8601 notation.
#include "graph/temporal.h"

#include <gtest/gtest.h>

namespace dossier::graph {
namespace {

TEST(TemporalTest, CalendarRoundTripsAcrossEras) {
    for (int64_t days : {int64_t{-719528}, int64_t{-1}, int64_t{0}, int64_t{17704},
                         int64_t{2932896}, int64_t{-365243219162}}) {
        int64_t y = 0;
        int m = 0, d = 0;
        CivilFromDays(days, &y, &m, &d);
        EXPECT_EQ(DaysFromCivil(y, m, d), days) << y << "-" << m << "-" << d;
    }
    EXPECT_EQ(Date::FromYmd(2018, 6, 22).ToIso(), "2018-06-22");
    EXPECT_EQ(Date::FromYmd(-1, 1, 1).ToIso(), "-0001-01-01");
    EXPECT_EQ(Date::FromYmd(12018, 6, 22).ToIso(), "+12018-06-22");
    EXPECT_FALSE(Date::FromIso("2018-02-29"));
    EXPECT_EQ(FloorDiv(-1, 7), -1);
    EXPECT_EQ(FloorMod(-1, 7), 6);
}

TEST(TemporalTest, TimesPrintTheirFractionInGroupsOfThreeDigits) {
    EXPECT_EQ(LocalTime{14 * 3600 * kNanosPerSecond + 13 * 60 * kNanosPerSecond}.ToIso(), "14:13");
    EXPECT_EQ(LocalTime{kNanosPerSecond + 142'000'000}.ToIso(), "00:00:01.142");
    EXPECT_EQ(LocalTime{kNanosPerSecond + 142'500}.ToIso(), "00:00:01.000142500");
    EXPECT_EQ((Time{0, 3600}.ToIso()), "00:00+01:00");
    EXPECT_EQ((Time{0, 0}.ToIso()), "00:00Z");
    EXPECT_EQ((Time{0, -(2 * 3600 + 5 * 60 + 7)}.ToIso()), "00:00-02:05:07");
    EXPECT_EQ((DateTime{17704, 51180 * kNanosPerSecond, 21600, "Asia/Bishkek"}.ToIso()),
              "2018-06-22T14:13+06:00[Asia/Bishkek]");
    EXPECT_EQ((DateTime{0, 0, 3600, ""}.EpochSeconds()), -3600);
}

TEST(TemporalTest, DurationsPrintEachPartWithItsSign) {
    EXPECT_EQ(Duration{}.ToIso(), "PT0S");
    EXPECT_EQ((Duration{14, 3, 0, 0}.ToIso()), "P1Y2M3D");
    EXPECT_EQ(Duration::Make(0, 0, -1'999'000'000).ToIso(), "PT-1.999S");
    EXPECT_EQ(Duration::Make(0, 0, -60'001'000'000).ToIso(), "PT-1M-0.001S");
    EXPECT_EQ(Duration::Make(0, 1, -1'000'000).ToIso(), "P1DT-0.001S");
    EXPECT_EQ(Duration::Make(0, 0, 3661 * kNanosPerSecond).ToIso(), "PT1H1M1S");
    // The stored form keeps nanos in [0, 1e9).
    const Duration d = Duration::Make(0, 0, -1);
    EXPECT_EQ(d.seconds, -1);
    EXPECT_EQ(d.nanos, 999'999'999);
}

}  // namespace
}  // namespace dossier::graph
