// CALL db.lookup(name [, limit]) YIELD node, score: nodes by any of their names, through the
// name/alias index.
#include "graph/name_lookup.h"

#include "tests/query/engine_fixture.h"

namespace dossier::query {
namespace {

using ::testing::ElementsAre;

class NameLookupTest : public EngineTest {
  protected:
    void SetUp() override {
        EngineTest::SetUp();
        Run("CREATE (j:Person {name: 'Jane Doe', aliases: ['Jane Q. Doe', 'Doe']}),"
            " (k:Person {name: 'John Doe', aliases: ['Doe', 'Mr. Doe']}),"
            " (:Person {name: 'Janet Dole'}), (:City {name: 'Jannali'}),"
            " (j)-[:MET]->(k), (k)-[:MET]->(:Person {name: 'Ann Lee'})");
    }
};

TEST_F(NameLookupTest, ExactNameThenAliasThenPrefix) {
    EXPECT_THAT(Rows("CALL db.lookup('Jane Doe') YIELD node, score RETURN node.name, score"),
                ElementsAre("'Jane Doe' | 1.0"));
    // An alias, written with another case and without the initial's full stop.
    EXPECT_THAT(Rows("CALL db.lookup('jane q doe') YIELD node, score RETURN node.name, score"),
                ElementsAre("'Jane Doe' | 0.9"));
    // A shared alias: both bearers, the one with more relationships first.
    EXPECT_THAT(Rows("CALL db.lookup('Doe') YIELD node, score RETURN node.name, score"),
                ElementsAre("'John Doe' | 0.9", "'Jane Doe' | 0.9"));
    // Prefixes: the closer completion first, any label.
    EXPECT_THAT(Rows("CALL db.lookup('Jan') YIELD node RETURN node.name"),
                ElementsAre("'Jannali'", "'Jane Doe'", "'Janet Dole'"));
    EXPECT_THAT(Rows("CALL db.lookup('Jan', 1) YIELD node RETURN node.name"),
                ElementsAre("'Jannali'"));
    EXPECT_TRUE(Rows("CALL db.lookup('Nobody') YIELD node RETURN node").empty());
    EXPECT_TRUE(Rows("CALL db.lookup('') YIELD node RETURN node").empty());
}

TEST_F(NameLookupTest, YieldsWholeNodesThatQueriesCanFollow) {
    EXPECT_THAT(Rows("CALL db.lookup('Mr. Doe') YIELD node MATCH (node)-[:MET]->(o) "
                     "RETURN o.name"),
                ElementsAre("'Ann Lee'"));
}

TEST_F(NameLookupTest, BadArgumentsAreTypeErrors) {
    EXPECT_EQ(Error("CALL db.lookup(3) YIELD node RETURN node").detail(), "InvalidArgumentType");
    EXPECT_EQ(Error("CALL db.lookup('Doe', -1) YIELD node RETURN node").detail(),
              "InvalidArgumentType");
    EXPECT_EQ(Error("CALL db.lookup('Doe', 'x') YIELD node RETURN node").detail(),
              "InvalidArgumentType");
}

TEST_F(NameLookupTest, LibraryFunctionBoundsItsRows) {
    const auto matches = graph::LookupName(*store_, "J", 2);
    ASSERT_EQ(matches.size(), 2u);
    EXPECT_GE(matches[0].score, matches[1].score);
    EXPECT_TRUE(graph::LookupName(*store_, "J", 0).empty());
}

}  // namespace
}  // namespace dossier::query
