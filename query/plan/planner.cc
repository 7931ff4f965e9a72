#include "query/plan/planner.h"

#include "query/plan/plan_count.h"
#include "query/plan/plan_state.h"

namespace dossier::query::plan {

namespace A = ast;

Status PlanError(std::string detail, std::string message, A::SourcePos pos) {
    return Status(Status::Code::kSemanticError, std::move(message), std::move(detail), pos.line,
                  pos.column);
}

PlanState StartPlan(exec::ExecContext* ctx, const eval::VariableIds* variables) {
    PlanState s;
    s.ctx = ctx;
    s.scope = eval::Scope(variables);
    s.op = exec::MakeArgument(ctx, nullptr);
    return s;
}

PlanState StartInnerPlan(exec::ExecContext* ctx, const eval::Scope& outer,
                         std::shared_ptr<exec::ArgumentSlot> argument) {
    PlanState s;
    s.ctx = ctx;
    s.op = exec::MakeArgument(ctx, std::move(argument));
    s.scope = outer;
    s.leaf_only = false;
    return s;
}

Status PlanUnwind(PlanState* s, const A::UnwindClause& unwind) {
    const eval::Scope before = s->scope;
    const int slot = s->Bind(unwind.variable);
    s->op = exec::MakeUnwind(s->ctx, std::move(s->op), before, unwind.list.get(), slot, s->width());
    s->leaf_only = false;
    return Status::OK();
}

namespace {

bool IsUpdate(const A::Clause& c) {
    switch (c.kind) {
        case A::ClauseKind::kCreate:
        case A::ClauseKind::kMerge:
        case A::ClauseKind::kSet:
        case A::ClauseKind::kRemove:
        case A::ClauseKind::kDelete:
            return true;
        default:
            return false;
    }
}

}  // namespace

bool IsUpdating(const A::Statement& statement) {
    if (statement.index_command) return true;
    for (const auto& q : statement.queries) {
        for (const auto& c : q.clauses) {
            if (IsUpdate(*c)) return true;
        }
    }
    return false;
}

namespace {

Status PlanClause(PlanState* s, const A::Clause& c, std::vector<std::string>* columns) {
    switch (c.kind) {
        case A::ClauseKind::kMatch:
            return PlanMatch(s, c.As<A::MatchClause>());
        case A::ClauseKind::kUnwind:
            return PlanUnwind(s, c.As<A::UnwindClause>());
        case A::ClauseKind::kWith: {
            const auto& w = c.As<A::WithClause>();
            return PlanProjection(s, w.projection, w.where.get(), nullptr);
        }
        case A::ClauseKind::kReturn:
            return PlanProjection(s, c.As<A::ReturnClause>().projection, nullptr, columns);
        case A::ClauseKind::kCreate:
            return PlanCreate(s, c.As<A::CreateClause>());
        case A::ClauseKind::kMerge:
            return PlanMerge(s, c.As<A::MergeClause>());
        case A::ClauseKind::kSet:
            return PlanSet(s, c.As<A::SetClause>());
        case A::ClauseKind::kRemove:
            return PlanRemove(s, c.As<A::RemoveClause>());
        case A::ClauseKind::kDelete:
            return PlanDelete(s, c.As<A::DeleteClause>());
        case A::ClauseKind::kCall:
            return PlanCall(s, c.As<A::CallClause>(), columns);
    }
    return Status::OK();
}

}  // namespace

Status PlanClauses(PlanState* s, const A::SingleQuery& q, std::vector<std::string>* columns) {
    for (size_t i = 0; i < q.clauses.size(); ++i) {
        const A::Clause& c = *q.clauses[i];
        std::vector<std::string> clause_columns;
        DOSSIER_RETURN_IF_ERROR(PlanClause(s, c, &clause_columns));
        // Updates happen in full before the next clause reads, whatever LIMIT follows.
        if (IsUpdate(c) && i + 1 < q.clauses.size()) {
            s->op = exec::MakeEager(s->ctx, std::move(s->op));
        }
        if (c.kind == A::ClauseKind::kReturn ||
            (c.kind == A::ClauseKind::kCall && i + 1 == q.clauses.size())) {
            *columns = std::move(clause_columns);
        }
    }
    return Status::OK();
}

namespace {

Result<PlannedQuery> PlanSingle(const A::SingleQuery& q, const BoundStatement& bound,
                                exec::ExecContext* ctx) {
    PlanState s = StartPlan(ctx, bound.variables.get());
    const A::Statement* statement = bound.statement.get();
    s.statement = statement;
    PlannedQuery out;
    if (PlanStoreCount(&s, q, &out.columns)) {
        out.root = std::move(s.op);
        return out;
    }
    DOSSIER_RETURN_IF_ERROR(PlanClauses(&s, q, &out.columns));
    // A query without RETURN produces no rows, but its updates must still run to the end.
    if (q.clauses.empty() || q.clauses.back()->kind != A::ClauseKind::kReturn) {
        if (q.clauses.empty() || q.clauses.back()->kind != A::ClauseKind::kCall) {
            s.op = exec::MakeDrain(ctx, std::move(s.op));
            out.columns.clear();
        }
    }
    out.root = std::move(s.op);
    return out;
}

}  // namespace

Result<PlannedQuery> PlanStatement(const BoundStatement& bound, exec::ExecContext* ctx) {
    const A::Statement& statement = *bound.statement;
    if (const auto& c = statement.index_command) {
        PlannedQuery out;
        graph::PropertyIndex index{c->name, c->label, c->property};
        out.root = exec::MakeIndexCommand(ctx, c->kind == A::IndexCommand::Kind::kCreate,
                                          std::move(index));
        return out;
    }
    if (statement.queries.size() == 1) return PlanSingle(statement.queries[0], bound, ctx);
    std::vector<exec::OperatorPtr> inputs;
    PlannedQuery out;
    bool distinct = false;
    for (size_t i = 0; i < statement.queries.size(); ++i) {
        DOSSIER_ASSIGN_OR_RETURN(PlannedQuery q, PlanSingle(statement.queries[i], bound, ctx));
        if (i == 0) out.columns = q.columns;  // the binder checked that every part agrees
        if (i > 0 && !statement.union_all[i - 1]) distinct = true;
        inputs.push_back(std::move(q.root));
    }
    out.root = exec::MakeUnion(ctx, std::move(inputs));
    if (distinct) {
        out.root =
            exec::MakeDistinct(ctx, std::move(out.root), static_cast<int>(out.columns.size()));
    }
    return out;
}

}  // namespace dossier::query::plan
