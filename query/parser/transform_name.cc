#include "query/parser/transformer.h"

namespace dossier::query {

std::string Transformer::Name(P::SymbolicNameContext* ctx) {
    if (ctx->EscapedIdentifier() != nullptr) {
        std::string raw = ctx->getText();
        std::string out;
        // Inside backquotes, `` stands for one backquote.
        for (size_t i = 1; i + 1 < raw.size(); ++i) {
            out += raw[i];
            if (raw[i] == '`') ++i;
        }
        return out;
    }
    return ctx->getText();
}

std::string Transformer::Name(P::VariableContext* ctx) {
    return Name(ctx->symbolicName());
}

std::string Transformer::Name(P::SchemaNameContext* ctx) {
    if (ctx->symbolicName() != nullptr) return Name(ctx->symbolicName());
    return ctx->getText();
}

std::string Transformer::Name(P::PropertyKeyNameContext* ctx) {
    return Name(ctx->schemaName());
}

std::string Transformer::QualifiedName(const std::vector<P::SymbolicNameContext*>& parts) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += ".";
        out += Name(parts[i]);
    }
    return out;
}

std::string Transformer::SourceText(antlr4::ParserRuleContext* ctx) const {
    size_t start = ctx->getStart()->getStartIndex();
    size_t stop = ctx->getStop()->getStopIndex();
    if (stop < start) return {};
    return input_->getText(antlr4::misc::Interval(start, stop));
}

ast::SourcePos Transformer::Pos(antlr4::Token* token) {
    return {static_cast<int>(token->getLine()),
            static_cast<int>(token->getCharPositionInLine()) + 1};
}

ast::SourcePos Transformer::Pos(antlr4::ParserRuleContext* ctx) {
    return Pos(ctx->getStart());
}

void Transformer::Fail(Status status, antlr4::ParserRuleContext* ctx) {
    ast::SourcePos pos = Pos(ctx);
    throw TransformError{
        Status(status.code(), status.message(), status.detail(), pos.line, pos.column)};
}

}  // namespace dossier::query
