#include "importers/events/date_resolver.h"

#include <gtest/gtest.h>

namespace dossier::importers {
namespace {

// 2018-06-22 was a Friday.
TEST(DateResolver, AbsoluteDates) {
    DateResolver r("2018-06-22");
    EXPECT_EQ(r.Resolve("April 23"), "2018-04-23");
    EXPECT_EQ(r.Resolve("on April 23"), "2018-04-23");
    EXPECT_EQ(r.Resolve("23 April 2010"), "2010-04-23");
    EXPECT_EQ(r.Resolve("April 23, 2010"), "2010-04-23");
    EXPECT_EQ(r.Resolve("22-06-2018"), "2018-06-22");
    EXPECT_EQ(r.Resolve("2018-06-22"), "2018-06-22");
    EXPECT_EQ(r.Resolve("Feb 30"), "");  // no such day
}

TEST(DateResolver, MonthDayWithoutYearNeverLandsFarAfterTheArticle) {
    DateResolver r("2018-01-10");
    EXPECT_EQ(r.Resolve("December 28"), "2017-12-28");
    EXPECT_EQ(r.Resolve("January 20"), "2018-01-20");
}

TEST(DateResolver, WeekdaysAreTheMostRecentOnOrBeforeTheArticle) {
    DateResolver r("2018-06-22");
    EXPECT_EQ(r.Resolve("Tuesday"), "2018-06-19");
    EXPECT_EQ(r.Resolve("on Thursday"), "2018-06-21");
    EXPECT_EQ(r.Resolve("Friday"), "2018-06-22");
    EXPECT_EQ(r.Resolve("last Friday"), "2018-06-15");
    EXPECT_EQ(r.Resolve("next Monday"), "2018-06-25");
    EXPECT_EQ(r.Resolve("early Monday morning"), "2018-06-18");
}

TEST(DateResolver, RelativeExpressions) {
    DateResolver r("2018-06-22");
    EXPECT_EQ(r.Resolve("yesterday"), "2018-06-21");
    EXPECT_EQ(r.Resolve("today"), "2018-06-22");
    EXPECT_EQ(r.Resolve("last week"), "2018-06-15");
}

TEST(DateResolver, WithoutArticleDateOnlyFullDatesResolve) {
    DateResolver r("");
    EXPECT_EQ(r.Resolve("Tuesday"), "");
    EXPECT_EQ(r.Resolve("April 23"), "");
    EXPECT_EQ(r.Resolve("April 23, 2010"), "2010-04-23");
}

TEST(DateResolver, NotDates) {
    DateResolver r("2018-06-22");
    EXPECT_EQ(r.Resolve("May"), "");
    EXPECT_EQ(r.Resolve("the parliament"), "");
    EXPECT_EQ(r.Resolve("83 people"), "");
}

}  // namespace
}  // namespace dossier::importers
