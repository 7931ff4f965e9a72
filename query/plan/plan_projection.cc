// Planning WITH and RETURN: projection, aggregation, DISTINCT, ORDER BY, SKIP, LIMIT, WHERE.
//
// Aggregating projections become Aggregate (grouping keys = the items without aggregates) and a
// Project whose aggregate sub-expressions read the Aggregate's slots (substitutions). ORDER BY
// may name an item by alias or repeat its expression; repeated expressions read the item's slot.
#include <algorithm>
#include <unordered_map>

#include "query/plan/plan_state.h"
#include "query/plan/planner.h"

namespace dossier::query::plan {

namespace A = ast;

namespace {

// The aggregates the binder marked in `e` (it rejected aggregates inside aggregates and inside
// pattern comprehensions and EXISTS).
void CollectAggregates(const A::Expression& e, std::vector<const A::Expression*>* out) {
    if (e.kind == A::ExprKind::kCountStar ||
        (e.kind == A::ExprKind::kFunctionCall && e.As<A::FunctionCallExpr>().aggregate)) {
        out->push_back(&e);
        return;
    }
    if (e.kind == A::ExprKind::kPatternComprehension || e.kind == A::ExprKind::kExists) return;
    A::ForEachChild(e, [&](const A::Expression& c) { CollectAggregates(c, out); });
}

exec::AggregateItem ToAggregate(const A::Expression& e) {
    exec::AggregateItem a;
    a.function = "count";
    if (e.kind == A::ExprKind::kFunctionCall) {
        const auto& f = e.As<A::FunctionCallExpr>();
        a.function = f.LowerName();
        a.distinct = f.distinct;
        if (!f.args.empty()) a.argument = f.args[0].get();
        if (f.args.size() > 1) a.parameter = f.args[1].get();
    }
    return a;
}

// Maps sub-expressions of `e` whose text equals a projected expression to that item's slot.
void SubstituteByText(const A::Expression& e, const std::unordered_map<std::string, int>& texts,
                      eval::Substitutions* subst) {
    auto it = texts.find(e.ToString());
    if (it != texts.end()) {
        (*subst)[&e] = it->second;
        return;
    }
    A::ForEachChild(e, [&](const A::Expression& c) { SubstituteByText(c, texts, subst); });
}

}  // namespace

Status PlanProjection(PlanState* s, const A::Projection& proj, const A::Expression* where,
                      std::vector<std::string>* columns) {
    std::vector<exec::ProjectItem> items;
    if (proj.star) {
        std::vector<std::string> names;
        for (const auto& n : s->scope.names()) {
            if (!eval::Scope::IsHidden(n) &&
                std::find(names.begin(), names.end(), n) == names.end()) {
                names.push_back(n);
            }
        }
        std::sort(names.begin(), names.end());
        for (const auto& n : names) {
            auto variable = std::make_unique<A::VariableExpr>(n);
            if (s->scope.ids()) variable->variable_id = s->scope.ids()->Find(n);
            items.push_back({variable.get(), n});
            s->ctx->synthesized.push_back(std::move(variable));
        }
    }
    for (const auto& item : proj.items) items.push_back({item.expression.get(), item.name});

    const bool aggregating = proj.aggregating;

    std::shared_ptr<eval::Substitutions> subst;
    // ORDER BY and WITH ... WHERE may still read variables the projection drops: keep them
    // until then.
    const bool keep_input = !proj.distinct && (!proj.order_by.empty() || where != nullptr);
    if (aggregating) {
        std::vector<exec::ProjectItem> keys;
        std::vector<const A::Expression*> aggs;
        for (const auto& item : items) {
            const size_t before = aggs.size();
            CollectAggregates(*item.expression, &aggs);
            if (aggs.size() == before) keys.push_back(item);
        }
        subst = std::make_shared<eval::Substitutions>();
        std::vector<exec::AggregateItem> agg_items;
        eval::Scope grouped(s->scope.ids());
        for (size_t i = 0; i < keys.size(); ++i) {
            (*subst)[keys[i].expression] = grouped.Add(keys[i].name);
        }
        for (const A::Expression* a : aggs) {
            (*subst)[a] = grouped.Add(" agg " + a->ToString());
            agg_items.push_back(ToAggregate(*a));
        }
        s->op = exec::MakeAggregate(s->ctx, std::move(s->op), s->scope, std::move(keys),
                                    std::move(agg_items));
        s->scope = grouped;
    }
    eval::Scope projected(s->scope.ids());
    for (const auto& item : items) projected.Add(item.name);
    const int width = projected.size();
    s->op = exec::MakeProject(s->ctx, std::move(s->op), s->scope, items, keep_input, subst);
    if (keep_input) projected.Append(s->scope);
    s->scope = projected;
    if (proj.distinct) s->op = exec::MakeDistinct(s->ctx, std::move(s->op), width);

    std::unordered_map<std::string, int> texts;
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
        texts.emplace(items[i].expression->ToString(), i);
    }
    if (!proj.order_by.empty()) {
        auto sort_subst = std::make_shared<eval::Substitutions>();
        std::vector<exec::SortItem> sort;
        for (const auto& o : proj.order_by) {
            SubstituteByText(*o.expression, texts, sort_subst.get());
            sort.push_back({o.expression.get(), o.descending});
        }
        // A top-k heap needs counts that are the same each time they are read.
        auto fixed = [](const ast::Expression* e) {
            return e == nullptr || e->kind == ast::ExprKind::kLiteral ||
                   e->kind == ast::ExprKind::kParameter;
        };
        const bool top_k = proj.limit && fixed(proj.limit.get()) && fixed(proj.skip.get());
        s->op =
            exec::MakeSort(s->ctx, std::move(s->op), s->scope, std::move(sort), sort_subst,
                           top_k ? proj.skip.get() : nullptr, top_k ? proj.limit.get() : nullptr);
    }
    if (proj.skip) s->op = exec::MakeSkip(s->ctx, std::move(s->op), proj.skip.get());
    if (proj.limit) s->op = exec::MakeLimit(s->ctx, std::move(s->op), proj.limit.get());
    // WITH's WHERE may still see variables the projection drops.
    if (where) {
        auto where_subst = std::make_shared<eval::Substitutions>();
        SubstituteByText(*where, texts, where_subst.get());
        s->op = exec::MakeFilter(s->ctx, std::move(s->op), s->scope, where, where_subst);
    }
    if (s->scope.size() != width) {
        s->op = exec::MakeKeepColumns(s->ctx, std::move(s->op), width);
        s->scope.Truncate(width);
    }
    if (columns) {
        columns->clear();
        for (const auto& item : items) columns->push_back(item.name);
    }
    s->leaf_only = false;
    return Status::OK();
}

}  // namespace dossier::query::plan
