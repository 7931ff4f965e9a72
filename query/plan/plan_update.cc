// Planning the writing clauses: CREATE, MERGE, SET, REMOVE, DELETE. Every write is preceded by an
// Eager barrier (unless it starts the query) so that it never feeds the reads before it, and
// reads after it see all of its effects.
#include "query/plan/plan_state.h"
#include "query/plan/planner.h"

namespace dossier::query::plan {

namespace A = ast;

namespace {

void Barrier(PlanState* s) {
    if (!s->leaf_only) s->op = exec::MakeEager(s->ctx, std::move(s->op));
    s->leaf_only = false;
}

// Fills a CreateSpec for `part` against the scope in `s` (binding what is new). With `fixed`,
// the slots already exist in s->scope (MERGE's match plan made them) and `outer` says which
// variables were bound before the clause.
Status BuildCreate(PlanState* s, const A::PatternPart& part, const eval::Scope* outer,
                   exec::CreateSpec* spec) {
    for (const auto& n : part.nodes) {
        const std::string name = ElementName(n);
        exec::CreateNodeSpec ns;
        const bool was_bound = outer ? outer->Find(name) >= 0 : s->scope.Find(name) >= 0;
        bool seen_here = false;
        for (const auto& prev : spec->nodes)
            seen_here = seen_here || prev.slot == s->scope.Find(name);
        // The binder rejected a bound variable with labels or properties (VariableAlreadyBound).
        if (was_bound || seen_here) {
            ns.slot = s->scope.Find(name);
            ns.create = false;
        } else {
            ns.slot = outer ? s->scope.Find(name) : s->Bind(name);
            ns.labels = n.labels;
            ns.properties = n.properties.get();
        }
        spec->nodes.push_back(std::move(ns));
    }
    for (size_t i = 0; i < part.relationships.size(); ++i) {
        // The binder checked: one type, fixed length (NoSingleRelationshipType, CreatingVarLength).
        const A::RelationshipPattern& r = part.relationships[i];
        exec::CreateEdgeSpec es;
        const std::string name = ElementName(r);
        es.slot = outer ? s->scope.Find(name) : s->Bind(name);
        const int left = s->scope.Find(ElementName(part.nodes[i]));
        const int right = s->scope.Find(ElementName(part.nodes[i + 1]));
        const bool backwards = r.direction == A::Direction::kLeft;
        es.src_slot = backwards ? right : left;
        es.dst_slot = backwards ? left : right;
        es.type = r.types[0];
        es.properties = r.properties.get();
        spec->edges.push_back(std::move(es));
    }
    if (!part.path_variable.empty()) {
        exec::PathSpec p;
        for (const auto& n : part.nodes) p.node_slots.push_back(s->scope.Find(ElementName(n)));
        for (const auto& r : part.relationships)
            p.edge_slots.push_back(s->scope.Find(ElementName(r)));
        p.slot = outer ? s->scope.Find(part.path_variable) : s->Bind(part.path_variable);
        spec->paths.push_back(std::move(p));
    }
    return Status::OK();
}

}  // namespace

Status PlanCreate(PlanState* s, const A::CreateClause& create) {
    Barrier(s);
    exec::CreateSpec spec;
    for (const auto& part : create.pattern) {
        DOSSIER_RETURN_IF_ERROR(BuildCreate(s, part, nullptr, &spec));
    }
    spec.scope = s->scope;
    spec.width = s->width();
    s->op = exec::MakeCreate(s->ctx, std::move(s->op), std::move(spec));
    return Status::OK();
}

Status PlanMerge(PlanState* s, const A::MergeClause& merge) {
    Barrier(s);
    const eval::Scope outer = s->scope;
    auto argument = std::make_shared<exec::ArgumentSlot>();
    PlanState inner = StartInnerPlan(s->ctx, outer, argument);
    inner.statement = s->statement;
    DOSSIER_RETURN_IF_ERROR(PlanPattern(&inner, {&merge.pattern}, nullptr));
    exec::CreateSpec spec;
    DOSSIER_RETURN_IF_ERROR(BuildCreate(&inner, merge.pattern, &outer, &spec));
    spec.scope = inner.scope;
    spec.width = inner.width();
    std::vector<const A::SetItem*> on_create, on_match;
    for (const auto& i : merge.on_create) on_create.push_back(&i);
    for (const auto& i : merge.on_match) on_match.push_back(&i);
    s->op = exec::MakeMerge(s->ctx, std::move(s->op), std::move(inner.op), argument,
                            std::move(spec), std::move(on_create), std::move(on_match));
    s->scope = inner.scope;
    return Status::OK();
}

Status PlanSet(PlanState* s, const A::SetClause& set) {
    Barrier(s);
    std::vector<const A::SetItem*> items;
    for (const auto& i : set.items) items.push_back(&i);
    s->op = exec::MakeSet(s->ctx, std::move(s->op), s->scope, std::move(items));
    return Status::OK();
}

Status PlanRemove(PlanState* s, const A::RemoveClause& remove) {
    Barrier(s);
    std::vector<const A::RemoveItem*> items;
    for (const auto& i : remove.items) items.push_back(&i);
    s->op = exec::MakeRemove(s->ctx, std::move(s->op), s->scope, std::move(items));
    return Status::OK();
}

Status PlanDelete(PlanState* s, const A::DeleteClause& del) {
    Barrier(s);
    std::vector<const A::Expression*> targets;
    for (const auto& e : del.expressions) targets.push_back(e.get());
    s->op = exec::MakeDelete(s->ctx, std::move(s->op), s->scope, std::move(targets), del.detach);
    return Status::OK();
}

}  // namespace dossier::query::plan
