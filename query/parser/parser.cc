#include "query/parser/parser.h"

#include <exception>
#include <map>
#include <optional>

#include "DossierQueryLexer.h"
#include "antlr4-runtime.h"
#include "query/parser/transformer.h"

namespace dossier::query {
namespace {

using dossier_antlr::DossierQueryLexer;
using dossier_antlr::DossierQueryParser;

constexpr const char* kClauses =
    "a clause (MATCH, OPTIONAL MATCH, WITH, UNWIND, RETURN, CREATE, MERGE, SET, REMOVE, DELETE or "
    "CALL)";

// How a token is named in messages: 'text' for what the user wrote, or the end of input.
std::string DescribeToken(const antlr4::Token* token) {
    if (token == nullptr) return "input";
    if (token->getType() == antlr4::Token::EOF) return "end of input";
    return "'" + token->getText() + "'";
}

// What the innermost rule being read wanted, in words, for when the set of expected tokens is too
// large to list; empty when no rule on the stack has a description.
std::string DescribeRuleInProgress(antlr4::Parser* parser) {
    static const std::map<std::string, std::string> kDescriptions = {
        {"expression", "an expression"},
        {"orExpression", "an expression"},
        {"xorExpression", "an expression"},
        {"andExpression", "an expression"},
        {"notExpression", "an expression"},
        {"comparisonExpression", "an expression"},
        {"predicateExpression", "an expression"},
        {"addExpression", "an expression"},
        {"multiplyExpression", "an expression"},
        {"powerExpression", "an expression"},
        {"unaryExpression", "an expression"},
        {"postfixExpression", "an expression"},
        {"atom", "an expression"},
        {"pattern", "a pattern such as (n:Label)-[:TYPE]->(m)"},
        {"patternPart", "a pattern such as (n:Label)-[:TYPE]->(m)"},
        {"nodePattern", "a node pattern such as (n:Label)"},
        {"clause", kClauses},
        {"singleQuery", kClauses},
        {"query", kClauses},
        {"statement", kClauses},
        {"script", kClauses},
    };
    const std::vector<std::string>& rules = parser->getRuleNames();
    for (antlr4::ParserRuleContext* ctx = parser->getContext(); ctx != nullptr;
         ctx = dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent)) {
        size_t index = ctx->getRuleIndex();
        if (index >= rules.size()) continue;
        auto it = kDescriptions.find(rules[index]);
        if (it != kDescriptions.end()) return it->second;
    }
    return {};
}

// "MATCH", "'('", ... joined; or a description of what the rule in progress wanted when the set
// is too large to be useful.
std::string DescribeExpected(antlr4::Parser* parser) {
    antlr4::misc::IntervalSet expected;
    try {
        expected = parser->getExpectedTokens();
    } catch (...) {
        return {};  // no expectation is known in this parser state
    }
    std::vector<ssize_t> tokens = expected.toList();
    if (tokens.empty() || tokens.size() > 8) return DescribeRuleInProgress(parser);
    std::string out;
    const antlr4::dfa::Vocabulary& vocab = parser->getVocabulary();
    for (size_t i = 0; i < tokens.size(); ++i) {
        if (i > 0) out += i + 1 == tokens.size() ? " or " : ", ";
        std::string name = tokens[i] == static_cast<ssize_t>(antlr4::Token::EOF)
                               ? "end of input"
                               : vocab.getDisplayName(tokens[i]);
        if (name.size() > 1 && name.back() == '_') name.pop_back();  // NULL_, SKIP_
        out += name;
    }
    return out;
}

bool IsUnicodeDash(const std::string& text) {
    // En dash, em dash, minus sign and similar look like '-' but are not.
    static const char* const kDashes[] = {"\u2010", "\u2011", "\u2012", "\u2013", "\u2014",
                                          "\u2015", "\u2212", "\uFE63", "\uFF0D"};
    for (const char* d : kDashes) {
        if (text == d) return true;
    }
    return false;
}

// Keeps the first syntax error; later ones are usually consequences of it.
class FirstErrorListener : public antlr4::BaseErrorListener {
  public:
    void syntaxError(antlr4::Recognizer* recognizer, antlr4::Token* offending, size_t line,
                     size_t column, const std::string& msg, std::exception_ptr) override {
        if (error_) return;
        std::string message;
        const char* detail = "UnexpectedSyntax";
        auto* parser = dynamic_cast<antlr4::Parser*>(recognizer);
        if (parser == nullptr) {
            message = msg;  // lexer errors: the grammar's catch-all token makes these rare
        } else if (offending != nullptr &&
                   offending->getType() == DossierQueryParser::UNKNOWN_CHAR) {
            const std::string& text = offending->getText();
            message = "unexpected character " + DescribeToken(offending);
            if (text == "'" || text == "\"") message = "unterminated string literal";
            if (text == "`") message = "unterminated `quoted name`";
            if (static_cast<unsigned char>(offending->getText()[0]) >= 0x80) {
                detail = "InvalidUnicodeCharacter";
                if (IsUnicodeDash(offending->getText())) message += " (did you mean '-'?)";
            }
        } else {
            message = "unexpected " + DescribeToken(offending);
            std::string expected = DescribeExpected(parser);
            if (!expected.empty()) message += ", expected " + expected;
        }
        error_ = Status(Status::Code::kSyntaxError, std::move(message), detail,
                        static_cast<int>(line), static_cast<int>(column) + 1);
    }

    const std::optional<Status>& error() const { return error_; }

  private:
    std::optional<Status> error_;
};

}  // namespace

Result<ast::Statement> Parse(std::string_view text) {
    try {
        antlr4::ANTLRInputStream input(text.data(), text.size());
        DossierQueryLexer lexer(&input);
        FirstErrorListener listener;
        lexer.removeErrorListeners();
        lexer.addErrorListener(&listener);
        antlr4::CommonTokenStream tokens(&lexer);
        DossierQueryParser parser(&tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(&listener);
        DossierQueryParser::ScriptContext* tree = parser.script();
        if (listener.error()) return *listener.error();
        Transformer transformer(&input);
        return transformer.TransformScript(tree);
    } catch (const TransformError& e) {
        return e.status;
    } catch (const std::exception& e) {
        return Status(Status::Code::kSyntaxError, std::string("cannot parse query: ") + e.what(),
                      "UnexpectedSyntax");
    }
}

}  // namespace dossier::query
