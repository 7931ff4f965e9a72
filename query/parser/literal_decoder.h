// Decoding of literal tokens: strings with escapes, integers (decimal, 0x hex, 0o octal), floats.
// Errors are kSyntaxError with the openCypher detail; positions are filled in by the caller.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace dossier::query {

// `quoted` includes its quotes ('...' or "..."). Escapes: \\ \' \" \b \f \n \r \t \uXXXX
// \UXXXXXXXX; any other escaped character stands for itself. Bad \u digits give
// InvalidUnicodeLiteral.
Result<std::string> DecodeStringLiteral(std::string_view quoted);

// `digits` as written (e.g. "0x1F", "42"); `negative` when a unary minus applies to it directly,
// so that -9223372036854775808 is representable. Out of range gives IntegerOverflow; anything
// that is not a whole number literal gives InvalidNumberLiteral.
Result<int64_t> DecodeIntegerLiteral(std::string_view digits, bool negative);

// Out of double range gives FloatingPointOverflow.
Result<double> DecodeFloatLiteral(std::string_view text, bool negative);

}  // namespace dossier::query
