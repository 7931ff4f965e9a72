// MATCH, WHERE, OPTIONAL MATCH, variable length and shortest paths, end to end on a store.
#include "tests/query/engine_fixture.h"

namespace dossier::query {
namespace {

using ::testing::ElementsAre;
using ::testing::UnorderedElementsAre;

class MatchTest : public EngineTest {
  protected:
    void SetUp() override {
        EngineTest::SetUp();
        Run("CREATE (a:Person {name: 'Ann', age: 30}), (b:Person {name: 'Bob', age: 40}),"
            " (c:Person {name: 'Cid'}), (k:Country {name: 'Kyrgyzstan'}),"
            " (a)-[:MET {year: 2010}]->(b), (b)-[:MET {year: 2012}]->(c),"
            " (a)-[:VISITED]->(k), (c)-[:VISITED]->(k)");
    }
};

TEST_F(MatchTest, LabelScanAndProperties) {
    EXPECT_THAT(Rows("MATCH (p:Person) RETURN p.name ORDER BY p.name"),
                ElementsAre("'Ann'", "'Bob'", "'Cid'"));
    EXPECT_EQ(One("MATCH (n) RETURN count(n)"), "4");
    EXPECT_EQ(One("MATCH (p:Person {name: 'Bob'}) RETURN p.age"), "40");
}

TEST_F(MatchTest, ExistsWithAWholeSubquery) {
    // Ann met one person and visited one country; Bob met one; Cid visited one.
    EXPECT_THAT(Rows("MATCH (p:Person) WHERE EXISTS { MATCH (p)-->(x) WITH p, count(x) AS n "
                     "WHERE n = 2 RETURN n } RETURN p.name"),
                ElementsAre("'Ann'"));
    EXPECT_THAT(Rows("MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:VISITED]->(c) RETURN c UNION "
                     "MATCH (p)<-[:MET]-(o) WHERE o.age > 35 RETURN o AS c } "
                     "RETURN p.name ORDER BY p.name"),
                ElementsAre("'Ann'", "'Cid'"));
    // Nested: people who met someone who visited a country.
    EXPECT_THAT(Rows("MATCH (p:Person) WHERE EXISTS { MATCH (p)-[:MET]->(o) WHERE EXISTS { "
                     "MATCH (o)-[:VISITED]->(:Country) RETURN 1 } RETURN o } RETURN p.name"),
                ElementsAre("'Bob'"));
    EXPECT_EQ(Error("MATCH (p) WHERE EXISTS { MATCH (p)-->(q) RETURN r } RETURN p").detail(),
              "UndefinedVariable");
}

TEST_F(MatchTest, ExpandInEveryDirection) {
    EXPECT_THAT(Rows("MATCH (a:Person {name: 'Ann'})-[:MET]->(b) RETURN b.name"),
                ElementsAre("'Bob'"));
    EXPECT_THAT(Rows("MATCH (b {name: 'Bob'})<-[r:MET]-(a) RETURN a.name, r.year"),
                ElementsAre("'Ann' | 2010"));
    EXPECT_THAT(Rows("MATCH ({name: 'Bob'})-[:MET]-(x) RETURN x.name ORDER BY x.name"),
                ElementsAre("'Ann'", "'Cid'"));
    EXPECT_THAT(Rows("MATCH (x)-[:VISITED|MET]->(:Country) RETURN x.name ORDER BY x.name"),
                ElementsAre("'Ann'", "'Cid'"));
}

TEST_F(MatchTest, WhereWithNullLogic) {
    EXPECT_THAT(Rows("MATCH (p:Person) WHERE p.age > 35 OR p.name STARTS WITH 'C' "
                     "RETURN p.name ORDER BY p.name"),
                ElementsAre("'Bob'", "'Cid'"));
    EXPECT_THAT(Rows("MATCH (p:Person) WHERE p.age IS NULL RETURN p.name"), ElementsAre("'Cid'"));
    EXPECT_THAT(Rows("MATCH (p:Person) WHERE NOT p.age < 35 RETURN p.name"), ElementsAre("'Bob'"));
}

TEST_F(MatchTest, NameLookupUsesTheIndex) {
    auto r = Run("EXPLAIN MATCH (p:Person) WHERE p.name = 'Bob' RETURN p");
    EXPECT_NE(r.plan.find("IndexSeek"), std::string::npos) << r.plan;
    EXPECT_EQ(r.plan.find("LabelScan"), std::string::npos) << r.plan;
    EXPECT_EQ(One("MATCH (p:Person) WHERE p.name = 'Bob' RETURN p.age"), "40");
    // The index matches normalised names; the exact comparison still applies.
    EXPECT_TRUE(Rows("MATCH (p {name: 'bob'}) RETURN p").empty());
}

TEST_F(MatchTest, OptionalMatchFillsNulls) {
    EXPECT_THAT(Rows("MATCH (p:Person) OPTIONAL MATCH (p)-[:MET]->(q) "
                     "RETURN p.name, q.name ORDER BY p.name"),
                ElementsAre("'Ann' | 'Bob'", "'Bob' | 'Cid'", "'Cid' | null"));
}

TEST_F(MatchTest, VariableLengthAndPaths) {
    EXPECT_THAT(Rows("MATCH ({name: 'Ann'})-[:MET*1..2]->(x) RETURN x.name ORDER BY x.name"),
                ElementsAre("'Bob'", "'Cid'"));
    EXPECT_THAT(Rows("MATCH p = ({name: 'Ann'})-[:MET*2]->() RETURN length(p), "
                     "[n IN nodes(p) | n.name]"),
                ElementsAre("2 | ['Ann', 'Bob', 'Cid']"));
    EXPECT_THAT(
        Rows("MATCH ({name: 'Cid'})<-[rs:MET*]-(x) RETURN x.name, size(rs) ORDER BY x.name"),
        ElementsAre("'Ann' | 2", "'Bob' | 1"));
}

TEST_F(MatchTest, ShortestPath) {
    EXPECT_EQ(One("MATCH (a {name: 'Ann'}), (c {name: 'Cid'}), p = shortestPath((a)-[*]-(c)) "
                  "RETURN length(p)"),
              "2");
    EXPECT_EQ(One("MATCH (a {name: 'Ann'}), (c {name: 'Cid'}) "
                  "MATCH p = allShortestPaths((a)-[*]-(c)) RETURN count(p)"),
              "2");
}

TEST_F(MatchTest, RelationshipUniqueness) {
    // (a)-[r1]-(b)-[r2]-(c) may not use the same edge twice.
    EXPECT_EQ(One("MATCH (a)-[r1:MET]-(b)-[r2:MET]-(c) RETURN count(*)"), "2");
}

TEST_F(MatchTest, PatternPredicatesAndComprehensions) {
    EXPECT_THAT(Rows("MATCH (p:Person) WHERE (p)-[:VISITED]->(:Country) RETURN p.name "
                     "ORDER BY p.name"),
                ElementsAre("'Ann'", "'Cid'"));
    EXPECT_EQ(One("MATCH (a {name: 'Ann'}) RETURN [(a)-->(x) | x.name]"), "['Bob', 'Kyrgyzstan']");
}

TEST_F(MatchTest, IdOnlyVariablesSkipTheNodeLookup) {
    // p and q are only counted: the plan binds them by id, and the counts are still exact.
    EXPECT_EQ(One("MATCH (p:Person)-[:MET]->(q) RETURN count(p), count(DISTINCT q)"), "2 | 2");
    EXPECT_EQ(One("MATCH (p:Person) RETURN count(p)"), "3");
    // A later use of the variable makes the plan read the whole node.
    EXPECT_THAT(Rows("MATCH (p:Person)-[:MET]->(q) WITH q RETURN q.name ORDER BY q.name"),
                ElementsAre("'Bob'", "'Cid'"));
    EXPECT_THAT(
        Rows("MATCH (p:Person)-[:VISITED]->(k) MATCH (k:Country) RETURN p.name ORDER BY p.name"),
        ElementsAre("'Ann'", "'Cid'"));
}

TEST_F(MatchTest, WholeGraphCountsComeFromTheCounters) {
    for (const char* q :
         {"MATCH (n) RETURN count(n)", "MATCH (p:Person) RETURN count(*)",
          "MATCH ()-[r]->() RETURN count(r)", "MATCH ()-[r:MET]->() RETURN count(*)"}) {
        auto r = Run(std::string("EXPLAIN ") + q);
        EXPECT_NE(r.plan.find("StoreCount"), std::string::npos) << q << "\n" << r.plan;
    }
    EXPECT_EQ(One("MATCH (n) RETURN count(n)"), "4");
    EXPECT_EQ(One("MATCH (p:Person) RETURN count(*) AS people"), "3");
    EXPECT_EQ(One("MATCH (p:Nobody) RETURN count(p)"), "0");
    EXPECT_EQ(One("MATCH ()-[r]->() RETURN count(r)"), "4");
    EXPECT_EQ(One("MATCH ()-[r:MET]->() RETURN count(r)"), "2");
    EXPECT_EQ(One("MATCH ()<-[r:VISITED]-() RETURN count(*)"), "2");
    Run("MATCH (c:Person {name: 'Cid'}) DETACH DELETE c");
    EXPECT_EQ(One("MATCH (p:Person) RETURN count(p)"), "2");
    EXPECT_EQ(One("MATCH ()-[r]->() RETURN count(r)"), "2");
    // Patterns the counters do not answer are still counted by scanning.
    for (const char* q :
         {"MATCH (a)-[r]-(b) RETURN count(r)", "MATCH (a)-[r]->(a) RETURN count(r)",
          "MATCH (n:Person:Country) RETURN count(n)", "MATCH (n {age: 30}) RETURN count(n)"}) {
        auto r = Run(std::string("EXPLAIN ") + q);
        EXPECT_EQ(r.plan.find("StoreCount"), std::string::npos) << q << "\n" << r.plan;
    }
    EXPECT_EQ(One("MATCH (a)-[r]-(b) RETURN count(r)"), "4");
}

TEST_F(MatchTest, PropertyIndexesAreCreatedUsedListedAndDropped) {
    const char* queries[] = {
        "MATCH (p:Person {age: 30}) RETURN p.name",
        "MATCH (p:Person) WHERE p.age = 40.0 RETURN p.name",
        "MATCH (p:Person) WHERE p.age > 30 RETURN p.name",
        "MATCH (p:Person) WHERE 30 <= p.age AND p.age < 40 RETURN p.name",
        "MATCH (p:Person) WHERE p.age >= $low RETURN p.name ORDER BY p.name",
        "MATCH (p:Person) WHERE p.age = $list RETURN p.name",
        "MATCH (p:Person) WHERE p.age < null RETURN p.name",
        "MATCH (a:Person)-[:MET]->(b:Person {age: 40}) RETURN a.name",
    };
    const Params params = {{"low", Value(int64_t{35})},
                           {"list", Value(graph::List{Value(int64_t{30})})}};
    std::vector<std::vector<std::string>> before;
    for (const char* q : queries) before.push_back(Rows(q, params));
    Run("CREATE INDEX FOR (p:Person) ON (p.age)");
    EXPECT_THAT(Rows("CALL db.indexes()"), ElementsAre("'index_Person_age' | 'Person' | 'age'"));
    for (size_t i = 0; i < std::size(queries); ++i) {
        auto plan = Run(std::string("EXPLAIN ") + queries[i], params).plan;
        EXPECT_NE(plan.find("PropertySeek"), std::string::npos) << queries[i] << "\n" << plan;
        EXPECT_EQ(Rows(queries[i], params), before[i]) << queries[i];
    }
    EXPECT_THAT(Rows(queries[0]), ElementsAre("'Ann'"));
    EXPECT_THAT(Rows(queries[2]), ElementsAre("'Bob'"));
    // Writes after the index keep it current.
    Run("MATCH (c:Person {name: 'Cid'}) SET c.age = 30");
    EXPECT_THAT(Rows("MATCH (p:Person {age: 30}) RETURN p.name ORDER BY p.name"),
                ElementsAre("'Ann'", "'Cid'"));
    Run("CREATE (:Person {name: 'Dee', age: 30})");
    Run("MATCH (a:Person {name: 'Ann'}) DETACH DELETE a");
    EXPECT_THAT(Rows("MATCH (p:Person {age: 30}) RETURN p.name ORDER BY p.name"),
                ElementsAre("'Cid'", "'Dee'"));
    EXPECT_EQ(Error("CREATE INDEX FOR (p:Person) ON (p.age)").code(),
              Status::Code::kInvalidArgument);
    EXPECT_EQ(Error("CREATE INDEX FOR (p:Person) ON (q.age)").detail(), "UndefinedVariable");
    Run("DROP INDEX index_Person_age");
    EXPECT_TRUE(Rows("CALL db.indexes()").empty());
    EXPECT_EQ(Run("EXPLAIN MATCH (p:Person {age: 30}) RETURN p").plan.find("PropertySeek"),
              std::string::npos);
    EXPECT_EQ(Error("DROP INDEX index_Person_age").code(), Status::Code::kNotFound);
    // The new keywords still name variables and properties.
    EXPECT_EQ(One("WITH 1 AS index, 2 AS for, 3 AS drop RETURN index + for + drop"), "6");
}

}  // namespace
}  // namespace dossier::query
