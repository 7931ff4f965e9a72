// The bound statement: what semantic::Bind fills in (variable ids, resolved functions, aggregate
// marks), the scopes that map ids to slots, and queries whose answer depends on reading the
// right binding (shadowed names, RETURN *, pattern comprehensions inside list comprehensions).
#include "query/semantic/bound_statement.h"

#include <gtest/gtest.h>

#include "engine_fixture.h"
#include "query/ast/ast.h"
#include "query/eval/functions.h"
#include "query/parser/parser.h"

namespace dossier::query {
namespace {

BoundStatement MustBind(const char* text) {
    Result<ast::Statement> parsed = Parse(text);
    EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
    Result<BoundStatement> bound = Bind(std::move(*parsed));
    EXPECT_TRUE(bound.ok()) << bound.status().ToString();
    return std::move(*bound);
}

const ast::Projection& ProjectionOf(const ast::Clause& c) {
    if (c.kind == ast::ClauseKind::kWith) return c.As<ast::WithClause>().projection;
    return c.As<ast::ReturnClause>().projection;
}

TEST(BoundStatementTest, VariablesGetOneIdPerName) {
    BoundStatement b = MustBind("MATCH (n) WITH n AS m RETURN m, [m IN [1] | m] AS l");
    const auto& clauses = b.statement->queries[0].clauses;
    const auto& with_item = *ProjectionOf(*clauses[1]).items[0].expression;
    const auto& ret = ProjectionOf(*clauses[2]);
    const int n = b.variables->Find("n");
    const int m = b.variables->Find("m");
    ASSERT_GE(n, 0);
    ASSERT_GE(m, 0);
    EXPECT_NE(n, m);
    EXPECT_EQ(with_item.As<ast::VariableExpr>().variable_id, n);
    EXPECT_EQ(ret.items[0].expression->As<ast::VariableExpr>().variable_id, m);
    // The comprehension's own `m` shares the id; the evaluator finds the innermost binding.
    const auto& c = ret.items[1].expression->As<ast::ListComprehensionExpr>();
    EXPECT_EQ(c.variable_id, m);
    EXPECT_EQ(c.projection->As<ast::VariableExpr>().variable_id, m);
    EXPECT_EQ(b.variables->Find("never"), -1);
}

TEST(BoundStatementTest, FunctionsAreResolvedAndAggregatesMarked) {
    BoundStatement b =
        MustBind("MATCH (n) WITH toUpper(n.name) AS u RETURN u, count(*) AS c, collect(u) AS us");
    const auto& clauses = b.statement->queries[0].clauses;
    const auto& with = ProjectionOf(*clauses[1]);
    const auto& ret = ProjectionOf(*clauses[2]);
    const auto& upper = with.items[0].expression->As<ast::FunctionCallExpr>();
    ASSERT_GE(upper.function_id, 0);
    EXPECT_STREQ(eval::FunctionById(upper.function_id).name, "toupper");
    EXPECT_FALSE(upper.aggregate);
    const auto& collect = ret.items[2].expression->As<ast::FunctionCallExpr>();
    EXPECT_TRUE(collect.aggregate);
    EXPECT_EQ(collect.function_id, -1);
    EXPECT_FALSE(with.aggregating);
    EXPECT_TRUE(ret.aggregating);
}

TEST(BoundStatementTest, AFailedCheckBindsNothing) {
    Result<ast::Statement> parsed = Parse("RETURN noSuchFunction(1)");
    ASSERT_TRUE(parsed.ok());
    Result<BoundStatement> bound = Bind(std::move(*parsed));
    ASSERT_FALSE(bound.ok());
    EXPECT_EQ(bound.status().detail(), "UnknownFunction");
}

TEST(ScopeTest, MapsIdsToTheFirstSlotOfTheirName) {
    eval::VariableIds ids;
    const int a = ids.Intern("a");
    const int b = ids.Intern("b");
    EXPECT_EQ(ids.Intern("a"), a);
    eval::Scope scope(&ids);
    scope.Add(" hidden");
    scope.Add("b");
    scope.Add("a");
    scope.Add("b");
    EXPECT_EQ(scope.SlotOf(a), 2);
    EXPECT_EQ(scope.SlotOf(b), 1);
    EXPECT_EQ(scope.SlotOf(99), -1);
    scope.Truncate(2);
    EXPECT_EQ(scope.SlotOf(a), -1);
    EXPECT_EQ(scope.SlotOf(b), 1);
    eval::Scope wider(&ids);
    wider.Add("a");
    wider.Append(scope);
    EXPECT_EQ(wider.SlotOf(a), 0);
    EXPECT_EQ(wider.SlotOf(b), 2);
    EXPECT_EQ(wider.size(), 3);
}

using BoundQueryTest = EngineTest;

TEST_F(BoundQueryTest, InnerBindingsShadowOuterOnesByName) {
    EXPECT_EQ(One("WITH 1 AS x RETURN [x IN [5, 6] | x + 1] AS l, x"), "[6, 7] | 1");
    EXPECT_EQ(One("WITH 10 AS acc RETURN reduce(acc = 0, x IN [1, 2, 3] | acc + x) + acc"), "16");
    EXPECT_EQ(One("WITH {k: 2} AS m RETURN m {.k, x: [m IN [3] | m]}"), "{k: 2, x: [3]}");
}

TEST_F(BoundQueryTest, ReturnStarAndPatternsInsideComprehensions) {
    Run("CREATE (:P {name: 'Ada'})-[:KNOWS]->(:P {name: 'Bo'})");
    EXPECT_EQ(One("MATCH (a:P {name: 'Ada'})-->(b) WITH a, b.name AS name RETURN *"),
              "(:P {name: 'Ada'}) | 'Bo'");
    EXPECT_EQ(One("MATCH (a:P {name: 'Ada'}) "
                  "RETURN [k IN [1, 2] | size([(a)-->(b) | b.name + toString(k)])] AS s"),
              "[1, 1]");
    EXPECT_EQ(One("MATCH (a:P) WITH a ORDER BY a.name RETURN collect(toLower(a.name)) AS l"),
              "['ada', 'bo']");
    // The binder knows the columns of RETURN * and checks that UNION parts agree.
    EXPECT_EQ(Rows("MATCH (a:P) RETURN * UNION MATCH (a:P) RETURN a").size(), 2u);
    EXPECT_EQ(Error("MATCH (a:P) RETURN * UNION MATCH (b:P) RETURN b").detail(),
              "DifferentColumnsInUnion");
}

}  // namespace
}  // namespace dossier::query
