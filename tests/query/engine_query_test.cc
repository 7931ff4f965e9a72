// Projection, aggregation, ordering, UNWIND, UNION, CASE, comprehensions, EXPLAIN and PROFILE,
// parameters, cursors, cancellation, procedures and SplitStatements.
#include <chrono>

#include "tests/query/engine_fixture.h"

namespace dossier::query {
namespace {

using ::testing::ElementsAre;

class QueryTest : public EngineTest {
  protected:
    void SetUp() override {
        EngineTest::SetUp();
        Run("CREATE (a:Person {name: 'Ann', age: 30}), (b:Person {name: 'Bob', age: 40}),"
            " (c:Person {name: 'Cid', age: 40}), (o:Organization {name: 'Parliament'}),"
            " (a)-[:MEMBER_OF]->(o), (b)-[:MEMBER_OF]->(o), (a)-[:MET]->(b)");
    }
};

TEST_F(QueryTest, AggregationGroupsByTheOtherItems) {
    EXPECT_THAT(
        Rows("MATCH (p:Person) RETURN p.age AS age, count(*) AS n, collect(p.name) AS names "
             "ORDER BY age"),
        ElementsAre("30 | 1 | ['Ann']", "40 | 2 | ['Bob', 'Cid']"));
    EXPECT_EQ(One("MATCH (p:Person) RETURN count(DISTINCT p.age), sum(p.age), avg(p.age)"),
              "2 | 110 | 36.666666666666664");
    EXPECT_EQ(One("MATCH (p:Nobody) RETURN count(p), collect(p)"), "0 | []");
    EXPECT_THAT(Rows("MATCH (o:Organization)<-[:MEMBER_OF]-(p) "
                     "RETURN o.name, count(p) AS members ORDER BY members DESC LIMIT 10"),
                ElementsAre("'Parliament' | 2"));
}

TEST_F(QueryTest, OrderSkipLimitDistinct) {
    EXPECT_THAT(Rows("MATCH (p:Person) RETURN p.name ORDER BY p.age DESC, p.name SKIP 1 LIMIT 1"),
                ElementsAre("'Cid'"));
    EXPECT_THAT(Rows("MATCH (p:Person) RETURN DISTINCT p.age ORDER BY p.age"),
                ElementsAre("30", "40"));
    EXPECT_THAT(Rows("MATCH (p:Person) WITH p ORDER BY p.name DESC LIMIT 2 RETURN p.name"),
                ElementsAre("'Cid'", "'Bob'"));
}

TEST_F(QueryTest, OrderByWithLimitKeepsTheFirstRowsInOrder) {
    // Ties keep their input order, as with a full sort.
    const std::string q = "UNWIND range(1, 40) AS i RETURN i % 4 AS k, i ORDER BY k DESC";
    auto all = Rows(q);
    ASSERT_EQ(all.size(), 40u);
    EXPECT_THAT(Rows(q + " LIMIT 3"), ElementsAre("3 | 3", "3 | 7", "3 | 11"));
    EXPECT_EQ(Rows(q + " SKIP 8 LIMIT 4"),
              std::vector<std::string>(all.begin() + 8, all.begin() + 12));
    EXPECT_EQ(Rows(q + " SKIP $s LIMIT $l", {{"s", Value(int64_t{38})}, {"l", Value(int64_t{9})}}),
              std::vector<std::string>(all.begin() + 38, all.end()));
    EXPECT_TRUE(Rows(q + " LIMIT 0").empty());
    EXPECT_NE(Run("EXPLAIN " + q + " LIMIT 3").plan.find("top 3"), std::string::npos);
    // A count that is not a constant still sorts every row and is checked by LIMIT.
    EXPECT_EQ(Rows(q + " LIMIT toInteger(2.0)").size(), 2u);
    EXPECT_NE(Error(q + " LIMIT -1").message().find("LIMIT"), std::string::npos);
}

TEST_F(QueryTest, WithWhereAndUnwind) {
    EXPECT_THAT(Rows("MATCH (p:Person) WITH p.age AS age, count(*) AS n WHERE n > 1 RETURN age"),
                ElementsAre("40"));
    EXPECT_THAT(Rows("UNWIND [3, 1, null, 2] AS x WITH x WHERE x IS NOT NULL RETURN x ORDER BY x"),
                ElementsAre("1", "2", "3"));
    EXPECT_TRUE(Rows("UNWIND [] AS x RETURN x").empty());
}

TEST_F(QueryTest, UnionAndUnionAll) {
    EXPECT_THAT(Rows("RETURN 1 AS x UNION RETURN 1 AS x"), ElementsAre("1"));
    EXPECT_THAT(Rows("RETURN 1 AS x UNION ALL RETURN 1 AS x"), ElementsAre("1", "1"));
}

TEST_F(QueryTest, ExpressionsInProjections) {
    EXPECT_EQ(One("RETURN CASE WHEN 1 > 2 THEN 'a' ELSE 'b' END, CASE 2 WHEN 2 THEN 'two' END"),
              "'b' | 'two'");
    EXPECT_EQ(One("RETURN [x IN range(1, 6) WHERE x % 2 = 0 | x * 10]"), "[20, 40, 60]");
    EXPECT_EQ(One("RETURN reduce(s = 0, x IN [1, 2, 3] | s + x), any(x IN [1, 2] WHERE x > 1)"),
              "6 | true");
    EXPECT_EQ(One("MATCH (a {name: 'Ann'}) RETURN a {.name, .age}"), "{age: 30, name: 'Ann'}");
    EXPECT_EQ(One("RETURN $name + '!' AS greeting", {{"name", graph::Value("hi")}}), "'hi!'");
    EXPECT_EQ(One("MATCH (p:Person) WHERE p.name =~ 'A.*' RETURN p.name"), "'Ann'");
}

TEST_F(QueryTest, RuntimeTypeErrorNamesTheValue) {
    Status s = Error("MATCH (p:Person {name: 'Ann'}) RETURN p.name * 2");
    EXPECT_EQ(s.code(), Status::Code::kTypeError);
    EXPECT_NE(s.message().find("'Ann'"), std::string::npos) << s.ToString();
    EXPECT_EQ(Error("RETURN $missing").detail(), "MissingParameter");
}

TEST_F(QueryTest, ExplainShowsThePlanWithoutRunningIt) {
    auto r = Run("EXPLAIN MATCH (p:Person {name: 'Ann'})-[:MET]->(q) CREATE (q)-[:KNOWS]->(p)");
    EXPECT_NE(r.plan.find("IndexSeek(p:Person name = 'Ann')"), std::string::npos) << r.plan;
    EXPECT_NE(r.plan.find("  Expand(p:Person)-[:MET]->(q)"), std::string::npos) << r.plan;
    EXPECT_EQ(r.columns, std::vector<std::string>{"plan"});
    EXPECT_FALSE(r.rows.empty());
    EXPECT_EQ(One("MATCH ()-[k:KNOWS]->() RETURN count(k)"), "0") << "EXPLAIN must not write";
}

TEST_F(QueryTest, ProfileCountsRowsPerOperator) {
    auto r = Run("PROFILE MATCH (p:Person) RETURN p.name");
    EXPECT_EQ(r.rows.size(), 3u);
    EXPECT_NE(r.plan.find("LabelScan(p:Person)  [rows=3"), std::string::npos) << r.plan;
}

TEST_F(QueryTest, CursorStreamsAndCancelStops) {
    auto cursor = engine_->Run("UNWIND range(1, 1000000) AS i RETURN i");
    ASSERT_TRUE(cursor.ok());
    Row row;
    auto first = (*cursor)->Next(&row);
    ASSERT_TRUE(first.ok() && *first);
    EXPECT_EQ(Render(row), "1");
    engine_->Cancel();
    auto next = (*cursor)->Next(&row);
    ASSERT_FALSE(next.ok());
    EXPECT_EQ(next.status().code(), Status::Code::kCancelled);
}

TEST_F(QueryTest, TimeoutStopsAStatementAndRollsItBack) {
    engine_->SetTimeout(std::chrono::milliseconds(200));
    // About 10^12 rows: without the limit this would run for hours.
    Status read = Error(
        "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y WITH x WHERE x < 0 "
        "RETURN count(*)");
    EXPECT_EQ(read.code(), Status::Code::kCancelled);
    EXPECT_EQ(read.detail(), kTimeoutDetail);
    EXPECT_EQ(read.message(), "query stopped after 0.2 s");

    Status write = Error(
        "UNWIND range(1, 1000000) AS x UNWIND range(1, 1000000) AS y "
        "CREATE (:Tick {x: x})");
    EXPECT_EQ(write.detail(), kTimeoutDetail);
    engine_->SetTimeout(std::chrono::milliseconds(0));
    EXPECT_EQ(One("MATCH (t:Tick) RETURN count(t)"), "0");
    // A statement within its limit is not disturbed by it.
    engine_->SetTimeout(std::chrono::milliseconds(60'000));
    EXPECT_EQ(One("UNWIND range(1, 1000) AS x RETURN sum(x)"), "500500");
}

TEST_F(QueryTest, Procedures) {
    EXPECT_THAT(Rows("CALL db.labels() YIELD label RETURN label ORDER BY label"),
                ElementsAre("'Organization'", "'Person'"));
    EXPECT_THAT(Rows("CALL db.relationshipTypes() YIELD relationshipType AS t RETURN t ORDER BY t"),
                ElementsAre("'MEMBER_OF'", "'MET'"));
    EXPECT_THAT(Rows("CALL algo.degree() YIELD node, score "
                     "RETURN node.name, score ORDER BY score DESC, node.name LIMIT 2"),
                ElementsAre("'Ann' | 2.0", "'Bob' | 2.0"));
    EXPECT_THAT(Rows("CALL algo.connectedComponents('Person') YIELD node, component "
                     "RETURN count(DISTINCT component)"),
                ElementsAre("2"));
    EXPECT_THAT(Rows("CALL algo.pageRank(null, 'MEMBER_OF') YIELD node, score "
                     "RETURN node.name ORDER BY score DESC LIMIT 1"),
                ElementsAre("'Parliament'"));
    EXPECT_THAT(Rows("CALL algo.betweenness('Person', 'MET') YIELD node, score "
                     "RETURN sum(score)"),
                ElementsAre("0.0"));
    EXPECT_EQ(Error("CALL no.such()").detail(), "ProcedureNotFound");
}

TEST(SplitStatementsTest, SplitsOutsideStringsAndComments) {
    EXPECT_EQ(SplitStatements("RETURN 1; RETURN ';' ; // a; comment\n ;RETURN `a;b`"),
              (std::vector<std::string>{"RETURN 1", "RETURN ';'", "RETURN `a;b`"}))
        << "a statement of only a comment is blank";
    EXPECT_TRUE(SplitStatements(" ;  ; ").empty());
    EXPECT_EQ(SplitStatements("RETURN 'it\\'s;'"), (std::vector<std::string>{"RETURN 'it\\'s;'"}));
}

}  // namespace
}  // namespace dossier::query
