// Patterns: parse tree -> ast::PatternPart.
#include "query/parser/transformer.h"

namespace dossier::query {
namespace {

ast::ExprPtr PropertiesOf(Transformer* t, Transformer::P::PropertiesContext* ctx) {
    if (ctx == nullptr) return nullptr;
    if (ctx->mapLiteral() != nullptr) return t->TransformMapLiteral(ctx->mapLiteral());
    return t->TransformParameter(ctx->parameter());
}

}  // namespace

int64_t Transformer::TransformRangeBound(P::RangeBoundContext* ctx) {
    if (ctx->DASH() != nullptr) {
        Fail(Status(Status::Code::kSyntaxError, "a variable-length bound cannot be negative",
                    "InvalidRelationshipPattern"),
             ctx);
    }
    return TransformIntegerLiteral(ctx->integerLiteral());
}

ast::Pattern Transformer::TransformPattern(P::PatternContext* ctx) {
    ast::Pattern out;
    for (P::PatternPartContext* part : ctx->patternPart()) {
        out.push_back(TransformPatternPart(part));
    }
    return out;
}

ast::PatternPart Transformer::TransformPatternPart(P::PatternPartContext* ctx) {
    ast::PatternPart out;
    out.pos = Pos(ctx);
    if (ctx->variable() != nullptr) out.path_variable = Name(ctx->variable());
    P::AnonymousPatternPartContext* anon = ctx->anonymousPatternPart();
    if (auto* sp = dynamic_cast<P::ShortestPathPatternContext*>(anon)) {
        out.path_function = sp->SHORTESTPATH() != nullptr ? ast::PathFunction::kShortestPath
                                                          : ast::PathFunction::kAllShortestPaths;
        TransformPatternElement(sp->patternElement(), &out);
    } else {
        TransformPatternElement(static_cast<P::PlainPatternContext*>(anon)->patternElement(), &out);
    }
    return out;
}

void Transformer::TransformPatternElement(P::PatternElementContext* ctx, ast::PatternPart* part) {
    if (ctx->patternElement() != nullptr) {  // ( patternElement )
        TransformPatternElement(ctx->patternElement(), part);
        return;
    }
    part->nodes.push_back(TransformNodePattern(ctx->nodePattern()));
    for (P::PatternElementChainContext* chain : ctx->patternElementChain()) {
        part->relationships.push_back(TransformRelationshipPattern(chain->relationshipPattern()));
        part->nodes.push_back(TransformNodePattern(chain->nodePattern()));
    }
}

ast::PatternPart Transformer::TransformRelationshipsPattern(P::RelationshipsPatternContext* ctx) {
    ast::PatternPart out;
    out.pos = Pos(ctx);
    out.nodes.push_back(TransformNodePattern(ctx->nodePattern()));
    for (P::PatternElementChainContext* chain : ctx->patternElementChain()) {
        out.relationships.push_back(TransformRelationshipPattern(chain->relationshipPattern()));
        out.nodes.push_back(TransformNodePattern(chain->nodePattern()));
    }
    return out;
}

std::vector<std::string> Transformer::TransformLabels(P::NodeLabelsContext* ctx) {
    std::vector<std::string> out;
    if (ctx == nullptr) return out;
    for (P::LabelNameContext* l : ctx->labelName()) out.push_back(Name(l->schemaName()));
    return out;
}

ast::NodePattern Transformer::TransformNodePattern(P::NodePatternContext* ctx) {
    ast::NodePattern out;
    out.pos = Pos(ctx);
    if (ctx->variable() != nullptr) out.variable = Name(ctx->variable());
    out.labels = TransformLabels(ctx->nodeLabels());
    out.properties = PropertiesOf(this, ctx->properties());
    return out;
}

ast::RelationshipPattern Transformer::TransformRelationshipPattern(
    P::RelationshipPatternContext* ctx) {
    ast::RelationshipPattern out;
    out.pos = Pos(ctx);
    bool left = ctx->LT() != nullptr;
    bool right = ctx->GT() != nullptr;
    out.direction = left == right ? ast::Direction::kBoth
                                  : (left ? ast::Direction::kLeft : ast::Direction::kRight);
    P::RelationshipDetailContext* d = ctx->relationshipDetail();
    if (d == nullptr) return out;
    if (d->variable() != nullptr) out.variable = Name(d->variable());
    if (d->relationshipTypes() != nullptr) {
        for (P::RelTypeNameContext* t : d->relationshipTypes()->relTypeName()) {
            out.types.push_back(Name(t->schemaName()));
        }
    }
    if (P::RangeLiteralContext* r = d->rangeLiteral()) {
        out.variable_length = true;
        if (r->STAR() == nullptr) {
            Fail(Status(Status::Code::kSyntaxError,
                        "a variable-length relationship needs '*' before its bounds, as in *1..3",
                        "InvalidRelationshipPattern"),
                 r);
        }
        if (P::RangeBoundsContext* b = r->rangeBounds()) {
            if (b->exact != nullptr) {
                out.min_hops = out.max_hops = TransformRangeBound(b->exact);  // *2: exactly 2
            } else {
                if (b->from != nullptr) out.min_hops = TransformRangeBound(b->from);
                if (b->to != nullptr) out.max_hops = TransformRangeBound(b->to);
            }
        }
    }
    out.properties = PropertiesOf(this, d->properties());
    return out;
}

}  // namespace dossier::query
