#include "tools/export_runner.h"

#include "graph/export/node_cap.h"
#include "tools/atomic_file.h"
#include "tools/html_assets.h"

namespace dossier::cli {

graph::Subgraph DrawableSubgraph(graph::Subgraph graph, graph::ExportFormat format,
                                 size_t max_nodes, std::string* note) {
    note->clear();
    if (format != graph::ExportFormat::kHtml || graph.nodes().size() <= max_nodes) return graph;
    graph::CappedSubgraph capped = graph::KeepMostConnected(graph, {}, max_nodes);
    *note = "kept the " + std::to_string(capped.graph.nodes().size()) +
            " most connected nodes; left out " + graph::DescribeLeftOut(capped.left_out_per_label);
    return std::move(capped.graph);
}
Result<std::vector<std::string>> WriteExport(const graph::Subgraph& graph,
                                             graph::ExportFormat format, const std::string& path,
                                             const std::string& title) {
    if (format == graph::ExportFormat::kCsv) {
        std::string stem = path;
        if (stem.size() > 4 && stem.compare(stem.size() - 4, 4, ".csv") == 0) {
            stem.resize(stem.size() - 4);
        }
        AtomicFile nodes(stem + "-nodes.csv");
        AtomicFile edges(stem + "-relationships.csv");
        DOSSIER_RETURN_IF_ERROR(nodes.CheckOpened());
        DOSSIER_RETURN_IF_ERROR(edges.CheckOpened());
        DOSSIER_RETURN_IF_ERROR(graph::WriteNeo4jCsv(graph, nodes.stream(), edges.stream()));
        DOSSIER_RETURN_IF_ERROR(nodes.Commit());
        DOSSIER_RETURN_IF_ERROR(edges.Commit());
        return std::vector<std::string>{nodes.path(), edges.path()};
    }
    AtomicFile file(path);
    DOSSIER_RETURN_IF_ERROR(file.CheckOpened());
    std::ostream& out = file.stream();
    switch (format) {
        case graph::ExportFormat::kGraphML:
            DOSSIER_RETURN_IF_ERROR(graph::WriteGraphML(graph, out));
            break;
        case graph::ExportFormat::kGexf:
            DOSSIER_RETURN_IF_ERROR(graph::WriteGexf(graph, out));
            break;
        case graph::ExportFormat::kDot:
            DOSSIER_RETURN_IF_ERROR(graph::WriteDot(graph, out));
            break;
        case graph::ExportFormat::kCytoscape:
            DOSSIER_RETURN_IF_ERROR(graph::WriteCytoscapeJson(graph, out));
            break;
        case graph::ExportFormat::kJsonl:
            DOSSIER_RETURN_IF_ERROR(graph::WriteJsonLines(graph, out));
            break;
        case graph::ExportFormat::kHtml:
            DOSSIER_RETURN_IF_ERROR(graph::WriteHtml(graph, EmbeddedHtmlAssets(), title, out));
            break;
        case graph::ExportFormat::kCsv:
            break;
    }
    DOSSIER_RETURN_IF_ERROR(file.Commit());
    return std::vector<std::string>{file.path()};
}

}  // namespace dossier::cli
