// Semantic analysis tests: each query either passes Bind() or fails with the given openCypher
// detail.
#include <gtest/gtest.h>

#include "query/parser/parser.h"
#include "query/semantic/bound_statement.h"

namespace dossier::query {
namespace {

struct Case {
    const char* text;
    const char* detail;  // "" when the query is valid
};

class SemanticTest : public ::testing::TestWithParam<Case> {};

TEST_P(SemanticTest, Bind) {
    Result<ast::Statement> st = Parse(GetParam().text);
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    Status s = Bind(std::move(*st)).status();
    if (std::string(GetParam().detail).empty()) {
        EXPECT_TRUE(s.ok()) << GetParam().text << " -> " << s.ToString();
    } else {
        EXPECT_FALSE(s.ok()) << GetParam().text;
        EXPECT_EQ(s.detail(), GetParam().detail) << GetParam().text << " -> " << s.ToString();
        EXPECT_GT(s.line(), 0) << s.ToString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Valid, SemanticTest,
    ::testing::Values(
        Case{"MATCH (n:Person)-[r:KNOWS]->(m) WHERE n.age > 3 RETURN n, r, m.name", ""},
        Case{"MATCH (a) MATCH (a)-[r]->(b) RETURN a, b, r", ""},
        Case{"MATCH p = (a)-[*1..3]->(b) RETURN p, length(p)", ""},
        Case{"UNWIND [1, 2] AS x WITH x * 2 AS y WHERE y > 2 RETURN y ORDER BY y", ""},
        Case{"MATCH (n) RETURN n.name AS name, count(*) AS c ORDER BY c DESC LIMIT 10", ""},
        Case{"MATCH (n) RETURN n, count(*) + n.age AS k", ""},
        Case{"MATCH (n) RETURN n.name ORDER BY n.age", ""},
        Case{"MATCH (n) RETURN DISTINCT n.name ORDER BY n.name", ""},
        Case{"MATCH (a), (b) CREATE (a)-[:KNOWS {since: 2020}]->(b)", ""},
        Case{"CREATE (a:A)-[:T]->(b:B), (a)-[:U]->(b) RETURN a", ""},
        Case{"MERGE (a:A {name: 'x'}) ON CREATE SET a.created = true ON MATCH SET a += {seen: 1}",
             ""},
        Case{"MATCH (a) MERGE (a)-[:T]-(b:B) RETURN b", ""},
        Case{"MATCH (n) SET n:Reviewed, n.score = 1 REMOVE n.old DETACH DELETE n", ""},
        Case{"MATCH (a) WHERE (a)-[:KNOWS]->() RETURN a", ""},
        Case{"MATCH (a) WHERE exists { (a)-[:KNOWS]->(b) WHERE b.x = 1 } RETURN a", ""},
        Case{"RETURN [x IN range(1, 5) WHERE x > 2 | x * x] AS squares", ""},
        Case{"MATCH (a) RETURN [(a)-->(b) | b.name] AS names", ""},
        Case{"WITH [1, 2] AS l RETURN all(x IN l WHERE x > 0), reduce(s = 0, x IN l | s + x)", ""},
        Case{"MATCH (n) WITH n SKIP $s LIMIT 3 RETURN n", ""},
        Case{"RETURN 1 AS a UNION RETURN 2 AS a", ""},
        Case{"MATCH (b) RETURN *, 1 AS x UNION MATCH (b) WITH b RETURN b, 1 AS x", ""},
        Case{"CALL dossier.pagerank() YIELD node, score RETURN node, score", ""},
        Case{"MATCH (n) WITH * RETURN n", ""}, Case{"MATCH () CREATE () WITH * CREATE ()", ""},
        Case{"MATCH (a) WITH a.name AS name WHERE a.age > 1 RETURN name", ""},
        Case{"MATCH p = (a)-->() RETURN [x IN collect(p) | head(nodes(x))] AS heads", ""},
        Case{"RETURN none(x IN [1, 2] WHERE x % 2 = 0) AS r", ""}));

INSTANTIATE_TEST_SUITE_P(
    Invalid, SemanticTest,
    ::testing::Values(
        Case{"MATCH (s) WHERE s.name = undefinedVariable RETURN s", "UndefinedVariable"},
        Case{"RETURN {k1: k2} AS literal", "UndefinedVariable"},
        Case{"MATCH (a) DELETE x", "UndefinedVariable"},
        Case{"MERGE (n) ON MATCH SET x.num = 1", "UndefinedVariable"},
        Case{"CREATE (b {name: missing}) RETURN b", "UndefinedVariable"},
        Case{"MATCH (a) RETURN DISTINCT a.name ORDER BY a.age", "UndefinedVariable"},
        Case{"MATCH (a:A) WITH a.num2 % 3 AS mod, min(a.num) AS min ORDER BY sum(a.num) "
             "RETURN mod, min",
             "UndefinedVariable"},
        Case{"MATCH (n) WHERE (n)-[r]->() RETURN n", "UndefinedVariable"},
        Case{"MATCH (a) WITH a.x AS x RETURN a", "UndefinedVariable"},
        Case{"MATCH (a) CREATE (a)", "VariableAlreadyBound"},
        Case{"MATCH (a) CREATE (a {name: 'foo'}) RETURN a", "VariableAlreadyBound"},
        Case{"CREATE (n:Foo)-[:T1]->(), (n:Bar)-[:T2]->()", "VariableAlreadyBound"},
        Case{"MATCH ()-[r]->() CREATE ()-[r]->()", "VariableAlreadyBound"},
        Case{"MATCH (a)-[r]->(b) MERGE (a)-[r]->(b)", "VariableAlreadyBound"},
        Case{"MATCH (a) MERGE (a)", "VariableAlreadyBound"},
        Case{"MATCH p = (p)-[]-() RETURN p", "VariableAlreadyBound"},
        Case{"MATCH ()-[p]-() MATCH p = ()-[]-() RETURN p", "VariableAlreadyBound"},
        Case{"CALL test.my.proc(null) YIELD a, b AS a RETURN a", "VariableAlreadyBound"},
        Case{"UNWIND [1] AS x UNWIND [2] AS x RETURN x", "VariableAlreadyBound"},
        Case{"MATCH ()-[r]-(r) RETURN r", "VariableTypeConflict"},
        Case{"MATCH (r) MATCH ()-[r]-() RETURN r", "VariableTypeConflict"},
        Case{"MATCH (n) WITH [n] AS users MATCH (users)-->(m) RETURN m", "VariableTypeConflict"},
        Case{"MATCH r = ()-[]-(), (r) RETURN r", "VariableTypeConflict"},
        Case{"MATCH (a)-[r]->()-[r]->(a) RETURN r", "RelationshipUniquenessViolation"},
        Case{"CREATE ()-->()", "NoSingleRelationshipType"},
        Case{"CREATE ()-[:A|:B]->()", "NoSingleRelationshipType"},
        Case{"CREATE (a)-[:FOO]-(b)", "RequiresDirectedRelationship"},
        Case{"CREATE ()-[:FOO*2]->()", "CreatingVarLength"},
        Case{"MATCH (n $param) RETURN n", "InvalidParameterUse"},
        Case{"MERGE (n $param) RETURN n", "InvalidParameterUse"},
        Case{"MATCH (a) WHERE count(a) > 10 RETURN a", "InvalidAggregation"},
        Case{"MATCH (n) RETURN [x IN [1, 2] | count(*)]", "InvalidAggregation"},
        Case{"MATCH (n) RETURN n.num1 ORDER BY max(n.num2)", "InvalidAggregation"},
        Case{"RETURN count(count(*))", "NestedAggregation"},
        Case{"MATCH (me)--(you) RETURN me.age + count(you.age)", "AmbiguousAggregationExpression"},
        Case{"MATCH (me)--(you) RETURN me.age + you.age, me.age + you.age + count(*)",
             "AmbiguousAggregationExpression"},
        Case{"MATCH (me)--(you) RETURN me.age + you.age, count(*) AS cnt ORDER BY me.age + "
             "you.age + count(*)",
             "AmbiguousAggregationExpression"},
        Case{"MATCH (n) RETURN n SKIP n.count", "NonConstantExpression"},
        Case{"RETURN count(rand())", "NonConstantExpression"},
        Case{"MATCH (n) RETURN n LIMIT -1", "NegativeIntegerArgument"},
        Case{"MATCH (n) RETURN n LIMIT 1.7", "InvalidArgumentType"},
        Case{"RETURN properties(1)", "InvalidArgumentType"},
        Case{"MATCH (n) RETURN length(n)", "InvalidArgumentType"},
        Case{"MATCH (n) WHERE (n) RETURN n", "InvalidArgumentType"},
        Case{"RETURN none(x IN ['Clara'] WHERE x % 2 = 0) AS r", "InvalidArgumentType"},
        Case{"RETURN 'a' * 2", "InvalidArgumentType"}, Case{"RETURN NOT 1", "InvalidArgumentType"},
        Case{"RETURN 1 IN 'abc'", "InvalidArgumentType"},
        Case{"WITH 1 AS x RETURN x.num", "InvalidArgumentType"},
        Case{"MATCH () DELETE 1 + 1", "InvalidArgumentType"},
        Case{"MATCH (n) DELETE n:Person", "InvalidDelete"},
        Case{"MATCH (a) RETURN foo(a)", "UnknownFunction"},
        Case{"RETURN toLower('a', 'b')", "InvalidNumberOfArguments"},
        Case{"MATCH p = shortestPath((a)-->(b)-->(c)) RETURN p", "InvalidArgumentType"},
        Case{"MATCH (a) RETURN EXISTS { MATCH shortestPath((a)-->()-->()) }",
             "InvalidArgumentType"},
        Case{"RETURN 1 AS a, 2 AS a", "ColumnNameConflict"},
        Case{"MATCH (a) RETURN * UNION MATCH (b) RETURN *", "DifferentColumnsInUnion"},
        Case{"MATCH (a) RETURN *, 1 AS x UNION MATCH (x) RETURN x, 1 AS a",
             "DifferentColumnsInUnion"},
        Case{"MATCH (a) WITH a, count(*) RETURN a", "NoExpressionAlias"},
        Case{"MATCH () RETURN *", "NoVariablesInScope"},
        Case{"RETURN 1 AS a UNION RETURN 2 AS b", "DifferentColumnsInUnion"},
        Case{"RETURN 1 AS a UNION RETURN 2 AS a UNION ALL RETURN 3 AS a",
             "InvalidClauseComposition"},
        Case{"MATCH (n)", "InvalidClauseComposition"},
        Case{"RETURN 1 AS a MATCH (n) RETURN n", "InvalidClauseComposition"},
        Case{"MATCH (n) RETURN (n)-[]->()", "UnexpectedSyntax"}));

TEST(SemanticErrorTest, NamesTheVariableAndPosition) {
    Result<ast::Statement> st = Parse("MATCH (n)\nRETURN m");
    ASSERT_TRUE(st.ok());
    Status s = Bind(std::move(*st)).status();
    EXPECT_EQ(s.code(), Status::Code::kSemanticError);
    EXPECT_NE(s.message().find("`m`"), std::string::npos) << s.message();
    EXPECT_EQ(s.line(), 2);
    EXPECT_EQ(s.column(), 8);
}

}  // namespace
}  // namespace dossier::query

namespace dossier::query {
namespace {

TEST(SemanticErrorTest, OrderByAfterAggregationExplainsTheScope) {
    Result<ast::Statement> st = Parse("MATCH (a)-->(b) RETURN a, count(*) ORDER BY b.x");
    ASSERT_TRUE(st.ok());
    Status s = Bind(std::move(*st)).status();
    EXPECT_EQ(s.detail(), "UndefinedVariable");
    EXPECT_NE(s.message().find("`b`"), std::string::npos) << s.message();
    EXPECT_NE(s.message().find("ORDER BY sees only the projected columns"), std::string::npos)
        << s.message();
    EXPECT_EQ(s.column(), 45);
}

}  // namespace
}  // namespace dossier::query
