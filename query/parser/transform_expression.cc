// Operator expressions: parse tree -> ast::Expression, by precedence level.
#include "query/parser/transformer.h"

namespace dossier::query {
namespace {

using P = Transformer::P;

ast::BinaryOp ComparisonOp(P::ComparisonOperatorContext* ctx) {
    switch (ctx->getStart()->getType()) {
        case P::EQ:
            return ast::BinaryOp::kEq;
        case P::NE:
            return ast::BinaryOp::kNe;
        case P::LT:
            return ast::BinaryOp::kLt;
        case P::GT:
            return ast::BinaryOp::kGt;
        case P::LE:
            return ast::BinaryOp::kLe;
        default:
            return ast::BinaryOp::kGe;
    }
}

ast::ExprPtr Binary(ast::BinaryOp op, ast::ExprPtr l, ast::ExprPtr r, ast::SourcePos pos) {
    return std::make_unique<ast::BinaryExpr>(op, std::move(l), std::move(r), pos);
}

// Folds operands[0] op operands[1] op ... left-associatively.
template <typename Ctx, typename Fn>
ast::ExprPtr FoldLeft(const std::vector<Ctx*>& operands, ast::BinaryOp op, ast::SourcePos pos,
                      Fn transform) {
    ast::ExprPtr e = transform(operands[0]);
    for (size_t i = 1; i < operands.size(); ++i) {
        e = Binary(op, std::move(e), transform(operands[i]), pos);
    }
    return e;
}

}  // namespace

ast::ExprPtr Transformer::TransformExpression(P::ExpressionContext* ctx) {
    return TransformOr(ctx->orExpression());
}

ast::ExprPtr Transformer::TransformOr(P::OrExpressionContext* ctx) {
    return FoldLeft(ctx->xorExpression(), ast::BinaryOp::kOr, Pos(ctx),
                    [this](auto* c) { return TransformXor(c); });
}

ast::ExprPtr Transformer::TransformXor(P::XorExpressionContext* ctx) {
    return FoldLeft(ctx->andExpression(), ast::BinaryOp::kXor, Pos(ctx),
                    [this](auto* c) { return TransformAnd(c); });
}

ast::ExprPtr Transformer::TransformAnd(P::AndExpressionContext* ctx) {
    return FoldLeft(ctx->notExpression(), ast::BinaryOp::kAnd, Pos(ctx),
                    [this](auto* c) { return TransformNot(c); });
}

ast::ExprPtr Transformer::TransformNot(P::NotExpressionContext* ctx) {
    ast::ExprPtr e = TransformComparison(ctx->comparisonExpression());
    std::vector<antlr4::tree::TerminalNode*> nots = ctx->NOT();
    for (auto it = nots.rbegin(); it != nots.rend(); ++it) {
        e = std::make_unique<ast::UnaryExpr>(ast::UnaryOp::kNot, std::move(e),
                                             Pos((*it)->getSymbol()));
    }
    return e;
}

ast::ExprPtr Transformer::TransformComparison(P::ComparisonExpressionContext* ctx) {
    std::vector<P::PredicateExpressionContext*> operands = ctx->predicateExpression();
    std::vector<P::ComparisonOperatorContext*> ops = ctx->comparisonOperator();
    if (ops.empty()) return TransformPredicate(operands[0]);
    if (ops.size() == 1) {
        return Binary(ComparisonOp(ops[0]), TransformPredicate(operands[0]),
                      TransformPredicate(operands[1]), Pos(ctx));
    }
    auto chain = std::make_unique<ast::ComparisonChainExpr>(Pos(ctx));
    for (P::PredicateExpressionContext* o : operands) {
        chain->operands.push_back(TransformPredicate(o));
    }
    for (P::ComparisonOperatorContext* op : ops) chain->ops.push_back(ComparisonOp(op));
    return chain;
}

ast::ExprPtr Transformer::TransformPredicate(P::PredicateExpressionContext* ctx) {
    ast::ExprPtr e = TransformAdd(ctx->addExpression());
    ast::SourcePos pos = Pos(ctx);
    for (P::PredicateSuffixContext* s : ctx->predicateSuffix()) {
        if (auto* c = dynamic_cast<P::StartsWithSuffixContext*>(s)) {
            e = Binary(ast::BinaryOp::kStartsWith, std::move(e), TransformAdd(c->addExpression()),
                       pos);
        } else if (auto* c = dynamic_cast<P::EndsWithSuffixContext*>(s)) {
            e = Binary(ast::BinaryOp::kEndsWith, std::move(e), TransformAdd(c->addExpression()),
                       pos);
        } else if (auto* c = dynamic_cast<P::ContainsSuffixContext*>(s)) {
            e = Binary(ast::BinaryOp::kContains, std::move(e), TransformAdd(c->addExpression()),
                       pos);
        } else if (auto* c = dynamic_cast<P::InSuffixContext*>(s)) {
            e = Binary(ast::BinaryOp::kIn, std::move(e), TransformAdd(c->addExpression()), pos);
        } else if (auto* c = dynamic_cast<P::RegexSuffixContext*>(s)) {
            e = Binary(ast::BinaryOp::kRegexMatch, std::move(e), TransformAdd(c->addExpression()),
                       pos);
        } else {
            bool negated = dynamic_cast<P::IsNotNullSuffixContext*>(s) != nullptr;
            e = std::make_unique<ast::IsNullExpr>(std::move(e), negated, pos);
        }
    }
    return e;
}

ast::ExprPtr Transformer::TransformAdd(P::AddExpressionContext* ctx) {
    std::vector<P::MultiplyExpressionContext*> operands = ctx->multiplyExpression();
    ast::ExprPtr e = TransformMultiply(operands[0]);
    std::vector<P::AddOperatorContext*> ops = ctx->addOperator();
    for (size_t i = 0; i < ops.size(); ++i) {
        auto op = ops[i]->PLUS() != nullptr ? ast::BinaryOp::kAdd : ast::BinaryOp::kSubtract;
        e = Binary(op, std::move(e), TransformMultiply(operands[i + 1]), Pos(ctx));
    }
    return e;
}

ast::ExprPtr Transformer::TransformMultiply(P::MultiplyExpressionContext* ctx) {
    std::vector<P::PowerExpressionContext*> operands = ctx->powerExpression();
    ast::ExprPtr e = TransformPower(operands[0]);
    std::vector<P::MultiplyOperatorContext*> ops = ctx->multiplyOperator();
    for (size_t i = 0; i < ops.size(); ++i) {
        ast::BinaryOp op = ast::BinaryOp::kModulo;
        if (ops[i]->STAR() != nullptr) op = ast::BinaryOp::kMultiply;
        if (ops[i]->SLASH() != nullptr) op = ast::BinaryOp::kDivide;
        e = Binary(op, std::move(e), TransformPower(operands[i + 1]), Pos(ctx));
    }
    return e;
}

ast::ExprPtr Transformer::TransformPower(P::PowerExpressionContext* ctx) {
    return FoldLeft(ctx->unaryExpression(), ast::BinaryOp::kPower, Pos(ctx),
                    [this](auto* c) { return TransformUnary(c); });
}

ast::ExprPtr Transformer::TransformUnary(P::UnaryExpressionContext* ctx) {
    if (ctx->postfixExpression() != nullptr) return TransformPostfix(ctx->postfixExpression());
    P::UnaryExpressionContext* operand = ctx->unaryExpression();
    if (ctx->DASH() != nullptr) {
        // -<number> is one literal, so that the most negative integer can be written.
        P::PostfixExpressionContext* pf = operand->postfixExpression();
        if (pf != nullptr && pf->postfixOperator().empty() && pf->nodeLabels() == nullptr &&
            pf->atom()->literal() != nullptr && pf->atom()->literal()->numberLiteral() != nullptr) {
            return TransformNumber(pf->atom()->literal()->numberLiteral(), /*negative=*/true);
        }
        return std::make_unique<ast::UnaryExpr>(ast::UnaryOp::kNegate, TransformUnary(operand),
                                                Pos(ctx));
    }
    return std::make_unique<ast::UnaryExpr>(ast::UnaryOp::kPlus, TransformUnary(operand), Pos(ctx));
}

ast::ExprPtr Transformer::TransformPostfix(P::PostfixExpressionContext* ctx) {
    ast::ExprPtr e = TransformAtom(ctx->atom());
    for (P::PostfixOperatorContext* op : ctx->postfixOperator()) {
        ast::SourcePos pos = Pos(ctx);
        if (auto* p = dynamic_cast<P::PropertyLookupContext*>(op)) {
            e = std::make_unique<ast::PropertyExpr>(std::move(e), Name(p->propertyKeyName()), pos);
        } else if (auto* i = dynamic_cast<P::IndexLookupContext*>(op)) {
            e = std::make_unique<ast::IndexExpr>(std::move(e), TransformExpression(i->expression()),
                                                 pos);
        } else {
            auto* s = static_cast<P::SliceLookupContext*>(op);
            ast::ExprPtr from = s->from != nullptr ? TransformExpression(s->from) : nullptr;
            ast::ExprPtr to = s->to != nullptr ? TransformExpression(s->to) : nullptr;
            e = std::make_unique<ast::SliceExpr>(std::move(e), std::move(from), std::move(to), pos);
        }
    }
    if (ctx->nodeLabels() != nullptr) {
        e = std::make_unique<ast::LabelCheckExpr>(std::move(e), TransformLabels(ctx->nodeLabels()),
                                                  Pos(ctx));
    }
    return e;
}

}  // namespace dossier::query
