// `dossier export`: writes the nodes and relationships of a query's result, or of an entity's
// neighbourhood, for graph tools (Gephi, yEd, Cytoscape, Graphviz, neo4j-admin) or a browser.
#include <iostream>
#include <string>
#include <vector>

#include "graph/export/exporters.h"
#include "graph/export/neighbourhood.h"
#include "tools/commands.h"
#include "tools/error_report.h"
#include "tools/export_runner.h"
#include "tools/param_literal.h"
#include "tools/query_session.h"

namespace dossier::cli {

namespace {

struct ExportOptions {
    std::string db;
    std::string query;
    std::string neighbourhood;
    int hops = 2;
    size_t max_nodes = 5000;
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

Result<graph::Subgraph> SubgraphOfNeighbourhood(QuerySession* session, const ExportOptions& o) {
    const std::vector<graph::NodeId> starts = session->store()->FindByName(o.neighbourhood);
    if (starts.empty()) {
        return Status::NotFound("no entity named '" + o.neighbourhood + "' in " + session->path());
    }
    graph::NeighbourhoodOptions options;
    options.hops = o.hops;
    options.max_nodes = o.max_nodes;
    DOSSIER_ASSIGN_OR_RETURN(graph::Neighbourhood n,
                             graph::CollectNeighbourhood(*session->store(), starts, options));
    if (n.truncated) {
        std::cerr << "dossier export: stopped at " << o.max_nodes
                  << " nodes (raise --max-nodes for more)\n";
    }
    return std::move(n.graph);
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
                    "Most nodes a --neighbourhood export collects (default 5000)");
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
