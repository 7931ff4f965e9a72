// Filling a page template: markers replaced by text, for the HTML export and the entity report.
#pragma once

#include <ostream>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/status.h"

namespace dossier::graph {

using TemplateMarker = std::pair<std::string_view, std::string_view>;  // marker, replacement

// Writes `page` with the first occurrence of each marker replaced, the markers appearing in
// `page` in the order given; InvalidArgument naming the first marker missing (nothing is
// written past it), IOError when the stream fails.
Status FillTemplate(std::string_view page, const std::vector<TemplateMarker>& markers,
                    std::ostream& out);

}  // namespace dossier::graph
