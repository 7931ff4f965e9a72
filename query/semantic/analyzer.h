// Semantic analysis of Dossier's query language: the compile-time checks openCypher requires.
#pragma once

#include "graph/status.h"
#include "query/ast/statement.h"

namespace dossier::query {

// Checks a parsed statement before planning: variables are defined before use and bound once,
// with one kind each (node, relationship, path, value); CREATE and MERGE patterns can be
// created; aggregates appear only where they may; projections name their columns uniquely;
// UNION parts agree; SKIP and LIMIT are constant non-negative integers; functions exist and get
// the right number and obvious kinds of arguments.
//
// Returns OK, or kSemanticError with the openCypher detail (UndefinedVariable,
// VariableAlreadyBound, VariableTypeConflict, NoSingleRelationshipType,
// RequiresDirectedRelationship, CreatingVarLength, InvalidParameterUse, InvalidAggregation,
// NestedAggregation, AmbiguousAggregationExpression, NonConstantExpression,
// NegativeIntegerArgument, InvalidArgumentType, InvalidDelete, UnknownFunction,
// InvalidNumberOfArguments, ColumnNameConflict, NoExpressionAlias, NoVariablesInScope,
// DifferentColumnsInUnion, InvalidClauseComposition, RelationshipUniquenessViolation), or
// kSyntaxError / UnexpectedSyntax for a pattern expression outside WHERE. The Status names the
// offending variable, function or clause and carries its line and column.
Status Analyze(const ast::Statement& statement);

}  // namespace dossier::query
