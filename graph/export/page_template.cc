#include "graph/export/page_template.h"

#include <string>

namespace dossier::graph {

Status FillTemplate(std::string_view page, const std::vector<TemplateMarker>& markers,
                    std::ostream& out) {
    std::string_view rest = page;
    for (const auto& [marker, replacement] : markers) {
        const size_t at = rest.find(marker);
        if (at == std::string_view::npos) {
            return Status::InvalidArgument("the page template lacks the marker " +
                                           std::string(marker));
        }
        out << rest.substr(0, at) << replacement;
        rest.remove_prefix(at + marker.size());
    }
    out << rest;
    out.flush();
    if (!out) return Status::IOError("could not write the HTML output");
    return Status::OK();
}

}  // namespace dossier::graph
