// The self-contained HTML page: the template with the library and the graph pasted in.
#include <string>

#include "graph/export/exporters.h"
#include "graph/export/xml_text.h"

namespace dossier::graph {

namespace {

// Writes `text` with the first occurrence of each marker replaced, in the order given.
bool ReplaceMarker(std::string_view* rest, std::string_view marker, std::string_view replacement,
                   std::ostream& out) {
    const size_t at = rest->find(marker);
    if (at == std::string_view::npos) return false;
    out << rest->substr(0, at) << replacement;
    rest->remove_prefix(at + marker.size());
    return true;
}

}  // namespace

Status WriteHtml(const Subgraph& graph, const HtmlAssets& assets, std::string_view title,
                 std::ostream& out) {
    if (assets.library_js.find("</script") != std::string_view::npos) {
        return Status::InvalidArgument("the graph library's JavaScript contains </script>");
    }
    const std::string escaped_title = XmlEscape(title);
    const std::string graph_json = CytoscapeJsonText(graph, /*for_script=*/true);
    std::string_view rest = assets.page_template;
    // The markers appear in this order in the template: title, library, graph.
    if (!ReplaceMarker(&rest, "@DOSSIER_TITLE@", escaped_title, out) ||
        !ReplaceMarker(&rest, "/*@DOSSIER_LIBRARY@*/", assets.library_js, out) ||
        !ReplaceMarker(&rest, "/*@DOSSIER_GRAPH@*/", graph_json, out)) {
        return Status::InvalidArgument("the HTML template lacks one of its markers");
    }
    out << rest;
    out.flush();
    if (!out) return Status::IOError("could not write the HTML output");
    return Status::OK();
}

}  // namespace dossier::graph
