// Escaping of text for XML attributes and element content (GraphML, GEXF).
#pragma once

#include <string>
#include <string_view>

namespace dossier::graph {

// Escapes & < > " ' and drops the control characters XML 1.0 forbids (all below 0x20 except tab,
// newline and carriage return).
std::string XmlEscape(std::string_view text);

}  // namespace dossier::graph
