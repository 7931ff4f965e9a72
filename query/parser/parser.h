// Parse: query text -> AST of Dossier's query language.
//
// The ANTLR parse tree is turned into query/ast at once and never leaves this folder.
#pragma once

#include <string_view>

#include "graph/status.h"
#include "query/ast/statement.h"

namespace dossier::query {

// Parses one statement (an optional trailing ';' is allowed). On failure returns kSyntaxError
// with the 1-based line and column of the offending spot, what was expected there, and an
// openCypher detail: "UnexpectedSyntax" for text that does not fit the grammar, or
// "InvalidNumberLiteral", "IntegerOverflow", "FloatingPointOverflow", "InvalidUnicodeLiteral",
// "InvalidUnicodeCharacter" for bad tokens. Thread-safe.
Result<ast::Statement> Parse(std::string_view text);

}  // namespace dossier::query
