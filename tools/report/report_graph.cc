// The neighbourhood graph of the report: entities and events within the hops, Article and Quote
// nodes left out, the most connected kept (graph/export/node_cap.h).
#include "graph/export/neighbourhood.h"
#include "graph/export/node_cap.h"
#include "tools/report/report_context.h"

namespace dossier::report {

namespace {

// Nodes the walk collects before ranking: enough to rank a hub's neighbourhood fairly, few
// enough to read in well under a second.
constexpr size_t kCollectedNodes = 5000;

}  // namespace

Status CollectGraph(ReportContext* context, EntityReport* report) {
    graph::NeighbourhoodOptions options;
    options.hops = context->options().hops;
    options.max_nodes = kCollectedNodes;
    options.exclude_labels = graph::kDefaultExcludedLabels;
    DOSSIER_ASSIGN_OR_RETURN(graph::Neighbourhood n,
                             graph::CollectNeighbourhood(context->reader(), {report->id}, options));
    graph::CappedSubgraph capped =
        graph::KeepMostConnected(n.graph, {report->id}, context->options().max_graph_nodes);
    report->graph = std::move(capped.graph);
    if (capped.left_out() > 0) {
        report->graph_note = "the " + std::to_string(report->graph.nodes().size()) +
                             " most connected nodes are drawn; left out: " +
                             graph::DescribeLeftOut(capped.left_out_per_label);
    }
    if (n.truncated) {
        report->graph_note += (report->graph_note.empty() ? "" : "; ") +
                              std::string("the walk stopped at ") +
                              std::to_string(kCollectedNodes) + " nodes";
    }
    return Status::OK();
}

}  // namespace dossier::report
