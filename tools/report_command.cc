// `dossier report NAME`: one page about one entity (docs/report.md).
#include <iostream>

#include "tools/commands.h"
#include "tools/query_session.h"
#include "tools/report_runner.h"

namespace dossier::cli {

namespace {

struct ReportCommandOptions {
    std::string db;
    ReportRequest request;
    std::string since;
    std::string until;
};

int RunReportCommand(ReportCommandOptions o) {
    if (!o.since.empty()) o.request.options.since = o.since;
    if (!o.until.empty()) o.request.options.until = o.until;
    const Status valid = ValidateReportRequest(o.request);
    if (!valid.ok()) {
        std::cerr << "dossier report: " << valid.message() << "\n";
        return 2;
    }
    auto session = QuerySession::Open(o.db, /*create_if_missing=*/false);
    if (!session.ok()) {
        std::cerr << "dossier report: " << session.status().ToString() << "\n";
        return 1;
    }
    return RunReport(*(*session)->store(), o.request, std::cout, std::cerr, "dossier report: ");
}

}  // namespace

void RegisterReportCommand(CLI::App* app, CommandContext* context) {
    auto options = std::make_shared<ReportCommandOptions>();
    CLI::App* sub = app->add_subcommand(
        "report", "One page about an entity: offices, timeline, quotes, connections and sources");
    sub->add_option("name", options->request.name, "The entity's name or alias");
    sub->add_option("--id", options->request.id,
                    "The id() of the entity, to choose among several with one name");
    sub->add_option("--output,-o", options->request.output,
                    "The file to write (default: standard output)");
    sub->add_option("--format,-f", options->request.format,
                    "html or md (default: md for an -o ending in .md, else html)");
    sub->add_option("--hops", options->request.options.hops,
                    "Hops of the neighbourhood graph (default 1)")
        ->check(CLI::Range(0, kMaxReportHops));
    sub->add_option("--max-nodes", options->request.options.max_graph_nodes,
                    "Most nodes the graph draws (default 80, the most connected)");
    sub->add_option("--since", options->since, "Only facts from articles dated on or after DATE");
    sub->add_option("--until", options->until, "Only facts from articles dated on or before DATE");
    AddDbOption(sub, &options->db);
    sub->callback([options, context] { context->exit_code = RunReportCommand(*options); });
}

}  // namespace dossier::cli
