// One CSV field quoted as RFC 4180 asks: in double quotes, with quotes doubled, whenever it holds
// a comma, a quote, a line break or leading/trailing spaces; unquoted otherwise.
#pragma once

#include <string>
#include <string_view>

namespace dossier::graph {

std::string CsvField(std::string_view text);

}  // namespace dossier::graph
