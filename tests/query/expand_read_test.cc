// How expansions and scans read the store when a statement only reads: relationship-only WHERE
// conjuncts tested inside the expansion, label sets read whole after many label checks, and
// nodes read in batches. Each test compares with the answer a plain reading gives.
#include "tests/query/engine_fixture.h"

namespace dossier::query {
namespace {

class ExpandReadTest : public EngineTest {};

TEST_F(ExpandReadTest, RelationshipFilterInsideTheExpansionKeepsTheRows) {
    // Tones from -6 to 5, some missing and some strings: a conjunct that is null or not a boolean
    // for a row must drop it exactly as the WHERE does.
    Run("UNWIND range(0, 299) AS i "
        "CREATE (:Person {name: 'Speaker ' + toString(i)})-[:SAID {topic: "
        "CASE i % 3 WHEN 0 THEN 'elections' WHEN 1 THEN 'economy' ELSE 'water' END, "
        "tone: CASE WHEN i % 17 = 0 THEN null WHEN i % 19 = 0 THEN 'harsh' ELSE i % 12 - 6 END}]->"
        "(:Article {title: 'Report ' + toString(i)})");
    const auto pushed = Rows(
        "MATCH (p:Person)-[s:SAID]->(a:Article) WHERE s.topic = 'elections' AND s.tone <= -4 "
        "AND a.title STARTS WITH 'Report 1' RETURN p.name, a.title ORDER BY p.name");
    // coalesce() is a function call: nothing of this WHERE is tested inside the expansion.
    const auto plain = Rows(
        "MATCH (p:Person)-[s:SAID]->(a:Article) WHERE coalesce(s.topic = 'elections' AND "
        "s.tone <= -4 AND a.title STARTS WITH 'Report 1', false) RETURN p.name, a.title "
        "ORDER BY p.name");
    EXPECT_EQ(pushed, plain);
    // Elections and a tone of -6 to -4: i % 12 = 0; not a multiple of 17 or 19; a title starting
    // 'Report 1': i = 12, 108, 120, 132, 144, 156, 168, 180, 192.
    EXPECT_EQ(pushed.size(), 9u);
    EXPECT_EQ(One("MATCH ()-[s:SAID]->() WHERE s.tone = 'harsh' RETURN count(s)"), "15");
}

TEST_F(ExpandReadTest, LabelChecksPastThePreloadThreshold) {
    // More neighbours than the expansion checks one by one before it reads the label set whole.
    Run("CREATE (:Hub {name: 'hub'})");
    Run("MATCH (h:Hub) UNWIND range(1, 5000) AS i "
        "CREATE (h)-[:LINK]->(x:Item {n: i}) WITH x, i WHERE i % 3 = 0 SET x:Kept");
    EXPECT_EQ(One("MATCH (:Hub)-[:LINK]->(x:Kept) RETURN count(x)"), "1666");
    EXPECT_EQ(One("MATCH (:Hub)-[:LINK]->(x:Kept:Item) RETURN sum(x.n)"),
              std::to_string(3 * (1666 * 1667 / 2)));
    EXPECT_EQ(One("MATCH (:Hub)-[:LINK]->(x:Missing) RETURN count(x)"), "0");
}

TEST_F(ExpandReadTest, NodesReadInBatchesMatchNodesReadOneByOne) {
    // More nodes than one batch of a label scan, and a hub with more neighbours than one
    // prefetch batch, some of them without the wanted label.
    Run("CREATE (:Hub {name: 'hub'})");
    Run("MATCH (h:Hub) UNWIND range(0, 699) AS i "
        "CREATE (h)-[:KNOWS]->(p:Person {age: i})");
    Run("MATCH (h:Hub) UNWIND range(0, 99) AS i CREATE (h)-[:KNOWS]->(:Place {age: i})");
    EXPECT_EQ(One("MATCH (p:Person) WHERE p.age % 7 = 0 RETURN count(p), sum(p.age)"),
              "100 | 34650");
    EXPECT_EQ(One("MATCH (:Hub)--(x:Person) RETURN count(x), sum(x.age)"), "700 | 244650");
    EXPECT_EQ(One("MATCH (:Hub)--(x) WHERE x.age < 10 RETURN count(x)"), "20");
    // A writing statement reads node by node and sees its own writes.
    EXPECT_EQ(One("MATCH (p:Person) SET p.age = p.age + 1 RETURN sum(p.age)"), "245350");
    EXPECT_EQ(One("MATCH (p:Person) RETURN min(p.age), max(p.age)"), "1 | 700");
}

}  // namespace
}  // namespace dossier::query
