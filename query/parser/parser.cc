#include "query/parser/parser.h"

#include <exception>
#include <optional>

#include "DossierQueryLexer.h"
#include "antlr4-runtime.h"
#include "query/parser/transformer.h"

namespace dossier::query {
namespace {

using dossier_antlr::DossierQueryLexer;
using dossier_antlr::DossierQueryParser;

// How a token is named in messages: 'text' for what the user wrote, or the end of input.
std::string DescribeToken(const antlr4::Token* token) {
    if (token == nullptr) return "input";
    if (token->getType() == antlr4::Token::EOF) return "end of input";
    return "'" + token->getText() + "'";
}

// "MATCH", "'('", ... joined; empty when the set is too large to be useful.
std::string DescribeExpected(antlr4::Parser* parser) {
    antlr4::misc::IntervalSet expected;
    try {
        expected = parser->getExpectedTokens();
    } catch (...) {
        return {};  // no expectation is known in this parser state
    }
    std::vector<ssize_t> tokens = expected.toList();
    if (tokens.empty() || tokens.size() > 8) return {};
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
            message = "unexpected character " + DescribeToken(offending);
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
