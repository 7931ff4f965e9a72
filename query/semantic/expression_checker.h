// Compile-time checks of one expression against the variables in scope.
#pragma once

#include <string>

#include "graph/status.h"
#include "query/ast/expression.h"
#include "query/ast/pattern.h"
#include "query/semantic/static_type.h"

namespace dossier::query::semantic {

// Where the expression stands decides what it may contain.
struct ExpressionRules {
    bool aggregates = false;          // RETURN / WITH items, ORDER BY of an aggregating projection
    bool pattern_predicates = false;  // WHERE
    bool inside_aggregate = false;    // set while checking an aggregate's arguments
};

Status CheckExpression(const ast::Expression& e, const VariableScope& scope, ExpressionRules rules);

// True for count(*) and calls of aggregate functions (count, collect, sum, ...).
bool IsAggregate(const ast::Expression& e);
// True when `e` has an aggregate anywhere inside (or is one).
bool ContainsAggregate(const ast::Expression& e);

// InvalidArgumentType when `part` is a shortestPath / allShortestPaths of other than one
// relationship; else OK. For every pattern, in clauses and in expressions.
Status CheckPathFunction(const ast::PatternPart& part);

// A kSemanticError with `detail`, positioned at `pos`.
Status SemanticError(const char* detail, std::string message, ast::SourcePos pos);

}  // namespace dossier::query::semantic
