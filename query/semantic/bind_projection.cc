// WITH and RETURN: items, aggregation, ORDER BY scope, SKIP / LIMIT, the new scope.
#include <set>

#include "query/semantic/binder.h"

namespace dossier::query::semantic {
namespace {

using K = ast::ExprKind;

// A grouping key that aggregate items may refer to: a variable or a property of one.
bool IsSimpleKey(const ast::Expression& e) {
    if (e.kind == K::kVariable) return true;
    const auto* p = e.TryAs<ast::PropertyExpr>();
    return p != nullptr && p->object->kind == K::kVariable;
}

// In an aggregating projection, the parts of an expression outside its aggregates may only use
// grouping keys (simple ones), `allowed` variables, and constants.
bool UsesOnlyGroupingKeys(const ast::Expression& e, const std::set<std::string>& keys,
                          const VariableScope& allowed) {
    if (IsAggregate(e)) return true;
    if (keys.count(e.ToString()) > 0) return true;
    if (e.kind == K::kVariable) return allowed.count(e.As<ast::VariableExpr>().name) > 0;
    // Variables a comprehension, quantifier or reduce binds are local, not grouping keys.
    VariableScope inner = allowed;
    if (const auto* c = e.TryAs<ast::ListComprehensionExpr>())
        inner[c->variable] = StaticType::kAny;
    if (const auto* q = e.TryAs<ast::QuantifierExpr>()) inner[q->variable] = StaticType::kAny;
    if (const auto* r = e.TryAs<ast::ReduceExpr>()) {
        inner[r->variable] = StaticType::kAny;
        inner[r->accumulator] = StaticType::kAny;
    }
    bool ok = true;
    ast::ForEachChild(
        e, [&](const ast::Expression& c) { ok = ok && UsesOnlyGroupingKeys(c, keys, inner); });
    return ok;
}

Status Ambiguous(const ast::Expression& e) {
    return SemanticError(
        "AmbiguousAggregationExpression",
        "expression " + e.ToString() + " mixes an aggregate with values that are not grouping keys",
        e.pos);
}

bool HasVariable(const ast::Expression& e) {
    if (e.kind == K::kVariable) return true;
    bool found = false;
    ast::ForEachChild(e, [&](const ast::Expression& c) { found = found || HasVariable(c); });
    return found;
}

bool IsScoping(K kind) {
    return kind == K::kListComprehension || kind == K::kQuantifier || kind == K::kReduce ||
           kind == K::kPatternComprehension || kind == K::kExists || kind == K::kPatternPredicate ||
           kind == K::kMapProjection;
}

// ORDER BY after DISTINCT or aggregation sees only the projected columns, but may repeat a
// projected expression verbatim.
Status CheckProjectedSortExpr(const ast::Expression& e, const std::set<std::string>& projected,
                              const VariableScope& after, bool aggregating) {
    if (projected.count(e.ToString()) > 0) return Status::OK();
    ExpressionRules rules;
    rules.aggregates = aggregating;
    if (e.kind == K::kVariable || IsAggregate(e) || IsScoping(e.kind)) {
        Status st = CheckExpression(e, after, rules);
        if (st.detail() == "UndefinedVariable") {
            return SemanticError("UndefinedVariable",
                                 st.message() +
                                     "; after DISTINCT or aggregation, ORDER BY sees only the "
                                     "projected columns",
                                 {st.line(), st.column()});
        }
        return st;
    }
    Status st;
    ast::ForEachChild(e, [&](const ast::Expression& c) {
        if (st.ok()) st = CheckProjectedSortExpr(c, projected, after, aggregating);
    });
    return st;
}

}  // namespace

Status Binder::CheckSkipLimit(const ast::ExprPtr& e, const char* what) {
    if (!e) return Status::OK();
    if (HasVariable(*e)) {
        return SemanticError("NonConstantExpression",
                             std::string(what) + " must be a constant, not " + e->ToString(),
                             e->pos);
    }
    DOSSIER_RETURN_IF_ERROR(CheckExpr(*e));
    if (const auto* lit = e->TryAs<ast::LiteralExpr>()) {
        if (lit->value.is_int() && lit->value.as_int() < 0) {
            return SemanticError("NegativeIntegerArgument",
                                 std::string(what) + " must not be negative, got " + e->ToString(),
                                 e->pos);
        }
        if (!lit->value.is_int() && !lit->value.is_null()) {
            return SemanticError("InvalidArgumentType",
                                 std::string(what) + " must be an integer, got " + e->ToString(),
                                 e->pos);
        }
    }
    return Status::OK();
}

Status Binder::CheckOrderBy(const ast::Projection& projection, bool aggregating,
                            const VariableScope& before, const VariableScope& after) {
    std::set<std::string> projected, keys;
    for (const auto& item : projection.items) {
        projected.insert(item.expression->ToString());
        if (!ContainsAggregate(*item.expression) && IsSimpleKey(*item.expression)) {
            keys.insert(item.expression->ToString());
        }
    }
    for (const auto& sort : projection.order_by) {
        const ast::Expression& e = *sort.expression;
        if (!aggregating && !projection.distinct) {
            VariableScope both = before;
            for (const auto& [name, type] : after) both[name] = type;
            DOSSIER_RETURN_IF_ERROR(CheckExpression(e, both, {}));
            continue;
        }
        DOSSIER_RETURN_IF_ERROR(CheckProjectedSortExpr(e, projected, after, aggregating));
        if (aggregating && ContainsAggregate(e) && !UsesOnlyGroupingKeys(e, keys, after)) {
            return Ambiguous(e);
        }
    }
    return Status::OK();
}

Status Binder::BindProjection(const ast::Projection& projection, bool is_with,
                              const ast::Clause& clause) {
    // RETURN * needs something to return; WITH * may carry an empty scope on.
    if (!is_with && projection.star && scope_.empty()) {
        return SemanticError("NoVariablesInScope",
                             std::string(ast::ClauseKindName(clause.kind)) +
                                 " * needs at least one named variable in scope",
                             clause.pos);
    }
    ExpressionRules item_rules;
    item_rules.aggregates = true;
    bool aggregating = false;
    std::set<std::string> keys;
    for (const auto& item : projection.items) {
        DOSSIER_RETURN_IF_ERROR(CheckExpr(*item.expression, item_rules));
        if (ContainsAggregate(*item.expression)) {
            aggregating = true;
        } else if (IsSimpleKey(*item.expression)) {
            keys.insert(item.expression->ToString());
        }
    }
    projection.aggregating = aggregating;  // binding for the planner
    if (aggregating) {
        for (const auto& item : projection.items) {
            const ast::Expression& e = *item.expression;
            if (ContainsAggregate(e) && !UsesOnlyGroupingKeys(e, keys, {})) return Ambiguous(e);
        }
    }
    VariableScope after = projection.star ? scope_ : VariableScope{};
    for (const auto& item : projection.items) {
        after[item.name] = TypeOf(*item.expression, scope_);
    }
    DOSSIER_RETURN_IF_ERROR(CheckOrderBy(projection, aggregating, scope_, after));
    DOSSIER_RETURN_IF_ERROR(CheckSkipLimit(projection.skip, "SKIP"));
    DOSSIER_RETURN_IF_ERROR(CheckSkipLimit(projection.limit, "LIMIT"));
    std::set<std::string> names;
    for (const auto& item : projection.items) {
        if (is_with && !item.has_alias() && item.expression->kind != K::kVariable) {
            return SemanticError("NoExpressionAlias",
                                 "expression " + item.name + " in WITH must be aliased (use AS)",
                                 item.expression->pos);
        }
        if (!names.insert(item.name).second) {
            return SemanticError("ColumnNameConflict",
                                 "column name `" + item.name + "` is used more than once",
                                 item.expression->pos);
        }
    }
    // The planner's columns: with `*`, every variable in scope in name order, then the items.
    last_columns_.clear();
    if (projection.star) {
        for (const auto& [name, type] : scope_) last_columns_.push_back(name);
    }
    for (const auto& item : projection.items) last_columns_.push_back(item.name);
    scope_ = std::move(after);
    return Status::OK();
}

}  // namespace dossier::query::semantic
