// The bound statement: what semantic analysis hands to the planner. Parser -> Bind -> planner ->
// operators.
#pragma once

#include <memory>

#include "graph/status.h"
#include "query/ast/statement.h"
#include "query/eval/scope.h"

namespace dossier::query {

// A statement that passed every compile-time check, with its binding fields filled:
//   - every variable an expression names has an id in `variables` (ast::VariableExpr::variable_id
//     and the ids of comprehension, reduce and map-projection variables); the planner's scopes
//     map ids to row slots, so the evaluator reads a variable by index;
//   - every scalar function call holds its registry id (FunctionCallExpr::function_id) and every
//     aggregate call is marked (FunctionCallExpr::aggregate), so no call looks a name up per row;
//   - every projection says whether it aggregates (Projection::aggregating).
// The checks live here alone: the planner and the evaluator trust a bound statement.
struct BoundStatement {
    std::unique_ptr<ast::Statement> statement;     // never null
    std::unique_ptr<eval::VariableIds> variables;  // never null; scopes point into it
};

// Checks `statement` and binds it. The checks: variables are defined before use and bound once,
// with one kind each (node, relationship, path, value); CREATE and MERGE patterns can be
// created; aggregates appear only where they may; projections name their columns uniquely;
// UNION parts agree; SKIP and LIMIT are constant non-negative integers; functions exist and get
// the right number and obvious kinds of arguments.
//
// Returns the bound statement, or kSemanticError with the openCypher detail (UndefinedVariable,
// VariableAlreadyBound, VariableTypeConflict, NoSingleRelationshipType,
// RequiresDirectedRelationship, CreatingVarLength, InvalidParameterUse, InvalidAggregation,
// NestedAggregation, AmbiguousAggregationExpression, NonConstantExpression,
// NegativeIntegerArgument, InvalidArgumentType, InvalidDelete, UnknownFunction,
// InvalidNumberOfArguments, ColumnNameConflict, NoExpressionAlias, NoVariablesInScope,
// DifferentColumnsInUnion, InvalidClauseComposition, RelationshipUniquenessViolation), or
// kSyntaxError / UnexpectedSyntax for a pattern expression outside WHERE. The Status names the
// offending variable, function or clause and carries its line and column.
Result<BoundStatement> Bind(ast::Statement statement);

}  // namespace dossier::query
