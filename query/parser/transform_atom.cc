// Atoms: literals, parameters, CASE, function calls, comprehensions, pattern expressions.
#include "query/parser/literal_decoder.h"
#include "query/parser/transformer.h"

namespace dossier::query {

ast::ExprPtr Transformer::TransformAtom(P::AtomContext* ctx) {
    ast::SourcePos pos = Pos(ctx);
    if (auto* c = ctx->literal()) return TransformLiteral(c);
    if (auto* c = ctx->parameter()) return TransformParameter(c);
    if (auto* c = ctx->caseExpression()) return TransformCase(c);
    if (ctx->COUNT() != nullptr) return std::make_unique<ast::CountStarExpr>(pos);
    if (auto* c = ctx->listComprehension()) return TransformListComprehension(c);
    if (auto* c = ctx->patternComprehension()) return TransformPatternComprehension(c);
    if (auto* c = ctx->quantifierExpression()) return TransformQuantifier(c);
    if (auto* c = ctx->reduceExpression()) return TransformReduce(c);
    if (auto* c = ctx->existsSubquery()) return TransformExists(c);
    if (auto* c = ctx->relationshipsPattern()) {
        auto out = std::make_unique<ast::PatternPredicateExpr>(pos);
        out->pattern = std::make_unique<ast::PatternPart>(TransformRelationshipsPattern(c));
        return out;
    }
    if (auto* c = ctx->expression()) return TransformExpression(c);
    if (auto* c = ctx->functionInvocation()) return TransformFunction(c);
    if (auto* c = ctx->mapProjection()) return TransformMapProjection(c);
    return std::make_unique<ast::VariableExpr>(Name(ctx->variable()), pos);
}

ast::ExprPtr Transformer::TransformLiteral(P::LiteralContext* ctx) {
    ast::SourcePos pos = Pos(ctx);
    if (auto* n = ctx->numberLiteral()) return TransformNumber(n, /*negative=*/false);
    if (antlr4::tree::TerminalNode* s = ctx->StringLiteral()) {
        Result<std::string> text = DecodeStringLiteral(s->getText());
        if (!text.ok()) Fail(text.status(), ctx);
        return std::make_unique<ast::LiteralExpr>(graph::Value(std::move(text).value()), pos);
    }
    if (ctx->TRUE() != nullptr) return std::make_unique<ast::LiteralExpr>(graph::Value(true), pos);
    if (ctx->FALSE() != nullptr) {
        return std::make_unique<ast::LiteralExpr>(graph::Value(false), pos);
    }
    if (ctx->NULL_() != nullptr) return std::make_unique<ast::LiteralExpr>(graph::Value(), pos);
    if (auto* m = ctx->mapLiteral()) return TransformMapLiteral(m);
    auto list = std::make_unique<ast::ListExpr>(pos);
    for (P::ExpressionContext* e : ctx->listLiteral()->expression()) {
        list->elements.push_back(TransformExpression(e));
    }
    return list;
}

int64_t Transformer::TransformIntegerLiteral(P::IntegerLiteralContext* ctx) {
    Result<int64_t> v = DecodeIntegerLiteral(ctx->getText(), /*negative=*/false);
    if (!v.ok()) Fail(v.status(), ctx);
    return *v;
}

ast::ExprPtr Transformer::TransformNumber(P::NumberLiteralContext* ctx, bool negative) {
    ast::SourcePos pos = Pos(ctx);
    if (ctx->FloatLiteral() != nullptr) {
        Result<double> v = DecodeFloatLiteral(ctx->getText(), negative);
        if (!v.ok()) Fail(v.status(), ctx);
        return std::make_unique<ast::LiteralExpr>(graph::Value(*v), pos);
    }
    // InvalidNumber tokens (12ab, 0x) fail here with InvalidNumberLiteral.
    Result<int64_t> v = DecodeIntegerLiteral(ctx->getText(), negative);
    if (!v.ok()) Fail(v.status(), ctx);
    return std::make_unique<ast::LiteralExpr>(graph::Value(*v), pos);
}

ast::ExprPtr Transformer::TransformMapLiteral(P::MapLiteralContext* ctx) {
    auto out = std::make_unique<ast::MapExpr>(Pos(ctx));
    std::vector<P::PropertyKeyNameContext*> keys = ctx->propertyKeyName();
    std::vector<P::ExpressionContext*> values = ctx->expression();
    for (size_t i = 0; i < keys.size(); ++i) {
        out->entries.emplace_back(Name(keys[i]), TransformExpression(values[i]));
    }
    return out;
}

ast::ExprPtr Transformer::TransformParameter(P::ParameterContext* ctx) {
    std::string name = ctx->symbolicName() != nullptr ? Name(ctx->symbolicName())
                                                      : ctx->DecimalInteger()->getText();
    return std::make_unique<ast::ParameterExpr>(std::move(name), Pos(ctx));
}

ast::ExprPtr Transformer::TransformCase(P::CaseExpressionContext* ctx) {
    auto out = std::make_unique<ast::CaseExpr>(Pos(ctx));
    if (ctx->subject != nullptr) out->subject = TransformExpression(ctx->subject);
    for (P::CaseAlternativeContext* alt : ctx->caseAlternative()) {
        out->alternatives.push_back(
            {TransformExpression(alt->expression(0)), TransformExpression(alt->expression(1))});
    }
    if (ctx->elseValue != nullptr) out->else_value = TransformExpression(ctx->elseValue);
    return out;
}

ast::ExprPtr Transformer::TransformFunction(P::FunctionInvocationContext* ctx) {
    auto out = std::make_unique<ast::FunctionCallExpr>(
        QualifiedName(ctx->functionName()->symbolicName()), Pos(ctx));
    out->distinct = ctx->DISTINCT() != nullptr;
    for (P::ExpressionContext* e : ctx->expression()) out->args.push_back(TransformExpression(e));
    return out;
}

ast::ExprPtr Transformer::TransformListComprehension(P::ListComprehensionContext* ctx) {
    auto out = std::make_unique<ast::ListComprehensionExpr>(Pos(ctx));
    out->variable = Name(ctx->variable());
    std::vector<P::ExpressionContext*> exprs = ctx->expression();
    size_t next = 0;
    out->list = TransformExpression(exprs[next++]);
    if (ctx->WHERE() != nullptr) out->filter = TransformExpression(exprs[next++]);
    if (ctx->PIPE() != nullptr) out->projection = TransformExpression(exprs[next++]);
    return out;
}

ast::ExprPtr Transformer::TransformPatternComprehension(P::PatternComprehensionContext* ctx) {
    auto out = std::make_unique<ast::PatternComprehensionExpr>(Pos(ctx));
    out->pattern = std::make_unique<ast::PatternPart>(
        TransformRelationshipsPattern(ctx->relationshipsPattern()));
    if (ctx->variable() != nullptr) out->pattern->path_variable = Name(ctx->variable());
    std::vector<P::ExpressionContext*> exprs = ctx->expression();
    size_t next = 0;
    if (ctx->WHERE() != nullptr) out->filter = TransformExpression(exprs[next++]);
    out->projection = TransformExpression(exprs[next]);
    return out;
}

ast::ExprPtr Transformer::TransformQuantifier(P::QuantifierExpressionContext* ctx) {
    ast::Quantifier q = ast::Quantifier::kSingle;
    if (ctx->ALL() != nullptr) q = ast::Quantifier::kAll;
    if (ctx->ANY() != nullptr) q = ast::Quantifier::kAny;
    if (ctx->NONE() != nullptr) q = ast::Quantifier::kNone;
    auto out = std::make_unique<ast::QuantifierExpr>(q, Pos(ctx));
    out->variable = Name(ctx->variable());
    out->list = TransformExpression(ctx->expression(0));
    if (ctx->WHERE() != nullptr) out->filter = TransformExpression(ctx->expression(1));
    return out;
}

ast::ExprPtr Transformer::TransformReduce(P::ReduceExpressionContext* ctx) {
    auto out = std::make_unique<ast::ReduceExpr>(Pos(ctx));
    out->accumulator = Name(ctx->variable(0));
    out->init = TransformExpression(ctx->expression(0));
    out->variable = Name(ctx->variable(1));
    out->list = TransformExpression(ctx->expression(1));
    out->expression = TransformExpression(ctx->expression(2));
    return out;
}

ast::ExprPtr Transformer::TransformExists(P::ExistsSubqueryContext* ctx) {
    auto out = std::make_unique<ast::ExistsExpr>(Pos(ctx));
    if (P::QueryContext* q = ctx->query()) {
        std::vector<P::SingleQueryContext*> parts = {q->singleQuery()};
        for (P::UnionPartContext* u : q->unionPart()) parts.push_back(u->singleQuery());
        for (P::SingleQueryContext* part : parts) {
            for (P::ClauseContext* c : part->clause()) {
                if (c->createClause() || c->mergeClause() || c->setClause() || c->removeClause() ||
                    c->deleteClause()) {
                    Fail(Status(Status::Code::kSyntaxError,
                                "EXISTS { ... } cannot contain an updating clause",
                                "InvalidClauseComposition"),
                         c);
                }
            }
            out->subquery.push_back(std::make_unique<ast::SingleQuery>(TransformSingleQuery(part)));
        }
        return out;
    }
    out->patterns = TransformPattern(ctx->pattern());
    if (ctx->WHERE() != nullptr) out->filter = TransformExpression(ctx->expression());
    return out;
}

ast::ExprPtr Transformer::TransformMapProjection(P::MapProjectionContext* ctx) {
    auto out = std::make_unique<ast::MapProjectionExpr>(Pos(ctx));
    out->variable = Name(ctx->variable());
    for (P::MapProjectionItemContext* item : ctx->mapProjectionItem()) {
        ast::MapProjectionItem m;
        if (auto* l = dynamic_cast<P::MapProjectionLiteralContext*>(item)) {
            m.kind = ast::MapProjectionItem::Kind::kLiteral;
            m.key = Name(l->propertyKeyName());
            m.value = TransformExpression(l->expression());
        } else if (auto* p = dynamic_cast<P::MapProjectionPropertyContext*>(item)) {
            m.kind = ast::MapProjectionItem::Kind::kProperty;
            m.key = Name(p->propertyKeyName());
        } else if (auto* v = dynamic_cast<P::MapProjectionVariableContext*>(item)) {
            m.kind = ast::MapProjectionItem::Kind::kVariable;
            m.key = Name(v->variable());
        } else {
            m.kind = ast::MapProjectionItem::Kind::kAllProperties;
        }
        out->items.push_back(std::move(m));
    }
    return out;
}

}  // namespace dossier::query
