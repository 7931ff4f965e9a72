// Pattern predicates, pattern comprehensions and EXISTS: each pattern (or the body of
// EXISTS { MATCH ... RETURN ... }) gets a small plan that starts from the current row (an
// Argument) and is cached for as long as the variables in scope stay the same.
#include <map>

#include "query/plan/plan_state.h"
#include "query/plan/planner.h"

namespace dossier::query::plan {

namespace {

class PlannedPatterns : public eval::PatternSupport {
  public:
    PlannedPatterns(exec::ExecContext* ctx, const eval::VariableIds* variables)
        : ctx_(ctx), variables_(variables) {}

    Status ForEachMatch(const std::vector<const ast::PatternPart*>& parts, const eval::EvalEnv& env,
                        const std::function<Result<bool>(const eval::EvalEnv&)>& fn) override {
        eval::Scope outer;
        eval::Row row;
        OuterRow(env, &outer, &row);
        DOSSIER_ASSIGN_OR_RETURN(Cached * plan, PlanFor(parts, outer));
        plan->argument->row = &row;
        plan->root->Reset();
        eval::Row match;
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, plan->root->Pull(&match));
            if (!more) break;
            eval::EvalEnv inner = env;
            inner.scope = &plan->scope;
            inner.row = &match;
            inner.locals = nullptr;  // now in the row
            inner.substitutions = nullptr;
            DOSSIER_ASSIGN_OR_RETURN(bool go_on, fn(inner));
            if (!go_on) break;
        }
        plan->argument->row = nullptr;
        return Status::OK();
    }

    Result<bool> HasRows(const ast::SingleQuery& query, const eval::EvalEnv& env) override {
        eval::Scope outer;
        eval::Row row;
        OuterRow(env, &outer, &row);
        DOSSIER_ASSIGN_OR_RETURN(Cached * plan, PlanFor(query, outer));
        plan->argument->row = &row;
        plan->root->Reset();
        eval::Row out;
        Result<bool> any = plan->root->Pull(&out);
        plan->argument->row = nullptr;
        return any;
    }

  private:
    // The outer row of `env`, with local bindings (list comprehension variables) appended.
    void OuterRow(const eval::EvalEnv& env, eval::Scope* outer, eval::Row* row) const {
        *outer = env.scope ? *env.scope : eval::Scope(variables_);
        *row = env.row ? *env.row : eval::Row();
        row->resize(static_cast<size_t>(outer->size()));
        for (const eval::Local* l = env.locals; l; l = l->next) {
            if (outer->Find(l->name) >= 0) continue;
            outer->Add(std::string(l->name));
            row->push_back(*l->value);
        }
    }

    struct Cached {
        std::vector<std::string> outer_names;
        std::shared_ptr<exec::ArgumentSlot> argument;
        exec::OperatorPtr root;
        eval::Scope scope;
    };

    Result<Cached*> PlanFor(const std::vector<const ast::PatternPart*>& parts,
                            const eval::Scope& outer) {
        auto& slot = cache_[parts.empty() ? nullptr : parts[0]];
        if (slot && slot->outer_names == outer.names()) return slot.get();
        auto c = std::make_unique<Cached>();
        c->outer_names = outer.names();
        c->argument = std::make_shared<exec::ArgumentSlot>();
        PlanState s = StartInnerPlan(ctx_, outer, c->argument);
        DOSSIER_RETURN_IF_ERROR(PlanPattern(&s, parts, nullptr));
        c->root = std::move(s.op);
        c->scope = std::move(s.scope);
        slot = std::move(c);
        return slot.get();
    }

    // The plan of a subquery: its clauses over an Argument repeating the outer row.
    Result<Cached*> PlanFor(const ast::SingleQuery& query, const eval::Scope& outer) {
        auto& slot = cache_[&query];
        if (slot && slot->outer_names == outer.names()) return slot.get();
        auto c = std::make_unique<Cached>();
        c->outer_names = outer.names();
        c->argument = std::make_shared<exec::ArgumentSlot>();
        PlanState s = StartInnerPlan(ctx_, outer, c->argument);
        std::vector<std::string> columns;
        DOSSIER_RETURN_IF_ERROR(PlanClauses(&s, query, &columns));
        c->root = std::move(s.op);
        c->scope = std::move(s.scope);
        slot = std::move(c);
        return slot.get();
    }

    exec::ExecContext* const ctx_;
    const eval::VariableIds* const variables_;
    std::map<const void*, std::unique_ptr<Cached>> cache_;
};

}  // namespace

std::unique_ptr<eval::PatternSupport> NewPatternSupport(exec::ExecContext* ctx,
                                                        const eval::VariableIds* variables) {
    return std::make_unique<PlannedPatterns>(ctx, variables);
}

}  // namespace dossier::query::plan
