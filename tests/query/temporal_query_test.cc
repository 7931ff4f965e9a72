// Temporal values through the whole engine: stored, filtered by range, ordered, grouped, and
// computed with (the openCypher TCK covers the functions case by case).
#include "tests/query/engine_fixture.h"

namespace dossier::query {
namespace {

class TemporalQueryTest : public EngineTest {
  protected:
    void SetUp() override {
        EngineTest::SetUp();
        Run("CREATE (:Event {kind: 'uprising', date: date('2010-04-07')}),"
            "       (:Event {kind: 'press conference', date: date('2010-04-23')}),"
            "       (:Event {kind: 'referendum', date: date('2010-06-27')}),"
            "       (:Article {published: localdatetime('2010-04-23T14:13'),"
            "                  seen: datetime('2010-04-23T14:13+06:00[Asia/Bishkek]'),"
            "                  window: duration('P30D')})");
    }
};

TEST_F(TemporalQueryTest, RangeFiltersAndOrderUseTheStoredDates) {
    EXPECT_THAT(Rows("MATCH (e:Event) WHERE date('2010-04-01') <= e.date < date('2010-05-01') "
                     "RETURN e.kind ORDER BY e.date DESC"),
                ::testing::ElementsAre("'press conference'", "'uprising'"));
    EXPECT_EQ(One("MATCH (a:Event {kind: 'uprising'}), (b:Event {kind: 'press conference'}) "
                  "RETURN duration.inDays(a.date, b.date).days"),
              "16");
    EXPECT_EQ(One("MATCH (e:Event) RETURN max(e.date)"), "date('2010-06-27')");
}

TEST_F(TemporalQueryTest, StoredTemporalsKeepTheirKind) {
    EXPECT_EQ(One("MATCH (a:Article) RETURN a.published"), "localdatetime('2010-04-23T14:13')");
    EXPECT_EQ(One("MATCH (a:Article) RETURN a.seen.timezone, a.seen.offset, a.seen.epochSeconds"),
              "'Asia/Bishkek' | '+06:00' | 1272010380");
    EXPECT_EQ(One("MATCH (a:Article) RETURN date(a.published) - a.window"), "date('2010-03-24')");
}

TEST_F(TemporalQueryTest, EqualInstantsAreEqualAndGroupByValue) {
    EXPECT_EQ(One("RETURN datetime('2010-04-23T08:13Z') = datetime('2010-04-23T14:13+06:00')"),
              "true");
    EXPECT_EQ(One("RETURN duration('P1M') < duration('P2M')"), "null");
    EXPECT_EQ(One("UNWIND [date('2010-04-07'), date('2010-04-07'), localtime('12:00')] AS d "
                  "RETURN count(DISTINCT d)"),
              "2");
}

TEST_F(TemporalQueryTest, ResultsBeyondTheSupportedYearsAreErrors) {
    EXPECT_EQ(Error("RETURN datetime.fromepoch(9223372036854775807, 0)").detail(),
              "InvalidArgumentValue");
    EXPECT_EQ(Error("RETURN date('2010-01-01') + duration({years: 3000000000})").detail(),
              "InvalidArgumentValue");
}

TEST_F(TemporalQueryTest, BadTextNamesTheValue) {
    const Status s = Error("RETURN date('2010-13-01')");
    EXPECT_NE(s.message().find("2010-13-01"), std::string::npos) << s.ToString();
    EXPECT_NE(Error("RETURN datetime('2010-04-07T10:00[Nowhere/Atlantis]')")
                  .message()
                  .find("Nowhere/Atlantis"),
              std::string::npos);
}

}  // namespace
}  // namespace dossier::query
