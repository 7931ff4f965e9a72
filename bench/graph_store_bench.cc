// graph_store_bench: write and read speed of the RocksDB graph store on a synthetic news-shaped
// graph (articles mentioning people and countries with skewed, power-law-like popularity, and
// people meeting people), printed as figures. Usage:
//   graph_store_bench [--edges N] [--txn-edges N] [--batch N] [--reps N] [--dir DIR]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <random>
#include <string>
#include <unordered_set>
#include <vector>

#include "graph/graph_store.h"

namespace {

using dossier::Status;
using namespace dossier::graph;
using Clock = std::chrono::steady_clock;

struct Config {
    uint64_t edges = 1'000'000;
    uint64_t txn_edges = 200'000;
    uint64_t batch = 1000;
    int reps = 2000;
    std::string dir;
};

struct Synthetic {
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<NodeId> people;  // index 0 is the biggest hub
    std::vector<uint64_t> person_degree;
};

// CPU time of the whole process (all threads): on a shared machine wall time also counts the
// time other programs held the cores.
double CpuSeconds() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

double Seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

// A skewed pick in [0, n): small indexes are much more likely (u^3 puts ~46% of picks in the
// first 10%), which gives a few hubs and a long tail.
uint64_t Skewed(std::mt19937_64& rng, uint64_t n) {
    const double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return std::min<uint64_t>(n - 1, static_cast<uint64_t>(n * u * u * u));
}

Synthetic Generate(uint64_t edge_count) {
    Synthetic g;
    std::mt19937_64 rng(42);
    const uint64_t people = std::max<uint64_t>(100, edge_count / 10);
    const uint64_t articles = std::max<uint64_t>(100, edge_count / 20);
    const uint64_t countries = 200;
    std::vector<NodeId> article_ids, country_ids;
    auto add = [&](const char* label, const std::string& key, std::vector<NodeId>* ids) {
        Node n;
        n.id = EntityNodeId(label, key);
        n.labels = {label};
        n.properties["name"] = Value(key);
        ids->push_back(n.id);
        g.nodes.push_back(std::move(n));
    };
    for (uint64_t i = 0; i < people; ++i) add("Person", "person " + std::to_string(i), &g.people);
    for (uint64_t i = 0; i < countries; ++i)
        add("Country", "country " + std::to_string(i), &country_ids);
    for (uint64_t i = 0; i < articles; ++i)
        add("Article", "article " + std::to_string(i), &article_ids);
    g.person_degree.assign(people, 0);
    std::uniform_int_distribution<uint64_t> any_article(0, articles - 1);
    for (uint64_t i = 0; i < edge_count; ++i) {
        Edge e;
        const int kind = static_cast<int>(i % 5);
        const uint64_t article = any_article(rng);
        if (kind < 3) {
            const uint64_t p = Skewed(rng, people);
            e.src = article_ids[article];
            e.dst = g.people[p];
            e.type = "MENTIONS";
            ++g.person_degree[p];
        } else if (kind == 3) {
            e.src = article_ids[article];
            e.dst = country_ids[Skewed(rng, countries)];
            e.type = "MENTIONS";
        } else {
            const uint64_t a = Skewed(rng, people), b = Skewed(rng, people);
            e.src = g.people[a];
            e.dst = g.people[b];
            e.type = "MET";
            e.properties["article"] = Value(static_cast<int64_t>(article));
            ++g.person_degree[a];
            ++g.person_degree[b];
        }
        e.id = FactEdgeId(e.src, e.type, e.dst, std::to_string(i));
        g.edges.push_back(std::move(e));
    }
    return g;
}

void Check(const Status& s, const char* what) {
    if (!s.ok()) {
        std::fprintf(stderr, "%s: %s\n", what, s.ToString().c_str());
        std::exit(1);
    }
}

std::unique_ptr<GraphStore> OpenFresh(const std::string& path) {
    std::filesystem::remove_all(path);
    auto store = GraphStore::Open(path);
    Check(store.status(), "open");
    return std::move(store).value();
}

double Median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Median microseconds of a full 1-hop expansion (both directions) over `nodes`, cycling.
double OneHopMicros(const GraphStore& store, const std::vector<NodeId>& nodes, int reps,
                    uint64_t* neighbours) {
    std::vector<double> times;
    times.reserve(reps);
    for (int r = 0; r < reps; ++r) {
        const NodeId node = nodes[r % nodes.size()];
        const auto start = Clock::now();
        uint64_t n = 0;
        for (auto it = store.Adjacent(node, Direction::kBoth); it->Valid(); it->Next()) {
            n += it->entry().neighbour != 0;
        }
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - start).count());
        if (r == 0) *neighbours = n;
    }
    return Median(times);
}

uint64_t TwoHopCount(const GraphStore& store, NodeId start) {
    std::unordered_set<NodeId> seen{start};
    std::vector<NodeId> frontier{start};
    for (int hop = 0; hop < 2; ++hop) {
        std::vector<NodeId> next;
        for (NodeId n : frontier) {
            for (auto it = store.Adjacent(n, Direction::kBoth); it->Valid(); it->Next()) {
                if (seen.insert(it->entry().neighbour).second)
                    next.push_back(it->entry().neighbour);
            }
        }
        frontier = std::move(next);
    }
    return seen.size() - 1;
}

Config ParseArgs(int argc, char** argv) {
    Config c;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        const char* v = argv[i + 1];
        if (flag == "--edges")
            c.edges = std::strtoull(v, nullptr, 10);
        else if (flag == "--txn-edges")
            c.txn_edges = std::strtoull(v, nullptr, 10);
        else if (flag == "--batch")
            c.batch = std::max<uint64_t>(1, std::strtoull(v, nullptr, 10));
        else if (flag == "--reps")
            c.reps = std::max(1, std::atoi(v));
        else if (flag == "--dir")
            c.dir = v;
        else {
            std::fprintf(stderr, "unknown option %s\n", flag.c_str());
            std::exit(2);
        }
    }
    if (c.dir.empty()) c.dir = (std::filesystem::temp_directory_path() / "dossier-bench").string();
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    const Config config = ParseArgs(argc, argv);
    std::filesystem::create_directories(config.dir);
    auto start = Clock::now();
    const Synthetic g = Generate(config.edges);
    std::printf("graph: %zu nodes, %zu edges (generated in %.2f s)\n", g.nodes.size(),
                g.edges.size(), Seconds(start));

    // Bulk load: SstFileWriter + IngestExternalFiles.
    auto store = OpenFresh(config.dir + "/bulk");
    start = Clock::now();
    const double cpu_start = CpuSeconds();
    double add_s = 0;
    {
        auto loader = store->NewBulkLoader();
        Check(loader.status(), "bulk loader");
        for (const Node& n : g.nodes) Check((*loader)->AddNode(n), "add node");
        for (const Edge& e : g.edges) Check((*loader)->AddEdge(e), "add edge");
        add_s = Seconds(start);
        Check((*loader)->Finish(), "finish");
    }
    const double bulk_s = Seconds(start);
    const double bulk_cpu = CpuSeconds() - cpu_start;
    std::printf(
        "bulk load: %.2f s wall (adds %.2f s, finish %.2f s), %.2f s CPU: %.0f edges/s "
        "wall, %.0f edges/s per CPU second\n",
        bulk_s, add_s, bulk_s - add_s, bulk_cpu, g.edges.size() / bulk_s,
        g.edges.size() / bulk_cpu);

    // Transaction path: one synced commit per batch.
    if (config.txn_edges > 0) {
        auto txn_store = OpenFresh(config.dir + "/txn");
        const uint64_t m = std::min<uint64_t>(config.txn_edges, g.edges.size());
        auto txn = std::move(txn_store->Begin()).value();
        for (const Node& n : g.nodes) Check(txn->PutNode(n), "put node");
        Check(txn->Commit(), "commit nodes");
        start = Clock::now();
        const double cpu_start = CpuSeconds();
        double commit_s = 0;
        for (uint64_t i = 0; i < m; i += config.batch) {
            txn = std::move(txn_store->Begin()).value();
            for (uint64_t j = i; j < std::min(m, i + config.batch); ++j) {
                Check(txn->PutEdge(g.edges[j]), "put edge");
            }
            const auto commit_start = Clock::now();
            Check(txn->Commit(), "commit");
            commit_s += Seconds(commit_start);
        }
        const double s = Seconds(start);
        const double cpu = CpuSeconds() - cpu_start;
        std::printf(
            "transactions: %llu edges in synced batches of %llu: %.2f s wall (commits "
            "%.2f s), %.2f s CPU: %.0f edges/s wall, %.0f edges/s per CPU second\n",
            static_cast<unsigned long long>(m), static_cast<unsigned long long>(config.batch), s,
            commit_s, cpu, m / s, m / cpu);
    }

    // Reads on the bulk-loaded store.
    std::vector<uint64_t> degrees;
    for (uint64_t d : g.person_degree) {
        if (d > 0) degrees.push_back(d);
    }
    std::sort(degrees.begin(), degrees.end());
    const uint64_t median_degree = degrees[degrees.size() / 2];
    std::vector<NodeId> median_nodes;
    for (size_t i = 0; i < g.people.size() && median_nodes.size() < 1000; ++i) {
        if (g.person_degree[i] == median_degree) median_nodes.push_back(g.people[i]);
    }
    uint64_t hub_n = 0, median_n = 0;
    const double hub_us =
        OneHopMicros(*store, {g.people[0]}, std::max(20, config.reps / 20), &hub_n);
    const double median_us = OneHopMicros(*store, median_nodes, config.reps, &median_n);
    std::printf("1-hop hub person (%llu edges): median %.1f us\n",
                static_cast<unsigned long long>(hub_n), hub_us);
    std::printf("1-hop median person (%llu edges, %zu such nodes cycled): median %.2f us\n",
                static_cast<unsigned long long>(median_n), median_nodes.size(), median_us);

    std::vector<double> two_hop_ms;
    uint64_t two_hop = 0;
    for (int r = 0; r < 21; ++r) {
        start = Clock::now();
        const uint64_t n = TwoHopCount(*store, median_nodes[r % median_nodes.size()]);
        two_hop_ms.push_back(Seconds(start) * 1000);
        if (r == 0) two_hop = n;
    }
    std::printf("2-hop neighbourhood of a median person: %llu nodes, median %.2f ms\n",
                static_cast<unsigned long long>(two_hop), Median(two_hop_ms));
    auto stats = store->Stats();
    if (stats.ok()) {
        std::printf("database size: %.1f MB\n", stats->disk_bytes / 1e6);
    }
    store.reset();
    std::filesystem::remove_all(config.dir + "/bulk");
    std::filesystem::remove_all(config.dir + "/txn");
    return 0;
}
