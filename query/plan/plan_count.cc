// Whole-graph counts from the store's counters: `MATCH (n) RETURN count(n)`,
// `MATCH (n:Label) RETURN count(*)`, `MATCH ()-[r]->() RETURN count(r)`,
// `MATCH ()-[r:TYPE]->() RETURN count(*)` read one counter instead of scanning.
#include "query/plan/plan_count.h"

namespace dossier::query::plan {

namespace A = ast;

namespace {

bool Plain(const A::NodePattern& n) {
    return !n.properties;
}

// True when `e` is count(*) or count(var) (without DISTINCT).
bool CountsRows(const A::Expression& e, const std::string& var) {
    if (e.kind == A::ExprKind::kCountStar) return true;
    const auto* f = e.TryAs<A::FunctionCallExpr>();
    if (!f || f->distinct || f->args.size() != 1 || f->LowerName() != "count") return false;
    const auto* v = f->args[0]->TryAs<A::VariableExpr>();
    return v && !var.empty() && v->name == var;
}

uint64_t CounterOr0(const std::map<std::string, uint64_t>& counters, const std::string& key) {
    auto it = counters.find(key);
    return it == counters.end() ? 0 : it->second;
}

}  // namespace

bool PlanStoreCount(PlanState* s, const A::SingleQuery& q, std::vector<std::string>* columns) {
    if (!s->ctx->store_counts || q.clauses.size() != 2) return false;
    const auto* match = q.clauses[0]->TryAs<A::MatchClause>();
    const auto* ret = q.clauses[1]->TryAs<A::ReturnClause>();
    if (!match || !ret || match->optional || match->where || match->pattern.size() != 1) {
        return false;
    }
    const A::Projection& p = ret->projection;
    if (p.star || p.items.size() != 1 || !p.order_by.empty() || p.skip || p.limit) return false;
    const A::PatternPart& part = match->pattern[0];
    if (!part.path_variable.empty() || part.path_function != A::PathFunction::kNone) return false;
    const graph::GraphStats& counts = *s->ctx->store_counts;
    uint64_t count = 0;
    std::string what;
    if (part.nodes.size() == 1) {
        const A::NodePattern& n = part.nodes[0];
        if (!Plain(n) || n.labels.size() > 1) return false;
        if (!CountsRows(*p.items[0].expression, n.variable)) return false;
        if (n.labels.empty()) {
            count = counts.node_count;
            what = "nodes";
        } else {
            count = CounterOr0(counts.nodes_per_label, n.labels[0]);
            what = ":" + n.labels[0];
        }
    } else if (part.nodes.size() == 2) {
        const A::NodePattern& a = part.nodes[0];
        const A::NodePattern& b = part.nodes[1];
        const A::RelationshipPattern& r = part.relationships[0];
        // Each relationship once: a direction, no labels or properties at either end, and no
        // variable shared between the ends (`(a)-[r]->(a)` counts only self-loops).
        if (!Plain(a) || !Plain(b) || !a.labels.empty() || !b.labels.empty()) return false;
        if (r.direction == A::Direction::kBoth || r.variable_length || r.properties ||
            r.types.size() > 1) {
            return false;
        }
        if (!a.variable.empty() && (a.variable == b.variable || a.variable == r.variable)) {
            return false;
        }
        if (!b.variable.empty() && b.variable == r.variable) return false;
        if (!CountsRows(*p.items[0].expression, r.variable)) return false;
        if (r.types.empty()) {
            count = counts.edge_count;
            what = "relationships";
        } else {
            count = CounterOr0(counts.edges_per_type, r.types[0]);
            what = "[:" + r.types[0] + "]";
        }
    } else {
        return false;
    }
    s->op = exec::MakeStoreCount(s->ctx, count, what);
    s->leaf_only = false;
    *columns = {p.items[0].name};
    return true;
}

}  // namespace dossier::query::plan
