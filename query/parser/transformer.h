// Transformer: ANTLR parse tree -> query/ast. Private to query/parser: only the .cc files of this
// folder include it, so no ANTLR type reaches the rest of the project.
//
// Errors found while transforming (bad literals) are thrown as TransformError and turned into a
// Status by Parse(); they never leave query/parser.
#pragma once

#include <string>
#include <vector>

#include "DossierQueryParser.h"
#include "graph/status.h"
#include "query/ast/ast.h"

namespace dossier::query {

struct TransformError {
    Status status;
};

class Transformer {
  public:
    using P = dossier_antlr::DossierQueryParser;

    // `input` is the char stream the tree was parsed from: used to recover source text.
    explicit Transformer(antlr4::CharStream* input) : input_(input) {}

    ast::Statement TransformScript(P::ScriptContext* ctx);

    // Statements and clauses (transform_clause.cc).
    ast::SingleQuery TransformSingleQuery(P::SingleQueryContext* ctx);
    ast::ClausePtr TransformClause(P::ClauseContext* ctx);
    ast::ClausePtr TransformMatch(P::MatchClauseContext* ctx);
    ast::ClausePtr TransformUnwind(P::UnwindClauseContext* ctx);
    ast::ClausePtr TransformWith(P::WithClauseContext* ctx);
    ast::ClausePtr TransformReturn(P::ReturnClauseContext* ctx);
    ast::ClausePtr TransformCreate(P::CreateClauseContext* ctx);
    ast::ClausePtr TransformMerge(P::MergeClauseContext* ctx);
    ast::ClausePtr TransformSet(P::SetClauseContext* ctx);
    ast::ClausePtr TransformRemove(P::RemoveClauseContext* ctx);
    ast::ClausePtr TransformDelete(P::DeleteClauseContext* ctx);
    ast::ClausePtr TransformCall(P::CallClauseContext* ctx);
    ast::Projection TransformProjection(P::ProjectionBodyContext* ctx);
    ast::SetItem TransformSetItem(P::SetItemContext* ctx);
    ast::ExprPtr TransformPropertyExpression(P::PropertyExpressionContext* ctx);

    // Patterns (transform_pattern.cc).
    ast::Pattern TransformPattern(P::PatternContext* ctx);
    ast::PatternPart TransformPatternPart(P::PatternPartContext* ctx);
    ast::PatternPart TransformRelationshipsPattern(P::RelationshipsPatternContext* ctx);
    void TransformPatternElement(P::PatternElementContext* ctx, ast::PatternPart* part);
    ast::NodePattern TransformNodePattern(P::NodePatternContext* ctx);
    ast::RelationshipPattern TransformRelationshipPattern(P::RelationshipPatternContext* ctx);
    std::vector<std::string> TransformLabels(P::NodeLabelsContext* ctx);
    int64_t TransformRangeBound(P::RangeBoundContext* ctx);

    // Expressions (transform_expression.cc, transform_atom.cc).
    ast::ExprPtr TransformExpression(P::ExpressionContext* ctx);
    ast::ExprPtr TransformOr(P::OrExpressionContext* ctx);
    ast::ExprPtr TransformXor(P::XorExpressionContext* ctx);
    ast::ExprPtr TransformAnd(P::AndExpressionContext* ctx);
    ast::ExprPtr TransformNot(P::NotExpressionContext* ctx);
    ast::ExprPtr TransformComparison(P::ComparisonExpressionContext* ctx);
    ast::ExprPtr TransformPredicate(P::PredicateExpressionContext* ctx);
    ast::ExprPtr TransformAdd(P::AddExpressionContext* ctx);
    ast::ExprPtr TransformMultiply(P::MultiplyExpressionContext* ctx);
    ast::ExprPtr TransformPower(P::PowerExpressionContext* ctx);
    ast::ExprPtr TransformUnary(P::UnaryExpressionContext* ctx);
    ast::ExprPtr TransformPostfix(P::PostfixExpressionContext* ctx);
    ast::ExprPtr TransformAtom(P::AtomContext* ctx);
    ast::ExprPtr TransformLiteral(P::LiteralContext* ctx);
    ast::ExprPtr TransformNumber(P::NumberLiteralContext* ctx, bool negative);
    ast::ExprPtr TransformMapLiteral(P::MapLiteralContext* ctx);
    ast::ExprPtr TransformParameter(P::ParameterContext* ctx);
    ast::ExprPtr TransformCase(P::CaseExpressionContext* ctx);
    ast::ExprPtr TransformFunction(P::FunctionInvocationContext* ctx);
    ast::ExprPtr TransformListComprehension(P::ListComprehensionContext* ctx);
    ast::ExprPtr TransformPatternComprehension(P::PatternComprehensionContext* ctx);
    ast::ExprPtr TransformQuantifier(P::QuantifierExpressionContext* ctx);
    ast::ExprPtr TransformReduce(P::ReduceExpressionContext* ctx);
    ast::ExprPtr TransformExists(P::ExistsSubqueryContext* ctx);
    ast::ExprPtr TransformMapProjection(P::MapProjectionContext* ctx);
    int64_t TransformIntegerLiteral(P::IntegerLiteralContext* ctx);

    // Names (transform_name.cc).
    std::string Name(P::SymbolicNameContext* ctx);
    std::string Name(P::VariableContext* ctx);
    std::string Name(P::SchemaNameContext* ctx);
    std::string Name(P::PropertyKeyNameContext* ctx);
    std::string QualifiedName(const std::vector<P::SymbolicNameContext*>& parts);

    // Source text of a rule, exactly as written.
    std::string SourceText(antlr4::ParserRuleContext* ctx) const;
    static ast::SourcePos Pos(antlr4::ParserRuleContext* ctx);
    static ast::SourcePos Pos(antlr4::Token* token);
    // Throws TransformError carrying `status` positioned at `ctx`.
    [[noreturn]] static void Fail(Status status, antlr4::ParserRuleContext* ctx);

  private:
    antlr4::CharStream* const input_;
};

}  // namespace dossier::query
