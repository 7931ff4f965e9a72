// The planner: turns a statement's AST into a tree of pull-based operators (query/exec).
//
// One function per clause kind (plan_match.cc, plan_projection.cc, plan_update.cc, ...), all
// appending to a PlanState: the operator tree built so far and the variables its rows carry.
// Patterns are planned from the most selective start node (a bound variable, then a name-index
// seek, then a label scan, then a scan of all nodes) and expanded outwards along the chain.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/status.h"
#include "query/ast/statement.h"
#include "query/exec/operators.h"

namespace dossier::query::plan {

struct PlannedQuery {
    exec::OperatorPtr root;
    std::vector<std::string> columns;
};

// True when the statement contains CREATE, MERGE, SET, REMOVE or DELETE.
bool IsUpdating(const ast::Statement& statement);

// Plans the statement (its mode is ignored). `ctx` is borrowed by the operators and must outlive
// them; the statement too.
Result<PlannedQuery> PlanStatement(const ast::Statement& statement, exec::ExecContext* ctx);

// Implements pattern predicates, pattern comprehensions and EXISTS for the evaluator by planning
// (and caching) a small plan per pattern.
std::unique_ptr<eval::PatternSupport> NewPatternSupport(exec::ExecContext* ctx);

}  // namespace dossier::query::plan
