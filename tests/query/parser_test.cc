// Parser tests: query text -> AST, checked through the AST's ToString() rendering (operators
// fully parenthesised), and syntax errors with their detail and position.
#include "query/parser/parser.h"

#include <gtest/gtest.h>

#include "query/parser/error_caret.h"

namespace dossier::query {
namespace {

struct RoundTrip {
    const char* text;
    const char* expected;
};

class ParserRoundTripTest : public ::testing::TestWithParam<RoundTrip> {};

TEST_P(ParserRoundTripTest, RendersAsExpected) {
    Result<ast::Statement> st = Parse(GetParam().text);
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    EXPECT_EQ(st->ToString(), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Clauses, ParserRoundTripTest,
    ::testing::Values(
        RoundTrip{"MATCH (n) RETURN n", "MATCH (n) RETURN n"},
        RoundTrip{"match (n:Person {name: 'Ann'}) return n.name as name",
                  "MATCH (n:Person {name: 'Ann'}) RETURN n.name AS name"},
        RoundTrip{"OPTIONAL MATCH (a)-[r:KNOWS|:LIKES]->(b) WHERE a.x > 1 RETURN *",
                  "OPTIONAL MATCH (a)-[r:KNOWS|LIKES]->(b) WHERE (a.x > 1) RETURN *"},
        RoundTrip{"MATCH (a)<-[*1..3]-(b), (c)-[:T*]-(d) RETURN a",
                  "MATCH (a)<-[*1..3]-(b), (c)-[:T*]-(d) RETURN a"},
        RoundTrip{"MATCH (a)-[*2]->(b) RETURN a", "MATCH (a)-[*2]->(b) RETURN a"},
        RoundTrip{"MATCH (a)-[*..4]->(b) RETURN a", "MATCH (a)-[*..4]->(b) RETURN a"},
        RoundTrip{"MATCH p = shortestPath((a)-[*]-(b)) RETURN p",
                  "MATCH p = shortestPath((a)-[*]-(b)) RETURN p"},
        RoundTrip{"MATCH p = allShortestPaths((a)-->(b)) RETURN p",
                  "MATCH p = allShortestPaths((a)-->(b)) RETURN p"},
        RoundTrip{"MATCH (a)<-->(b) RETURN a", "MATCH (a)--(b) RETURN a"},
        RoundTrip{"MATCH (n $props) RETURN n", "MATCH (n $props) RETURN n"},
        RoundTrip{"UNWIND [1, 2] AS x WITH DISTINCT x WHERE x > 1 RETURN x ORDER BY x DESC "
                  "SKIP 1 LIMIT 2",
                  "UNWIND [1, 2] AS x WITH DISTINCT x WHERE (x > 1) RETURN x ORDER BY x DESC "
                  "SKIP 1 LIMIT 2"},
        RoundTrip{"RETURN 1 UNION RETURN 2 UNION ALL RETURN 3",
                  "RETURN 1 UNION RETURN 2 UNION ALL RETURN 3"},
        RoundTrip{"EXPLAIN MATCH (n) RETURN n", "EXPLAIN MATCH (n) RETURN n"},
        RoundTrip{"profile RETURN 1", "PROFILE RETURN 1"},
        RoundTrip{"CREATE (a:A {x: 1})-[:T {y: 2}]->(b)", "CREATE (a:A {x: 1})-[:T {y: 2}]->(b)"},
        RoundTrip{"MERGE (a:A) ON CREATE SET a.x = 1 ON MATCH SET a += {y: 2}, a:B",
                  "MERGE (a:A) ON CREATE SET a.x = 1 ON MATCH SET a += {y: 2}, a:B"},
        RoundTrip{"MATCH (n) SET n = {a: 1}, n.b = 2, n:X:Y",
                  "MATCH (n) SET n = {a: 1}, n.b = 2, n:X:Y"},
        RoundTrip{"MATCH (n) REMOVE n.a, n:X", "MATCH (n) REMOVE n.a, n:X"},
        RoundTrip{"MATCH (n) DETACH DELETE n", "MATCH (n) DETACH DELETE n"},
        RoundTrip{"MATCH (n) DELETE n, m", "MATCH (n) DELETE n, m"},
        RoundTrip{"CALL db.labels() YIELD label AS l WHERE l <> 'x' RETURN l",
                  "CALL db.labels() YIELD label AS l WHERE (l <> 'x') RETURN l"},
        RoundTrip{"CALL dossier.pagerank", "CALL dossier.pagerank"},
        RoundTrip{"RETURN 1;", "RETURN 1"}));

INSTANTIATE_TEST_SUITE_P(
    Expressions, ParserRoundTripTest,
    ::testing::Values(
        RoundTrip{"RETURN 1 + 2 * 3 ^ 2", "RETURN (1 + (2 * (3 ^ 2)))"},
        RoundTrip{"RETURN 2 ^ 3 ^ 2", "RETURN ((2 ^ 3) ^ 2)"},
        RoundTrip{"RETURN 10 - 4 - 3 % 2 / 1", "RETURN ((10 - 4) - ((3 % 2) / 1))"},
        RoundTrip{"RETURN a OR b XOR c AND NOT d", "RETURN (a OR (b XOR (c AND (NOT d))))"},
        RoundTrip{"RETURN NOT NOT a = b", "RETURN (NOT (NOT (a = b)))"},
        RoundTrip{"RETURN 1 < x <= 3", "RETURN (1 < x <= 3)"},
        RoundTrip{"RETURN a IS NULL, b IS NOT NULL", "RETURN (a IS NULL), (b IS NOT NULL)"},
        RoundTrip{"RETURN a STARTS WITH 'x' AND b ENDS WITH 'y' OR c CONTAINS 'z'",
                  "RETURN (((a STARTS WITH 'x') AND (b ENDS WITH 'y')) OR (c CONTAINS 'z'))"},
        RoundTrip{"RETURN x IN [1, 2], s =~ 'a.*'", "RETURN (x IN [1, 2]), (s =~ 'a.*')"},
        RoundTrip{"RETURN -x, +y, - 5, -9223372036854775808",
                  "RETURN (-x), (+y), -5, -9223372036854775808"},
        RoundTrip{"RETURN 0x1F, 0o17, 1.5, .5, 1e3, 2.5E-1",
                  "RETURN 31, 15, 1.5, 0.5, 1000.0, 0.25"},
        RoundTrip{"RETURN true, FALSE, null, 'it\\'s', \"dq\"",
                  "RETURN true, false, null, 'it\\'s', 'dq'"},
        RoundTrip{"RETURN l[0], l[1..2], l[..2], l[1..], m['k'].x",
                  "RETURN l[0], l[1..2], l[..2], l[1..], m['k'].x"},
        RoundTrip{"RETURN {a: 1, b: [1, {c: 2}]}", "RETURN {a: 1, b: [1, {c: 2}]}"},
        RoundTrip{"RETURN CASE x WHEN 1 THEN 'a' ELSE 'b' END",
                  "RETURN CASE x WHEN 1 THEN 'a' ELSE 'b' END"},
        RoundTrip{"RETURN CASE WHEN x > 1 THEN 'a' END", "RETURN CASE WHEN (x > 1) THEN 'a' END"},
        RoundTrip{"RETURN count(*), count(DISTINCT x), toLower(s), db.f(1)",
                  "RETURN count(*), count(DISTINCT x), toLower(s), db.f(1)"},
        RoundTrip{"RETURN [x IN l WHERE x > 1 | x * 2], [x IN l]",
                  "RETURN [x IN l WHERE (x > 1) | (x * 2)], [x IN l]"},
        RoundTrip{"RETURN [p = (a)-->(b) WHERE b.x | b.name]",
                  "RETURN [p = (a)-->(b) WHERE b.x | b.name]"},
        RoundTrip{"RETURN all(x IN l WHERE x > 0), any(x IN l WHERE x), none(x IN l), "
                  "single(x IN l WHERE x = 1)",
                  "RETURN all(x IN l WHERE (x > 0)), any(x IN l WHERE x), none(x IN l), "
                  "single(x IN l WHERE (x = 1))"},
        RoundTrip{"MATCH (a) WHERE (a)-[:T]->(:B) AND NOT (a)<--() RETURN a",
                  "MATCH (a) WHERE ((a)-[:T]->(:B) AND (NOT (a)<--())) RETURN a"},
        RoundTrip{"MATCH (a) WHERE exists { (a)-->(b) WHERE b.x = 1 } RETURN a",
                  "MATCH (a) WHERE EXISTS { (a)-->(b) WHERE (b.x = 1) } RETURN a"},
        RoundTrip{"MATCH (a) WHERE exists(a.name) RETURN a",
                  "MATCH (a) WHERE exists(a.name) RETURN a"},
        RoundTrip{"RETURN reduce(acc = 0, x IN l | acc + x)",
                  "RETURN reduce(acc = 0, x IN l | (acc + x))"},
        RoundTrip{"MATCH (n) WHERE n:A:B RETURN n {.name, .*, k: 1, v}",
                  "MATCH (n) WHERE n:A:B RETURN n {.name, .*, k: 1, v}"},
        RoundTrip{"RETURN $p, $0", "RETURN $p, $0"},
        RoundTrip{"RETURN `weird name`.`x``y`", "RETURN weird name.x`y"},
        RoundTrip{"MATCH (n:Match {return: 1}) RETURN n.count, n.order",
                  "MATCH (n:Match {return: 1}) RETURN n.count, n.order"},
        RoundTrip{"RETURN 1 // a comment\n /* block */ + 2", "RETURN (1 + 2)"}));

TEST(ParserTest, ColumnNamesAreTheSourceText) {
    Result<ast::Statement> st = Parse("RETURN n.name, 1 +  2 AS three, count( * )");
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    const auto& ret = st->queries[0].clauses[0]->As<ast::ReturnClause>();
    ASSERT_EQ(ret.projection.items.size(), 3u);
    EXPECT_EQ(ret.projection.items[0].name, "n.name");
    EXPECT_EQ(ret.projection.items[1].name, "three");
    EXPECT_EQ(ret.projection.items[2].name, "count( * )");
}

TEST(ParserTest, RecordsPositions) {
    Result<ast::Statement> st = Parse("MATCH (n)\nWHERE n.x = 1\nRETURN n");
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    const auto& match = st->queries[0].clauses[0]->As<ast::MatchClause>();
    EXPECT_EQ(match.pattern[0].nodes[0].pos.line, 1);
    EXPECT_EQ(match.pattern[0].nodes[0].pos.column, 7);
    EXPECT_EQ(match.where->pos.line, 2);
    EXPECT_EQ(match.where->pos.column, 7);
    EXPECT_EQ(st->queries[0].clauses[1]->pos.line, 3);
}

TEST(ParserTest, VariableLengthBounds) {
    Result<ast::Statement> st = Parse("MATCH (a)-[*2..]->(b), (c)-[*]->(d) RETURN a");
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    const auto& match = st->queries[0].clauses[0]->As<ast::MatchClause>();
    const auto& r0 = match.pattern[0].relationships[0];
    EXPECT_TRUE(r0.variable_length);
    EXPECT_EQ(r0.min_hops, 2);
    EXPECT_FALSE(r0.max_hops.has_value());
    const auto& r1 = match.pattern[1].relationships[0];
    EXPECT_TRUE(r1.variable_length);
    EXPECT_FALSE(r1.min_hops.has_value());
    EXPECT_FALSE(r1.max_hops.has_value());
}

TEST(ParserTest, StringEscapes) {
    Result<ast::Statement> st = Parse("RETURN 'a\\tb\\n\\u00e9\\\\'");
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    const auto& ret = st->queries[0].clauses[0]->As<ast::ReturnClause>();
    const auto& lit = ret.projection.items[0].expression->As<ast::LiteralExpr>();
    EXPECT_EQ(lit.value.as_string(), "a\tb\n\xC3\xA9\\");
}

struct BadQuery {
    const char* text;
    const char* detail;
    int line;
    int column;
};

class ParserErrorTest : public ::testing::TestWithParam<BadQuery> {};

TEST_P(ParserErrorTest, ReportsDetailAndPosition) {
    Result<ast::Statement> st = Parse(GetParam().text);
    ASSERT_FALSE(st.ok()) << GetParam().text;
    EXPECT_EQ(st.status().code(), Status::Code::kSyntaxError);
    EXPECT_EQ(st.status().detail(), GetParam().detail) << st.status().ToString();
    EXPECT_EQ(st.status().line(), GetParam().line) << st.status().ToString();
    EXPECT_EQ(st.status().column(), GetParam().column) << st.status().ToString();
}

INSTANTIATE_TEST_SUITE_P(
    Errors, ParserErrorTest,
    ::testing::Values(
        BadQuery{"MATCH (n) RETRUN n", "UnexpectedSyntax", 1, 11},
        BadQuery{"MATCH (n\nRETURN n", "UnexpectedSyntax", 2, 1},
        BadQuery{"RETURN [, ]", "UnexpectedSyntax", 1, 9},
        BadQuery{"RETURN {k1#k: 1}", "UnexpectedSyntax", 1, 11},
        BadQuery{"RETURN 9223372036854775808", "IntegerOverflow", 1, 8},
        BadQuery{"RETURN -9223372036854775809", "IntegerOverflow", 1, 9},
        BadQuery{"RETURN 0x8000000000000000", "IntegerOverflow", 1, 8},
        BadQuery{"RETURN 0x", "InvalidNumberLiteral", 1, 8},
        BadQuery{"RETURN 9223372h54775808", "InvalidNumberLiteral", 1, 8},
        BadQuery{"RETURN 1.34E999", "FloatingPointOverflow", 1, 8},
        BadQuery{"RETURN '\\uH'", "InvalidUnicodeLiteral", 1, 8},
        BadQuery{"RETURN 42 \xE2\x80\x94 41", "InvalidUnicodeCharacter", 1, 11},
        BadQuery{"", "UnexpectedSyntax", 1, 1},
        BadQuery{"MATCH (n) WHERE exists { MATCH (n)-->(m) SET m.p = 1 } RETURN n",
                 "InvalidClauseComposition", 1, 42},
        BadQuery{"MATCH (a)-[:T..]->(b) RETURN a", "InvalidRelationshipPattern", 1, 14},
        BadQuery{"MATCH (a)-[:T*-2]->(b) RETURN a", "InvalidRelationshipPattern", 1, 15}));

TEST(ParserTest, ErrorMessageSaysWhatWasExpected) {
    Result<ast::Statement> st = Parse("MATCH (n RETURN n");
    ASSERT_FALSE(st.ok());
    EXPECT_NE(st.status().message().find("unexpected 'RETURN'"), std::string::npos)
        << st.status().message();
    EXPECT_NE(st.status().message().find("')'"), std::string::npos) << st.status().message();
}

TEST(ParserTest, ErrorMessageDescribesLargeExpectations) {
    struct Expectation {
        const char* text;
        const char* message_part;
    };
    for (const Expectation& e : {Expectation{"RETUR 1", "expected a clause (MATCH"},
                                 Expectation{"MATCH (n) RETURN n LIMIT", "expected an expression"},
                                 Expectation{"RETURN 'abc", "unterminated string literal"},
                                 Expectation{"RETURN `abc", "unterminated `quoted name`"}}) {
        Result<ast::Statement> st = Parse(e.text);
        ASSERT_FALSE(st.ok()) << e.text;
        EXPECT_NE(st.status().message().find(e.message_part), std::string::npos)
            << e.text << " -> " << st.status().message();
    }
}

TEST(ParserTest, WholeQueryInsideExistsIsASubquery) {
    Result<ast::Statement> st = Parse(
        "MATCH (n) WHERE exists { MATCH (n)-->(m) WITH n, count(*) AS c RETURN c UNION "
        "MATCH (n)<--() RETURN 1 AS c } RETURN n");
    ASSERT_TRUE(st.ok()) << st.status().ToString();
    const auto& match = st->queries[0].clauses[0]->As<ast::MatchClause>();
    const auto& exists = match.where->As<ast::ExistsExpr>();
    ASSERT_EQ(exists.subquery.size(), 2u);
    EXPECT_TRUE(exists.patterns.empty());
    EXPECT_EQ(exists.subquery[0]->clauses.size(), 3u);
    EXPECT_EQ(exists.ToString(),
              "EXISTS { MATCH (n)-->(m) WITH n, count(*) AS c RETURN c UNION MATCH (n)<--() "
              "RETURN 1 AS c }");
}

TEST(ErrorCaretTest, PutsTheCaretUnderTheColumn) {
    const char* text = "MATCH (n)\nRETRUN n";
    Result<ast::Statement> st = Parse(text);
    ASSERT_FALSE(st.ok());
    std::string shown = FormatErrorWithCaret(text, st.status());
    EXPECT_NE(shown.find("\n  RETRUN n\n  ^"), std::string::npos) << shown;
}

TEST(ErrorCaretTest, CountsCodePointsNotBytes) {
    Status s(Status::Code::kSyntaxError, "bad", "UnexpectedSyntax", 1, 5);
    std::string shown = FormatErrorWithCaret("'é' x", s);
    EXPECT_NE(shown.find("\n  'é' x\n      ^"), std::string::npos) << shown;
}

TEST(ErrorCaretTest, WithoutPositionIsJustTheStatus) {
    Status s(Status::Code::kSemanticError, "no such thing");
    EXPECT_EQ(FormatErrorWithCaret("RETURN 1", s), s.ToString());
}

}  // namespace
}  // namespace dossier::query
