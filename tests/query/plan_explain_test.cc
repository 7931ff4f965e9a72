// The planner's operator choices, read from EXPLAIN: index seeks instead of scans, expansions
// into bound nodes, barriers before writes, and the operators of each clause.
#include "tests/query/engine_fixture.h"

namespace dossier::query {
namespace {

class PlanTest : public EngineTest {
  protected:
    std::string Plan(const std::string& q, const Params& params = {}) {
        return Run("EXPLAIN " + q, params).plan;
    }
};

bool Has(const std::string& plan, const std::string& part) {
    return plan.find(part) != std::string::npos;
}

TEST_F(PlanTest, ScansUseTheLabelIndexOrTheNameIndex) {
    EXPECT_TRUE(Has(Plan("MATCH (n) RETURN n"), "NodeScan(n)"));
    EXPECT_TRUE(Has(Plan("MATCH (n:Person) RETURN n"), "LabelScan(n:Person)"));
    const std::string seek =
        Plan("MATCH (n:Person) WHERE n.name = $who RETURN n", {{"who", graph::Value("Ann")}});
    EXPECT_TRUE(Has(seek, "IndexSeek(n:Person name = $who)")) << seek;
    EXPECT_FALSE(Has(seek, "Scan")) << seek;
    // The chain starts at the node the index can find, wherever it is in the pattern.
    const std::string chain = Plan("MATCH (a)-[:MET]->(b {name: 'Bob'}) RETURN a");
    EXPECT_TRUE(Has(chain, "Expand(b)<-[:MET]-(a)")) << chain;
    EXPECT_TRUE(Has(chain, "IndexSeek(b name = 'Bob')")) << chain;
}

TEST_F(PlanTest, PatternsStartAtTheRarestLabel) {
    Run("CREATE (:Person), (:Person), (:Person)-[:VISITED]->(:Country)");
    const std::string plan = Plan("MATCH (p:Person)-[:VISITED]->(c:Country) RETURN p");
    EXPECT_TRUE(Has(plan, "LabelScan(c:Country)")) << plan;
    EXPECT_TRUE(Has(plan, "Expand(c:Country)<-[:VISITED]-(p:Person)")) << plan;
    EXPECT_EQ(One("MATCH (p:Person)-[:VISITED]->(c:Country) RETURN count(p)"), "1");
}

TEST_F(PlanTest, BoundEndsExpandInto) {
    const std::string plan = Plan("MATCH (a:A), (b:B) MATCH (a)-[:T]->(b) RETURN a, b");
    EXPECT_TRUE(Has(plan, "ExpandInto(a)-[:T]->(b)")) << plan;
}

TEST_F(PlanTest, PathOperators) {
    EXPECT_TRUE(Has(Plan("MATCH (a)-[:T*1..3]->(b) RETURN b"), "VarExpand(a)-[:T*1..3]->(b)"));
    EXPECT_TRUE(Has(Plan("MATCH (a:A), (b:B), p = shortestPath((a)-[*]-(b)) RETURN p"),
                    "ShortestPath(a, b)"));
    EXPECT_TRUE(Has(Plan("MATCH p = (a)-->(b) RETURN p"), "BuildPath"));
    EXPECT_TRUE(Has(Plan("MATCH (a) OPTIONAL MATCH (a)-->(b) RETURN b"), "Optional"));
}

TEST_F(PlanTest, ProjectionOperators) {
    const std::string plan = Plan(
        "MATCH (n:Person) WITH n.age AS age, count(*) AS c WHERE c > 1 "
        "RETURN DISTINCT age ORDER BY age DESC SKIP 1 LIMIT 2");
    EXPECT_TRUE(Has(plan, "Aggregate(keys: [age], aggregates: [count(*)])")) << plan;
    EXPECT_TRUE(Has(plan, "Filter((c > 1))")) << plan;
    EXPECT_TRUE(Has(plan, "Distinct")) << plan;
    EXPECT_TRUE(Has(plan, "Sort(age DESC top 1 + 2)")) << plan;
    EXPECT_TRUE(Has(plan, "Skip(1)")) << plan;
    EXPECT_TRUE(Has(plan, "Limit(2)")) << plan;
    EXPECT_TRUE(Has(Plan("UNWIND [1] AS x RETURN x UNION RETURN 2 AS x"), "Union"));
}

TEST_F(PlanTest, WritesWaitForTheReadsBeforeThem) {
    const std::string plan = Plan("MATCH (n) CREATE (m) SET m.x = 1");
    // Innermost first in the text means bottom-up order: scan, barrier, create, barrier, set.
    const size_t set = plan.find("Set(");
    const size_t create = plan.find("Create(");
    const size_t scan = plan.find("NodeScan(n)");
    ASSERT_NE(set, std::string::npos) << plan;
    EXPECT_LT(set, create) << plan;
    EXPECT_LT(create, scan) << plan;
    EXPECT_TRUE(Has(plan, "Eager")) << plan;
    EXPECT_TRUE(Has(plan, "Drain")) << plan;
    EXPECT_TRUE(Has(Plan("MERGE (n:N {k: 1})"), "Merge"));
    EXPECT_TRUE(Has(Plan("MATCH (n) DETACH DELETE n"), "DetachDelete"));
    EXPECT_TRUE(Has(Plan("CALL db.labels() YIELD label RETURN label"), "CallProcedure(db.labels)"));
}

}  // namespace
}  // namespace dossier::query
