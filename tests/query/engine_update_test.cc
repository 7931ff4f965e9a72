// CREATE, MERGE, SET, REMOVE, DELETE end to end: effects, statistics and atomicity.
#include "tests/query/engine_fixture.h"

namespace dossier::query {
namespace {

using ::testing::ElementsAre;

TEST_F(EngineTest, CreateCountsItsEffects) {
    auto r = Run("CREATE (a:Person:Official {name: 'Ann'})-[:MET {year: 2010}]->(b:Person)");
    EXPECT_EQ(r.stats.nodes_created, 2);
    EXPECT_EQ(r.stats.relationships_created, 1);
    EXPECT_EQ(r.stats.labels_added, 3);
    EXPECT_EQ(r.stats.properties_set, 2);
    EXPECT_TRUE(r.rows.empty());
    EXPECT_EQ(One("MATCH (a:Official)-[r:MET]->(b) RETURN a.name, r.year, labels(b)"),
              "'Ann' | 2010 | ['Person']");
}

TEST_F(EngineTest, CreateReturnsWhatItMade) {
    EXPECT_THAT(Rows("UNWIND [1, 2] AS i CREATE (n:N {i: i}) RETURN n.i ORDER BY n.i"),
                ElementsAre("1", "2"));
    EXPECT_EQ(One("MATCH (n:N) RETURN count(n)"), "2");
}

TEST_F(EngineTest, MergeMatchesOrCreates) {
    auto first = Run("MERGE (p:Person {name: 'Ann'}) ON CREATE SET p.created = true");
    EXPECT_EQ(first.stats.nodes_created, 1);
    auto second =
        Run("MERGE (p:Person {name: 'Ann'}) ON MATCH SET p.seen = 2 RETURN p.created, p.seen");
    EXPECT_EQ(second.stats.nodes_created, 0);
    ASSERT_EQ(second.rows.size(), 1u);
    EXPECT_EQ(Render(second.rows[0]), "true | 2");
    Run("MATCH (p:Person {name: 'Ann'}) MERGE (p)-[:VISITED]->(c:Country {name: 'Kyrgyzstan'})");
    Run("MATCH (p:Person {name: 'Ann'}) MERGE (p)-[:VISITED]->(c:Country {name: 'Kyrgyzstan'})");
    EXPECT_EQ(One("MATCH (:Person)-[v:VISITED]->(:Country) RETURN count(v)"), "1");
}

TEST_F(EngineTest, SetAndRemove) {
    Run("CREATE (:Person {name: 'Ann', age: 30})");
    Run("MATCH (p:Person) SET p.age = p.age + 1, p:Official, p += {city: 'Osh'}");
    EXPECT_EQ(One("MATCH (p:Person) RETURN p.age, labels(p), p.city"),
              "31 | ['Official', 'Person'] | 'Osh'");
    Run("MATCH (p:Person) REMOVE p.city, p:Official");
    EXPECT_EQ(One("MATCH (p:Person) RETURN keys(p), labels(p)"), "['age', 'name'] | ['Person']");
    Run("MATCH (p:Person) SET p = {name: 'Ann'}");
    EXPECT_EQ(One("MATCH (p:Person) RETURN properties(p)"), "{name: 'Ann'}");
}

TEST_F(EngineTest, DeleteNeedsDetachForConnectedNodes) {
    Run("CREATE (a:A)-[:T]->(b:B)");
    Status s = Error("MATCH (a:A) DELETE a");
    EXPECT_EQ(s.code(), Status::Code::kConstraintError);
    EXPECT_EQ(One("MATCH (n) RETURN count(n)"), "2") << "a failed statement leaves nothing behind";
    auto r = Run("MATCH (a:A) DETACH DELETE a");
    EXPECT_EQ(r.stats.nodes_deleted, 1);
    EXPECT_EQ(r.stats.relationships_deleted, 1);
    EXPECT_EQ(One("MATCH (n) RETURN count(n)"), "1");
}

TEST_F(EngineTest, FailedStatementRollsBack) {
    Run("CREATE (:Person {name: 'Ann'})");
    Status s = Error("MATCH (p:Person) CREATE (:Person {name: 'Bob'}) SET p.age = 1 / 0");
    EXPECT_EQ(s.code(), Status::Code::kArgumentError);
    EXPECT_EQ(One("MATCH (p:Person) RETURN count(p)"), "1");
}

TEST_F(EngineTest, LimitDoesNotLimitUpdates) {
    auto r = Run("UNWIND range(1, 5) AS i CREATE (n:N) RETURN n LIMIT 2");
    EXPECT_EQ(r.rows.size(), 2u);
    EXPECT_EQ(r.stats.nodes_created, 5);
}

TEST_F(EngineTest, ReadOnlyStoreRejectsWritesButAnswersReads) {
    const std::string path = ::testing::TempDir() + "/dossier_engine_readonly";
    std::filesystem::remove_all(path);
    {
        auto store = graph::GraphStore::Open(path);
        ASSERT_TRUE(store.ok()) << store.status().ToString();
        Engine writer(store->get());
        ASSERT_TRUE(writer.Execute("CREATE (:Person {name: 'Ann'})").ok());
    }
    graph::OpenOptions ro;
    ro.read_only = true;
    auto store = graph::GraphStore::Open(path, ro);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    Engine reader(store->get());
    auto read = reader.Execute("MATCH (p:Person) RETURN p.name");
    ASSERT_TRUE(read.ok()) << read.status().ToString();
    EXPECT_EQ(Render(read->rows.at(0)), "'Ann'");
    auto write = reader.Execute("CREATE (:Person)");
    ASSERT_FALSE(write.ok());
    EXPECT_NE(write.status().message().find("read-only"), std::string::npos);
    store->reset();
    std::filesystem::remove_all(path);
}

}  // namespace
}  // namespace dossier::query
