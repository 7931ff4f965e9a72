// Parameter values typed on the command line (`--param name=value`) or in the shell
// (`:param name => value`), read as query literals.
#pragma once

#include <string>
#include <string_view>
#include <utility>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::cli {

// Integers (42, -7), floats (1.5, 2e3), true / false / null (any case), quoted strings ('it\'s'
// or "x", with \\ \' \" \n \t escapes), lists of these ([1, 'a', true]); anything else is taken
// as the string it is, so `--param name=Kurmanbek Bakiyev` needs no quotes.
graph::Value ParseParamLiteral(std::string_view text);

// Splits "name=value" (or "name => value" when `arrow` is true) and parses the value.
// InvalidArgument when there is no separator or the name is not an identifier.
Result<std::pair<std::string, graph::Value>> ParseParamAssignment(std::string_view text,
                                                                  bool arrow);

}  // namespace dossier::cli
