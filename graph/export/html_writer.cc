// The self-contained HTML page: the template with the library and the graph pasted in.
#include <string>

#include "graph/export/exporters.h"
#include "graph/export/page_template.h"
#include "graph/export/parallel_edges.h"
#include "graph/export/xml_text.h"

namespace dossier::graph {

Status WriteHtml(const Subgraph& graph, const HtmlAssets& assets, std::string_view title,
                 std::ostream& out) {
    if (assets.library_js.find("</script") != std::string_view::npos ||
        assets.view_js.find("</script") != std::string_view::npos) {
        return Status::InvalidArgument("the graph library's JavaScript contains </script>");
    }
    const std::string escaped_title = XmlEscape(title);
    const std::string graph_json =
        CytoscapeJsonText(MergeParallelEdges(graph), /*for_script=*/true);
    return FillTemplate(assets.page_template,
                        {{"@DOSSIER_TITLE@", escaped_title},
                         {"/*@DOSSIER_LIBRARY@*/", assets.library_js},
                         {"/*@DOSSIER_VIEW@*/", assets.view_js},
                         {"/*@DOSSIER_GRAPH@*/", graph_json}},
                        out);
}

}  // namespace dossier::graph
