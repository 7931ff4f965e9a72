// The planner: turns a bound statement (query/semantic/bound_statement.h) into a tree of
// pull-based operators (query/exec). It trusts the binder's checks and reads its bindings: the
// scopes it builds map variable ids to row slots, aggregates come marked.
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
#include "query/semantic/bound_statement.h"

namespace dossier::query::plan {

struct PlannedQuery {
    exec::OperatorPtr root;
    std::vector<std::string> columns;
};

// True when the statement contains CREATE, MERGE, SET, REMOVE or DELETE.
bool IsUpdating(const ast::Statement& statement);

// Plans the statement (its mode is ignored). `ctx` is borrowed by the operators and must outlive
// them; the bound statement too.
Result<PlannedQuery> PlanStatement(const BoundStatement& statement, exec::ExecContext* ctx);

// Implements pattern predicates, pattern comprehensions and EXISTS for the evaluator by planning
// (and caching) a small plan per pattern. `variables` (borrowed) are the bound statement's.
std::unique_ptr<eval::PatternSupport> NewPatternSupport(exec::ExecContext* ctx,
                                                        const eval::VariableIds* variables);

}  // namespace dossier::query::plan
