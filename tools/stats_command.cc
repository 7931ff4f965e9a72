// dossier stats: node counts per label, edge counts per type, and the database size. Opens the
// database read-only, so it works while an import runs.
#include <cstdio>
#include <memory>
#include <nlohmann/json.hpp>

#include "graph/graph_store.h"
#include "tools/commands.h"

namespace dossier::cli {
namespace {

struct StatsOptions {
    std::string db;
    bool json = false;
};

std::string HumanBytes(uint64_t bytes) {
    const char* units[] = {"B", "KB", "MB", "GB", "TB"};
    double v = static_cast<double>(bytes);
    int u = 0;
    while (v >= 1024 && u < 4) {
        v /= 1024;
        ++u;
    }
    char buf[32];
    std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", v, units[u]);
    return buf;
}

void PrintCounts(const char* title, uint64_t total, const std::map<std::string, uint64_t>& counts) {
    size_t width = 0;
    for (const auto& [name, n] : counts) width = std::max(width, name.size());
    std::printf("%s: %llu\n", title, static_cast<unsigned long long>(total));
    for (const auto& [name, n] : counts) {
        std::printf("  %-*s  %llu\n", static_cast<int>(width), name.c_str(),
                    static_cast<unsigned long long>(n));
    }
}

int RunStats(const StatsOptions& options) {
    graph::OpenOptions open;
    open.read_only = true;
    auto store = graph::GraphStore::Open(options.db, open);
    if (!store.ok()) {
        std::fprintf(stderr, "dossier stats: %s\n", store.status().ToString().c_str());
        return 1;
    }
    auto stats = (*store)->Stats();
    if (!stats.ok()) {
        std::fprintf(stderr, "dossier stats: %s\n", stats.status().ToString().c_str());
        return 1;
    }
    if (options.json) {
        nlohmann::json j = {{"database", options.db},
                            {"nodes", stats->node_count},
                            {"edges", stats->edge_count},
                            {"nodes_per_label", stats->nodes_per_label},
                            {"edges_per_type", stats->edges_per_type},
                            {"disk_bytes", stats->disk_bytes}};
        std::printf("%s\n", j.dump(2).c_str());
        return 0;
    }
    std::printf("Database: %s\n", options.db.c_str());
    PrintCounts("Nodes", stats->node_count, stats->nodes_per_label);
    PrintCounts("Edges", stats->edge_count, stats->edges_per_type);
    std::printf("Size on disk: %s (%llu bytes)\n", HumanBytes(stats->disk_bytes).c_str(),
                static_cast<unsigned long long>(stats->disk_bytes));
    return 0;
}

}  // namespace

void RegisterStatsCommand(CLI::App* app, CommandContext* context) {
    auto options = std::make_shared<StatsOptions>();
    CLI::App* sub = app->add_subcommand(
        "stats", "Print node counts per label, edge counts per type and the database size");
    AddDbOption(sub, &options->db);
    sub->add_flag("--json", options->json, "Print the figures as JSON");
    sub->callback([options, context] { context->exit_code = RunStats(*options); });
}

}  // namespace dossier::cli
