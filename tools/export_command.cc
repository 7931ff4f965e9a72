// `dossier export`: writes the nodes and relationships of a query's result, or of an entity's
// neighbourhood, for graph tools (Gephi, yEd, Cytoscape, Graphviz, neo4j-admin) or a browser.
#include <iostream>
#include <string>
#include <vector>

#include "graph/export/exporters.h"
#include "graph/export/neighbourhood.h"
#include "graph/export/node_cap.h"
#include "tools/commands.h"
#include "tools/error_report.h"
#include "tools/export_runner.h"
#include "tools/param_literal.h"
#include "tools/query_session.h"

namespace dossier::cli {

namespace {

// Nodes the breadth-first walk collects before ranking, as a multiple of the kept ones.
constexpr size_t kCollectPerKeptNode = 20;

struct ExportOptions {
    std::string db;
    std::string query;
    std::string neighbourhood;
    int hops = 2;
    size_t max_nodes = kDefaultExportMaxNodes;
    std::vector<std::string> labels;
    std::vector<std::string> exclude_labels;
    std::vector<std::string> params;
    std::string format;
    std::string output;
    std::string title;
};

Result<graph::Subgraph> SubgraphOfQuery(QuerySession* session, const ExportOptions& o) {
    query::Params params;
    for (const std::string& p : o.params) {
        DOSSIER_ASSIGN_OR_RETURN(auto assignment, ParseParamAssignment(p, /*arrow=*/false));
        params[assignment.first] = assignment.second;
    }
    return session->CollectSubgraph(o.query, params);
}

// The label filters of a neighbourhood: Article and Quote nodes are left out unless --labels
// names them or --exclude-labels replaces the default list.
void SetLabelFilters(const ExportOptions& o, graph::NeighbourhoodOptions* options) {
    options->only_labels.insert(o.labels.begin(), o.labels.end());
    options->exclude_labels = graph::kDefaultExcludedLabels;
    if (!o.exclude_labels.empty()) {
        options->exclude_labels.clear();
        for (const std::string& l : o.exclude_labels) {
            if (!l.empty()) options->exclude_labels.insert(l);
        }
    }
    for (const std::string& l : o.labels) options->exclude_labels.erase(l);
}

Result<graph::Subgraph> SubgraphOfNeighbourhood(QuerySession* session, const ExportOptions& o) {
    const std::vector<graph::NodeId> starts = session->store()->FindByName(o.neighbourhood);
    if (starts.empty()) {
        return Status::NotFound("no entity named '" + o.neighbourhood + "' in " + session->path());
    }
    graph::NeighbourhoodOptions options;
    options.hops = o.hops;
    options.max_nodes = o.max_nodes * kCollectPerKeptNode;
    SetLabelFilters(o, &options);
    DOSSIER_ASSIGN_OR_RETURN(graph::Neighbourhood n,
                             graph::CollectNeighbourhood(*session->store(), starts, options));
    if (!n.excluded_per_label.empty()) {
        std::cerr << "dossier export: left out " << graph::DescribeLeftOut(n.excluded_per_label)
                  << " nodes next to the neighbourhood (--labels or --exclude-labels to include "
                     "them)\n";
    }
    if (n.truncated) {
        std::cerr << "dossier export: the walk stopped at " << options.max_nodes
                  << " nodes before ranking\n";
    }
    graph::CappedSubgraph capped = graph::KeepMostConnected(n.graph, starts, o.max_nodes);
    if (capped.left_out() > 0) {
        std::cerr << "dossier export: kept the " << capped.graph.nodes().size()
                  << " most connected nodes; left out "
                  << graph::DescribeLeftOut(capped.left_out_per_label)
                  << " (raise --max-nodes for more)\n";
    }
    return std::move(capped.graph);
}

int RunExport(const ExportOptions& o) {
    if (o.query.empty() == o.neighbourhood.empty()) {
        std::cerr << "dossier export: give exactly one of --query and --neighbourhood\n";
        return 2;
    }
    Result<graph::ExportFormat> format = graph::ParseExportFormat(o.format);
    if (!format.ok()) {
        std::cerr << "dossier export: " << format.status().message() << "\n";
        return 2;
    }
    auto session = QuerySession::Open(o.db, /*create_if_missing=*/false);
    if (!session.ok()) {
        std::cerr << "dossier export: " << session.status().ToString() << "\n";
        return 1;
    }
    Result<graph::Subgraph> graph = o.query.empty() ? SubgraphOfNeighbourhood(session->get(), o)
                                                    : SubgraphOfQuery(session->get(), o);
    if (!graph.ok()) {
        // Query errors come with the statement and a caret under the position.
        std::cerr << "dossier export: " << ErrorReport(graph.status(), o.query);
        return 1;
    }
    if (!o.query.empty()) {
        // An HTML page is kept drawable; files for graph tools hold the whole result.
        std::string note;
        *graph = DrawableSubgraph(std::move(*graph), *format, o.max_nodes, &note);
        if (!note.empty()) std::cerr << "dossier export: " << note << " (raise --max-nodes)\n";
    }
    const std::string title =
        !o.title.empty()  ? o.title
        : o.query.empty() ? o.neighbourhood + ": " + std::to_string(o.hops) + "-hop neighbourhood"
                          : "Dossier export";
    auto files = WriteExport(*graph, *format, o.output, title);
    if (!files.ok()) {
        std::cerr << "dossier export: " << files.status().ToString() << "\n";
        return 1;
    }
    std::cerr << "exported " << graph->nodes().size() << " nodes and " << graph->edges().size()
              << " relationships to";
    for (const std::string& f : *files) std::cerr << " " << f;
    std::cerr << "\n";
    return 0;
}

}  // namespace

void RegisterExportCommand(CLI::App* app, CommandContext* context) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* sub = app->add_subcommand(
        "export",
        "Write the nodes and relationships of a query result or a neighbourhood for "
        "graph tools and browsers");
    sub->add_option("--query,-q", options->query,
                    "A query whose result holds paths, nodes or relationships");
    sub->add_option("--neighbourhood,--neighborhood,-n", options->neighbourhood,
                    "An entity name: export it and everything within --hops of it");
    sub->add_option("--hops", options->hops, "Hops for --neighbourhood (default 2)")
        ->check(CLI::Range(0, 10));
    sub->add_option("--max-nodes", options->max_nodes,
                    "Most nodes a --neighbourhood export, or an HTML page, keeps: the most "
                    "connected (default 150)");
    sub->add_option("--labels", options->labels,
                    "--neighbourhood: only nodes with one of these labels (comma-separated)")
        ->delimiter(',');
    sub->add_option("--exclude-labels", options->exclude_labels,
                    "--neighbourhood: leave out nodes with these labels (default Article,Quote; "
                    "'' for none)")
        ->delimiter(',');
    sub->add_option("--param,-p", options->params, "A query parameter as name=value; repeatable")
        ->allow_extra_args(false);
    sub->add_option("--format,-f", options->format, graph::ExportFormatNames())->required();
    sub->add_option("--output,-o", options->output,
                    "The file to write (csv: <stem>-nodes.csv and <stem>-relationships.csv)")
        ->required();
    sub->add_option("--title", options->title, "Title of the HTML page");
    AddDbOption(sub, &options->db);
    sub->callback([options, context] { context->exit_code = RunExport(*options); });
}

}  // namespace dossier::cli
