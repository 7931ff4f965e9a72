// dossier load-csv and dossier dump-csv: graphs in and out as CSV files in the neo4j-admin
// import header convention (graph/csv_header.h). A load is all or nothing (graph/csv_loader.h).
#include <chrono>
#include <cstdio>
#include <memory>

#include "graph/csv_loader.h"
#include "graph/graph_store.h"
#include "tools/commands.h"

namespace dossier::cli {
namespace {

struct LoadOptions {
    std::string db;
    std::vector<std::string> nodes;
    std::vector<std::string> edges;
    size_t memory_mib = graph::BulkLoadOptions::kDefaultMemoryBytes >> 20;
};

struct DumpOptions {
    std::string db;
    std::string dir;
};

int RunLoad(const LoadOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    auto store = graph::GraphStore::Open(options.db);
    if (!store.ok()) {
        std::fprintf(stderr, "dossier load-csv: %s\n", store.status().ToString().c_str());
        return 1;
    }
    graph::BulkLoadOptions load;
    load.memory_bytes = options.memory_mib << 20;
    auto summary = graph::LoadCsv(store->get(), options.nodes, options.edges, load);
    if (!summary.ok()) {
        std::fprintf(stderr, "dossier load-csv: %s\n", summary.status().ToString().c_str());
        std::fprintf(stderr, "dossier load-csv: nothing was loaded\n");
        return 1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("Loaded %llu nodes and %llu edges into %s in %.2f s\n",
                static_cast<unsigned long long>(summary->nodes),
                static_cast<unsigned long long>(summary->edges), options.db.c_str(), seconds);
    return 0;
}

int RunDump(const DumpOptions& options) {
    graph::OpenOptions open;
    open.read_only = true;
    auto store = graph::GraphStore::Open(options.db, open);
    if (!store.ok()) {
        std::fprintf(stderr, "dossier dump-csv: %s\n", store.status().ToString().c_str());
        return 1;
    }
    auto summary = graph::DumpCsv(**store, options.dir);
    if (!summary.ok()) {
        std::fprintf(stderr, "dossier dump-csv: %s\n", summary.status().ToString().c_str());
        return 1;
    }
    std::printf("Wrote %llu nodes to %s and %llu edges to %s\n",
                static_cast<unsigned long long>(summary->nodes), summary->nodes_file.c_str(),
                static_cast<unsigned long long>(summary->edges), summary->edges_file.c_str());
    return 0;
}

}  // namespace

void RegisterCsvCommands(CLI::App* app, CommandContext* context) {
    auto load = std::make_shared<LoadOptions>();
    CLI::App* load_cmd = app->add_subcommand(
        "load-csv",
        "Bulk-load nodes and edges from CSV files with neo4j-admin import headers "
        "(id:ID,name,:LABEL,age:int / :START_ID,:END_ID,:TYPE,...); all or nothing");
    AddDbOption(load_cmd, &load->db);
    load_cmd->add_option("--nodes", load->nodes, "A node file (repeat for more)")
        ->check(CLI::ExistingFile);
    load_cmd->add_option("--edges", load->edges, "An edge file (repeat for more)")
        ->check(CLI::ExistingFile);
    load_cmd
        ->add_option("--memory", load->memory_mib,
                     "MiB of sort buffers before sorted runs are spilled to disk (the set of "
                     "node ids, 16-32 bytes per node, comes on top)")
        ->check(CLI::Range(size_t{1}, size_t{1} << 20))
        ->capture_default_str();
    load_cmd->callback([load, context] {
        if (load->nodes.empty() && load->edges.empty()) {
            std::fprintf(stderr, "dossier load-csv: give at least one --nodes or --edges file\n");
            context->exit_code = 2;
            return;
        }
        context->exit_code = RunLoad(*load);
    });

    auto dump = std::make_shared<DumpOptions>();
    CLI::App* dump_cmd = app->add_subcommand(
        "dump-csv", "Write the graph as DIR/nodes.csv and DIR/edges.csv (neo4j-admin headers)");
    AddDbOption(dump_cmd, &dump->db);
    dump_cmd->add_option("dir", dump->dir, "Directory to write into (created if missing)")
        ->required();
    dump_cmd->callback([dump, context] { context->exit_code = RunDump(*dump); });
}

}  // namespace dossier::cli
