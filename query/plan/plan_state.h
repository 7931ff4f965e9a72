// PlanState: the plan under construction and the variables in scope of its rows.
#pragma once

#include <string>
#include <vector>

#include "query/ast/clause.h"
#include "query/ast/statement.h"
#include "query/exec/operators.h"

namespace dossier::query::plan {

struct PlanState {
    exec::ExecContext* ctx = nullptr;
    exec::OperatorPtr op;
    eval::Scope scope;
    // True while the plan is only the initial one-row leaf (no reads yet).
    bool leaf_only = true;
    // The statement being planned, for whole-statement questions (entity_use.h); null when
    // planning a pattern inside an expression.
    const ast::Statement* statement = nullptr;

    // Adds a variable to the scope and returns its slot.
    int Bind(const std::string& name) { return scope.Add(name); }
    int width() const { return scope.size(); }
};

// Starts a plan: a one-row leaf (Once) whose scopes map the ids of `variables` (borrowed) to
// slots, or an Argument repeating an outer row of `outer` scope.
PlanState StartPlan(exec::ExecContext* ctx, const eval::VariableIds* variables);
PlanState StartInnerPlan(exec::ExecContext* ctx, const eval::Scope& outer,
                         std::shared_ptr<exec::ArgumentSlot> argument);

// The name of a pattern element: its variable, or a hidden name unique to that element.
std::string ElementName(const ast::NodePattern& n);
std::string ElementName(const ast::RelationshipPattern& r);

// Plans the clauses of `query` in order onto the state; *columns gets the names its RETURN (or a
// final CALL) projects.
Status PlanClauses(PlanState* state, const ast::SingleQuery& query,
                   std::vector<std::string>* columns);

// Clause planners.
Status PlanMatch(PlanState* state, const ast::MatchClause& match);
// Plans `parts` (with an optional WHERE) onto the state: the variables they bind join the scope.
Status PlanPattern(PlanState* state, const std::vector<const ast::PatternPart*>& parts,
                   const ast::Expression* where);
Status PlanUnwind(PlanState* state, const ast::UnwindClause& unwind);
// WITH / RETURN. `where` is WITH's WHERE (else null). Sets *columns to the projected names.
Status PlanProjection(PlanState* state, const ast::Projection& projection,
                      const ast::Expression* where, std::vector<std::string>* columns);
Status PlanCreate(PlanState* state, const ast::CreateClause& create);
Status PlanMerge(PlanState* state, const ast::MergeClause& merge);
Status PlanSet(PlanState* state, const ast::SetClause& set);
Status PlanRemove(PlanState* state, const ast::RemoveClause& remove);
Status PlanDelete(PlanState* state, const ast::DeleteClause& del);
Status PlanCall(PlanState* state, const ast::CallClause& call, std::vector<std::string>* columns);

// A semantic error at a source position.
Status PlanError(std::string detail, std::string message, ast::SourcePos pos);

}  // namespace dossier::query::plan
