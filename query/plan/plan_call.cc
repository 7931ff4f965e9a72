// Planning CALL procedure(...) YIELD ...: the procedure's rows are joined to each input row.
#include "query/plan/plan_state.h"
#include "query/plan/planner.h"
#include "query/procedures/procedure.h"

namespace dossier::query::plan {

Status PlanCall(PlanState* s, const ast::CallClause& call, std::vector<std::string>* columns) {
    const procedures::Procedure* proc = procedures::FindProcedure(call.procedure);
    if (!proc) {
        return Status(Status::Code::kSemanticError, "unknown procedure " + call.procedure,
                      "ProcedureNotFound", call.pos.line, call.pos.column);
    }
    exec::CallSpec spec;
    spec.procedure = proc;
    spec.scope = s->scope;
    for (const auto& a : call.args) spec.arguments.push_back(a.get());
    std::vector<std::pair<std::string, std::string>> yields;  // field, variable
    if (call.yields.empty()) {
        for (const auto& f : proc->outputs) yields.emplace_back(f, f);
    } else {
        for (const auto& y : call.yields) yields.emplace_back(y.field, y.name());
    }
    for (const auto& [field, var] : yields) {
        int index = -1;
        for (size_t i = 0; i < proc->outputs.size(); ++i) {
            if (proc->outputs[i] == field) index = static_cast<int>(i);
        }
        if (index < 0) {
            return Status(Status::Code::kSemanticError,
                          call.procedure + " has no output `" + field + "`", "UndefinedVariable",
                          call.pos.line, call.pos.column);
        }
        spec.fields.push_back(index);
        spec.slots.push_back(s->Bind(var));
        if (columns) columns->push_back(var);
    }
    spec.width = s->width();
    s->op = exec::MakeCall(s->ctx, std::move(s->op), std::move(spec));
    if (call.where) s->op = exec::MakeFilter(s->ctx, std::move(s->op), s->scope, call.where.get());
    s->leaf_only = false;
    return Status::OK();
}

}  // namespace dossier::query::plan
