// Planning MATCH and OPTIONAL MATCH patterns.
#include <algorithm>
#include <cstdio>
#include <optional>

#include "query/plan/edge_filter.h"
#include "query/plan/entity_use.h"
#include "query/plan/plan_state.h"
#include "query/plan/planner.h"

namespace dossier::query::plan {

namespace A = ast;

namespace {

graph::Direction ToDirection(A::Direction d, bool reversed) {
    switch (d) {
        case A::Direction::kRight:
            return reversed ? graph::Direction::kIn : graph::Direction::kOut;
        case A::Direction::kLeft:
            return reversed ? graph::Direction::kOut : graph::Direction::kIn;
        case A::Direction::kBoth:
            return graph::Direction::kBoth;
    }
    return graph::Direction::kBoth;
}

exec::NodeConstraint ConstraintOf(const A::NodePattern& n) {
    exec::NodeConstraint c;
    c.labels = n.labels;
    c.properties = n.properties.get();
    return c;
}

// The `name` value to seek in the name index: from the pattern's property map, or from a
// WHERE conjunct `var.name = <literal or parameter>`.
bool IsConstant(const A::Expression& e) {
    return e.kind == A::ExprKind::kLiteral || e.kind == A::ExprKind::kParameter;
}

// A value fixed for the whole statement: a literal, a parameter, or a call of a deterministic
// function on such values (`date('2019-01-01')`).
bool IsFixed(const A::Expression& e) {
    if (IsConstant(e)) return true;
    const auto* f = e.TryAs<A::FunctionCallExpr>();
    if (!f || f->distinct) return false;
    const std::string name = f->LowerName();
    if (name == "rand" || name == "randomuuid" || name == "timestamp") return false;
    return std::all_of(f->args.begin(), f->args.end(),
                       [](const A::ExprPtr& a) { return IsFixed(*a); });
}

const A::Expression* NameInWhere(const A::Expression* where, const std::string& var) {
    if (!where || where->kind != A::ExprKind::kBinary) return nullptr;
    const auto& b = where->As<A::BinaryExpr>();
    if (b.op == A::BinaryOp::kAnd) {
        if (auto* e = NameInWhere(b.left.get(), var)) return e;
        return NameInWhere(b.right.get(), var);
    }
    if (b.op != A::BinaryOp::kEq) return nullptr;
    auto is_name_of_var = [&](const A::Expression& e) {
        const auto* p = e.TryAs<A::PropertyExpr>();
        if (!p || p->key != "name") return false;
        const auto* v = p->object->TryAs<A::VariableExpr>();
        return v && v->name == var;
    };
    if (is_name_of_var(*b.left) && IsConstant(*b.right)) return b.right.get();
    if (is_name_of_var(*b.right) && IsConstant(*b.left)) return b.left.get();
    return nullptr;
}

const A::Expression* NameSeekValue(const A::NodePattern& n, const A::Expression* where) {
    if (n.properties && n.properties->kind == A::ExprKind::kMap) {
        for (const auto& [key, value] : n.properties->As<A::MapExpr>().entries) {
            if (key == "name" && IsConstant(*value)) return value.get();
        }
    }
    if (n.variable.empty()) return nullptr;
    return NameInWhere(where, n.variable);
}

// `var.key` for the given variable: the key, else "".
std::string PropertyOf(const A::Expression& e, const std::string& var) {
    const auto* p = e.TryAs<A::PropertyExpr>();
    if (!p) return {};
    const auto* v = p->object->TryAs<A::VariableExpr>();
    return v && v->name == var ? p->key : std::string();
}

// Collects, from the AND-ed conjuncts of `where`, the constant bounds on `var.key`.
void BoundsInWhere(const A::Expression* where, const std::string& var, const std::string& key,
                   exec::PropertySeekSpec* seek) {
    if (!where || where->kind != A::ExprKind::kBinary) return;
    const auto& b = where->As<A::BinaryExpr>();
    if (b.op == A::BinaryOp::kAnd) {
        BoundsInWhere(b.left.get(), var, key, seek);
        BoundsInWhere(b.right.get(), var, key, seek);
        return;
    }
    A::BinaryOp op = b.op;
    const A::Expression* value = nullptr;
    if (PropertyOf(*b.left, var) == key && IsFixed(*b.right)) {
        value = b.right.get();
    } else if (PropertyOf(*b.right, var) == key && IsFixed(*b.left)) {
        value = b.left.get();
        // Flip the comparison: `3 < n.p` is `n.p > 3`.
        if (op == A::BinaryOp::kLt)
            op = A::BinaryOp::kGt;
        else if (op == A::BinaryOp::kGt)
            op = A::BinaryOp::kLt;
        else if (op == A::BinaryOp::kLe)
            op = A::BinaryOp::kGe;
        else if (op == A::BinaryOp::kGe)
            op = A::BinaryOp::kLe;
    }
    if (!value) return;
    switch (op) {
        case A::BinaryOp::kEq:
            if (!seek->equal) seek->equal = value;
            break;
        case A::BinaryOp::kGt:
        case A::BinaryOp::kGe:
            if (!seek->lower) seek->lower = value;
            break;
        case A::BinaryOp::kLt:
        case A::BinaryOp::kLe:
            if (!seek->upper) seek->upper = value;
            break;
        default:
            break;
    }
}

// A seek through a property index for `n`: an equality (from the pattern's map or WHERE) when
// there is one on an indexed property of one of its labels, else a range from WHERE; nullopt
// when no index applies. Only the label, property and bounds are filled.
std::optional<exec::PropertySeekSpec> IndexSeekFor(const PlanState& s, const A::NodePattern& n,
                                                   const A::Expression* where) {
    std::optional<exec::PropertySeekSpec> range;
    for (const auto& index : s.ctx->indexes) {
        if (std::find(n.labels.begin(), n.labels.end(), index.label) == n.labels.end()) continue;
        exec::PropertySeekSpec seek;
        seek.label = index.label;
        seek.property = index.property;
        if (n.properties && n.properties->kind == A::ExprKind::kMap) {
            for (const auto& [key, value] : n.properties->As<A::MapExpr>().entries) {
                if (key == index.property && IsFixed(*value)) seek.equal = value.get();
            }
        }
        if (!n.variable.empty()) BoundsInWhere(where, n.variable, index.property, &seek);
        if (seek.equal) {
            seek.lower = seek.upper = nullptr;
            return seek;
        }
        if ((seek.lower || seek.upper) && !range) range = seek;
    }
    return range;
}

// Binds (or checks) one node pattern as the start of a chain.
void BindStart(PlanState* s, const A::NodePattern& n, const A::Expression* where) {
    const std::string name = ElementName(n);
    const int bound = s->scope.Find(name);
    if (bound >= 0) {
        if (!n.labels.empty() || n.properties) {
            s->op = exec::MakeNodeCheck(s->ctx, std::move(s->op), s->scope, bound, ConstraintOf(n));
        }
        return;
    }
    const eval::Scope before = s->scope;
    const int slot = s->Bind(name);
    const std::string shown = n.variable.empty() ? "anon" : n.variable;
    auto index_seek = IndexSeekFor(*s, n, where);
    if (index_seek && (index_seek->equal || !NameSeekValue(n, where))) {
        index_seek->scope = before;
        index_seek->slot = slot;
        index_seek->width = s->width();
        index_seek->variable = shown;
        index_seek->node = ConstraintOf(n);
        s->op = exec::MakePropertySeek(s->ctx, std::move(s->op), std::move(*index_seek));
    } else if (const A::Expression* seek = NameSeekValue(n, where)) {
        s->op = exec::MakeIndexSeek(s->ctx, std::move(s->op), before, slot, s->width(), seek,
                                    ConstraintOf(n), shown);
    } else {
        // Scanning one label needs no lookup of the node unless the query reads it.
        const bool fetch = n.labels.size() > 1 || n.properties ||
                           (!n.variable.empty() && NeedsEntity(s->statement, n.variable, &n));
        s->op = exec::MakeNodeScan(s->ctx, std::move(s->op), before, slot, s->width(),
                                   ConstraintOf(n), shown, fetch);
    }
    s->leaf_only = false;
}

int ChooseStart(const PlanState& s, const A::PatternPart& part, const A::Expression* where) {
    const int n = static_cast<int>(part.nodes.size());
    for (int i = 0; i < n; ++i) {
        if (s.scope.Find(ElementName(part.nodes[i])) >= 0) return i;
    }
    for (int i = 0; i < n; ++i) {
        auto seek = IndexSeekFor(s, part.nodes[i], where);
        if (seek && seek->equal) return i;
    }
    for (int i = 0; i < n; ++i) {
        if (NameSeekValue(part.nodes[i], where)) return i;
    }
    for (int i = 0; i < n; ++i) {
        if (IndexSeekFor(s, part.nodes[i], where)) return i;
    }
    // The rarest label (by the store's counters; the first labelled node when they are unknown).
    int best = -1;
    uint64_t best_count = UINT64_MAX;
    for (int i = 0; i < n; ++i) {
        for (const auto& label : part.nodes[i].labels) {
            uint64_t count = UINT64_MAX - 1;
            if (!s.ctx->label_counts.empty()) {
                auto it = s.ctx->label_counts.find(label);
                count = it == s.ctx->label_counts.end() ? 0 : it->second;
            }
            if (count < best_count) {
                best = i;
                best_count = count;
            }
        }
    }
    return best >= 0 ? best : 0;
}

std::string StepText(const A::NodePattern& from, const A::RelationshipPattern& r,
                     const A::NodePattern& to, bool reversed) {
    A::Direction d = r.direction;
    if (reversed && d == A::Direction::kRight) {
        d = A::Direction::kLeft;
    } else if (reversed && d == A::Direction::kLeft) {
        d = A::Direction::kRight;
    }
    auto node = [](const A::NodePattern& n) {
        std::string s = "(" + n.variable;
        for (const auto& l : n.labels) s += ":" + l;
        return s + ")";
    };
    std::string rel = "[" + r.variable;
    for (size_t i = 0; i < r.types.size(); ++i) rel += (i ? "|" : ":") + r.types[i];
    if (r.variable_length) {
        rel += "*" + (r.min_hops ? std::to_string(*r.min_hops) : std::string()) + ".." +
               (r.max_hops ? std::to_string(*r.max_hops) : std::string());
    }
    rel += "]";
    return node(from) + (d == A::Direction::kLeft ? "<-" : "-") + rel +
           (d == A::Direction::kRight ? "->" : "-") + node(to);
}

void PlanStep(PlanState* s, const A::NodePattern& from, const A::RelationshipPattern& r,
              const A::NodePattern& to, bool reversed, const A::Expression* where,
              std::vector<int>* edge_slots) {
    exec::ExpandSpec spec;
    spec.scope = s->scope;
    spec.from_slot = s->scope.Find(ElementName(from));
    spec.direction = ToDirection(r.direction, reversed);
    spec.edge.types = r.types;
    spec.edge.properties = r.properties.get();
    spec.node = ConstraintOf(to);
    spec.unique_with = *edge_slots;
    spec.fetch_edge = !r.variable.empty() || r.properties != nullptr;
    spec.fetch_node = !to.variable.empty() && NeedsEntity(s->statement, to.variable, &to);
    spec.text = StepText(from, r, to, reversed);
    const int to_bound = s->scope.Find(ElementName(to));
    const int edge_bound = s->scope.Find(ElementName(r));
    if (edge_bound >= 0) {
        spec.edge_bound = true;
        spec.edge_slot = edge_bound;
    } else {
        spec.edge_slot = s->Bind(ElementName(r));
    }
    if (to_bound >= 0) {
        spec.into = true;
        spec.to_slot = to_bound;
    } else {
        spec.to_slot = s->Bind(ElementName(to));
    }
    spec.width = s->width();
    if (!r.variable_length && !spec.edge_bound) {
        spec.edge_filters = EdgeOnlyConjuncts(where, r.variable);
        if (!spec.edge_filters.empty()) spec.filter_scope = s->scope;
    }
    edge_slots->push_back(spec.edge_slot);
    if (r.variable_length) {
        spec.min_hops = r.min_hops.value_or(1);
        spec.max_hops = r.max_hops.value_or(-1);
        spec.reverse_output = reversed;
        s->op = exec::MakeVarExpand(s->ctx, std::move(s->op), std::move(spec));
    } else {
        s->op = exec::MakeExpand(s->ctx, std::move(s->op), std::move(spec));
    }
    s->leaf_only = false;
}

// REQUIRES: one relationship (the binder's CheckPathFunction).
Status PlanShortestPath(PlanState* s, const A::PatternPart& part, const A::Expression* where) {
    BindStart(s, part.nodes[0], where);
    BindStart(s, part.nodes[1], where);
    const A::RelationshipPattern& r = part.relationships[0];
    exec::ShortestPathSpec spec;
    spec.scope = s->scope;
    spec.from_slot = s->scope.Find(ElementName(part.nodes[0]));
    spec.to_slot = s->scope.Find(ElementName(part.nodes[1]));
    spec.direction = ToDirection(r.direction, false);
    spec.edge.types = r.types;
    spec.min_hops = r.min_hops.value_or(1);
    spec.max_hops = r.variable_length ? r.max_hops.value_or(-1) : 1;
    spec.all = part.path_function == A::PathFunction::kAllShortestPaths;
    spec.edge_slot = s->Bind(ElementName(r));
    if (!part.path_variable.empty()) spec.path_slot = s->Bind(part.path_variable);
    spec.width = s->width();
    s->op = exec::MakeShortestPath(s->ctx, std::move(s->op), std::move(spec));
    return Status::OK();
}

Status PlanPart(PlanState* s, const A::PatternPart& part, const A::Expression* where,
                std::vector<int>* edge_slots) {
    if (part.path_function != A::PathFunction::kNone) return PlanShortestPath(s, part, where);
    const int n = static_cast<int>(part.nodes.size());
    const int start = ChooseStart(*s, part, where);
    BindStart(s, part.nodes[start], where);
    for (int i = start; i + 1 < n; ++i) {
        PlanStep(s, part.nodes[i], part.relationships[i], part.nodes[i + 1], false, where,
                 edge_slots);
    }
    for (int i = start - 1; i >= 0; --i) {
        PlanStep(s, part.nodes[i + 1], part.relationships[i], part.nodes[i], true, where,
                 edge_slots);
    }
    if (!part.path_variable.empty()) {
        exec::PathSpec path;
        for (const auto& node : part.nodes)
            path.node_slots.push_back(s->scope.Find(ElementName(node)));
        for (const auto& rel : part.relationships) {
            path.edge_slots.push_back(s->scope.Find(ElementName(rel)));
        }
        path.slot = s->Bind(part.path_variable);
        s->op = exec::MakeBuildPath(s->ctx, std::move(s->op), std::move(path), s->width());
    }
    return Status::OK();
}

}  // namespace

std::string ElementName(const A::NodePattern& n) {
    if (!n.variable.empty()) return n.variable;
    char buf[32];
    std::snprintf(buf, sizeof(buf), " n%p", static_cast<const void*>(&n));
    return buf;
}

std::string ElementName(const A::RelationshipPattern& r) {
    if (!r.variable.empty()) return r.variable;
    char buf[32];
    std::snprintf(buf, sizeof(buf), " r%p", static_cast<const void*>(&r));
    return buf;
}

Status PlanPattern(PlanState* state, const std::vector<const A::PatternPart*>& parts,
                   const A::Expression* where) {
    std::vector<int> edge_slots;
    for (const A::PatternPart* part : parts) {
        DOSSIER_RETURN_IF_ERROR(PlanPart(state, *part, where, &edge_slots));
    }
    if (where) {
        state->op = exec::MakeFilter(state->ctx, std::move(state->op), state->scope, where);
    }
    return Status::OK();
}

Status PlanMatch(PlanState* state, const A::MatchClause& match) {
    std::vector<const A::PatternPart*> parts;
    for (const auto& p : match.pattern) parts.push_back(&p);
    if (!match.optional) return PlanPattern(state, parts, match.where.get());
    auto argument = std::make_shared<exec::ArgumentSlot>();
    PlanState inner = StartInnerPlan(state->ctx, state->scope, argument);
    inner.statement = state->statement;
    DOSSIER_RETURN_IF_ERROR(PlanPattern(&inner, parts, match.where.get()));
    state->op = exec::MakeOptional(state->ctx, std::move(state->op), std::move(inner.op), argument,
                                   inner.width());
    state->scope = inner.scope;
    state->leaf_only = false;
    return Status::OK();
}

}  // namespace dossier::query::plan
