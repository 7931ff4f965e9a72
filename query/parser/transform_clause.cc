// Statements and clauses: parse tree -> ast::Statement.
#include "query/parser/transformer.h"

namespace dossier::query {

ast::Statement Transformer::TransformScript(P::ScriptContext* ctx) {
    P::StatementContext* st = ctx->statement();
    ast::Statement out;
    if (st->EXPLAIN() != nullptr) out.mode = ast::Statement::Mode::kExplain;
    if (st->PROFILE() != nullptr) out.mode = ast::Statement::Mode::kProfile;
    if (P::IndexCommandContext* c = st->indexCommand()) {
        ast::IndexCommand command;
        command.pos = Pos(c);
        if (c->symbolicName() != nullptr) command.name = Name(c->symbolicName());
        if (c->DROP() != nullptr) {
            command.kind = ast::IndexCommand::Kind::kDrop;
        } else {
            command.variable = Name(c->variable(0));
            command.label = Name(c->labelName()->schemaName());
            command.property_variable = Name(c->variable(1));
            command.property = Name(c->propertyKeyName());
        }
        out.index_command = std::move(command);
        return out;
    }
    out.queries.push_back(TransformSingleQuery(st->query()->singleQuery()));
    for (P::UnionPartContext* u : st->query()->unionPart()) {
        out.union_all.push_back(u->ALL() != nullptr);
        out.queries.push_back(TransformSingleQuery(u->singleQuery()));
    }
    return out;
}

ast::SingleQuery Transformer::TransformSingleQuery(P::SingleQueryContext* ctx) {
    ast::SingleQuery out;
    out.pos = Pos(ctx);
    for (P::ClauseContext* c : ctx->clause()) out.clauses.push_back(TransformClause(c));
    return out;
}

ast::ClausePtr Transformer::TransformClause(P::ClauseContext* ctx) {
    if (auto* c = ctx->matchClause()) return TransformMatch(c);
    if (auto* c = ctx->unwindClause()) return TransformUnwind(c);
    if (auto* c = ctx->withClause()) return TransformWith(c);
    if (auto* c = ctx->returnClause()) return TransformReturn(c);
    if (auto* c = ctx->createClause()) return TransformCreate(c);
    if (auto* c = ctx->mergeClause()) return TransformMerge(c);
    if (auto* c = ctx->setClause()) return TransformSet(c);
    if (auto* c = ctx->removeClause()) return TransformRemove(c);
    if (auto* c = ctx->deleteClause()) return TransformDelete(c);
    return TransformCall(ctx->callClause());
}

ast::ClausePtr Transformer::TransformMatch(P::MatchClauseContext* ctx) {
    auto out = std::make_unique<ast::MatchClause>(Pos(ctx));
    out->optional = ctx->OPTIONAL() != nullptr;
    out->pattern = TransformPattern(ctx->pattern());
    if (ctx->whereClause() != nullptr) {
        out->where = TransformExpression(ctx->whereClause()->expression());
    }
    return out;
}

ast::ClausePtr Transformer::TransformUnwind(P::UnwindClauseContext* ctx) {
    auto out = std::make_unique<ast::UnwindClause>(Pos(ctx));
    out->list = TransformExpression(ctx->expression());
    out->variable = Name(ctx->variable());
    return out;
}

ast::Projection Transformer::TransformProjection(P::ProjectionBodyContext* ctx) {
    ast::Projection out;
    out.distinct = ctx->DISTINCT() != nullptr;
    P::ProjectionItemsContext* items = ctx->projectionItems();
    out.star = items->STAR() != nullptr;
    for (P::ProjectionItemContext* item : items->projectionItem()) {
        ast::ProjectionItem p;
        p.expression = TransformExpression(item->expression());
        if (item->variable() != nullptr) p.alias = Name(item->variable());
        p.name = p.has_alias() ? p.alias : SourceText(item->expression());
        out.items.push_back(std::move(p));
    }
    if (ctx->orderBy() != nullptr) {
        for (P::SortItemContext* s : ctx->orderBy()->sortItem()) {
            ast::SortItem item;
            item.expression = TransformExpression(s->expression());
            item.descending = s->DESC() != nullptr || s->DESCENDING() != nullptr;
            out.order_by.push_back(std::move(item));
        }
    }
    if (ctx->skipClause() != nullptr)
        out.skip = TransformExpression(ctx->skipClause()->expression());
    if (ctx->limitClause() != nullptr) {
        out.limit = TransformExpression(ctx->limitClause()->expression());
    }
    return out;
}

ast::ClausePtr Transformer::TransformWith(P::WithClauseContext* ctx) {
    auto out = std::make_unique<ast::WithClause>(Pos(ctx));
    out->projection = TransformProjection(ctx->projectionBody());
    if (ctx->whereClause() != nullptr) {
        out->where = TransformExpression(ctx->whereClause()->expression());
    }
    return out;
}

ast::ClausePtr Transformer::TransformReturn(P::ReturnClauseContext* ctx) {
    auto out = std::make_unique<ast::ReturnClause>(Pos(ctx));
    out->projection = TransformProjection(ctx->projectionBody());
    return out;
}

ast::ClausePtr Transformer::TransformCreate(P::CreateClauseContext* ctx) {
    auto out = std::make_unique<ast::CreateClause>(Pos(ctx));
    out->pattern = TransformPattern(ctx->pattern());
    return out;
}

ast::ClausePtr Transformer::TransformMerge(P::MergeClauseContext* ctx) {
    auto out = std::make_unique<ast::MergeClause>(Pos(ctx));
    out->pattern = TransformPatternPart(ctx->patternPart());
    for (P::MergeActionContext* action : ctx->mergeAction()) {
        auto& target = action->MATCH() != nullptr ? out->on_match : out->on_create;
        for (P::SetItemContext* item : action->setItem()) {
            target.push_back(TransformSetItem(item));
        }
    }
    return out;
}

ast::ExprPtr Transformer::TransformPropertyExpression(P::PropertyExpressionContext* ctx) {
    ast::ExprPtr e = TransformAtom(ctx->atom());
    for (P::PropertyKeyNameContext* key : ctx->propertyKeyName()) {
        e = std::make_unique<ast::PropertyExpr>(std::move(e), Name(key), Pos(ctx));
    }
    return e;
}

ast::SetItem Transformer::TransformSetItem(P::SetItemContext* ctx) {
    ast::SetItem out;
    out.pos = Pos(ctx);
    if (auto* c = dynamic_cast<P::SetPropertyContext*>(ctx)) {
        out.kind = ast::SetItem::Kind::kProperty;
        out.property = TransformPropertyExpression(c->propertyExpression());
        out.value = TransformExpression(c->expression());
    } else if (auto* c = dynamic_cast<P::SetReplacePropertiesContext*>(ctx)) {
        out.kind = ast::SetItem::Kind::kReplaceProperties;
        out.variable = Name(c->variable());
        out.value = TransformExpression(c->expression());
    } else if (auto* c = dynamic_cast<P::SetMergePropertiesContext*>(ctx)) {
        out.kind = ast::SetItem::Kind::kMergeProperties;
        out.variable = Name(c->variable());
        out.value = TransformExpression(c->expression());
    } else {
        auto* l = static_cast<P::SetLabelsContext*>(ctx);
        out.kind = ast::SetItem::Kind::kLabels;
        out.variable = Name(l->variable());
        out.labels = TransformLabels(l->nodeLabels());
    }
    return out;
}

ast::ClausePtr Transformer::TransformSet(P::SetClauseContext* ctx) {
    auto out = std::make_unique<ast::SetClause>(Pos(ctx));
    for (P::SetItemContext* item : ctx->setItem()) out->items.push_back(TransformSetItem(item));
    return out;
}

ast::ClausePtr Transformer::TransformRemove(P::RemoveClauseContext* ctx) {
    auto out = std::make_unique<ast::RemoveClause>(Pos(ctx));
    for (P::RemoveItemContext* item : ctx->removeItem()) {
        ast::RemoveItem r;
        r.pos = Pos(item);
        if (auto* l = dynamic_cast<P::RemoveLabelsContext*>(item)) {
            r.kind = ast::RemoveItem::Kind::kLabels;
            r.variable = Name(l->variable());
            r.labels = TransformLabels(l->nodeLabels());
        } else {
            auto* p = static_cast<P::RemovePropertyContext*>(item);
            r.kind = ast::RemoveItem::Kind::kProperty;
            r.property = TransformPropertyExpression(p->propertyExpression());
        }
        out->items.push_back(std::move(r));
    }
    return out;
}

ast::ClausePtr Transformer::TransformDelete(P::DeleteClauseContext* ctx) {
    auto out = std::make_unique<ast::DeleteClause>(Pos(ctx));
    out->detach = ctx->DETACH() != nullptr;
    for (P::ExpressionContext* e : ctx->expression()) {
        out->expressions.push_back(TransformExpression(e));
    }
    return out;
}

ast::ClausePtr Transformer::TransformCall(P::CallClauseContext* ctx) {
    auto out = std::make_unique<ast::CallClause>(Pos(ctx));
    out->procedure = QualifiedName(ctx->procedureName()->symbolicName());
    out->explicit_args = ctx->LPAREN() != nullptr;
    for (P::ExpressionContext* e : ctx->expression()) out->args.push_back(TransformExpression(e));
    out->yield_star = ctx->YIELD() != nullptr && ctx->STAR() != nullptr;
    for (P::YieldItemContext* y : ctx->yieldItem()) {
        ast::YieldItem item;
        item.field = Name(y->symbolicName());
        if (y->variable() != nullptr) item.alias = Name(y->variable());
        out->yields.push_back(std::move(item));
    }
    if (ctx->whereClause() != nullptr) {
        out->where = TransformExpression(ctx->whereClause()->expression());
    }
    return out;
}

}  // namespace dossier::query
