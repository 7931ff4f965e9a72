// query_bench: median latencies of a fixed query set on a synthetic news-shaped graph.
//
//   query_bench [--edges N] [--runs R] [--dir PATH] [--profile]
//
// Builds (with the bulk loader) a graph of Person, Country, Organization and Article nodes whose
// degrees are skewed the way news is (a few people and countries are in most articles), about
// N edges in all (default 1,000,000), then runs each query R times (default 7) and prints the
// median, minimum and maximum wall time and the row count. With --profile, also prints each
// query's PROFILE plan (rows and time per operator).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "query/engine.h"

namespace {

using dossier::graph::Edge;
using dossier::graph::EdgeId;
using dossier::graph::GraphStore;
using dossier::graph::Node;
using dossier::graph::NodeId;

struct Sizes {
    int persons, countries, organizations, articles;
    int mentions_per_article, countries_per_article, met, memberships;
};

Sizes SizesFor(int64_t edges) {
    // Shares of the edge total: MENTIONS person 50%, MENTIONS country 20%, MET 20%, MEMBER_OF 10%.
    Sizes s;
    s.articles = static_cast<int>(edges / 10);
    s.persons = static_cast<int>(edges / 10);
    s.organizations = static_cast<int>(edges / 50);
    s.countries = 200;
    s.mentions_per_article = 5;
    s.countries_per_article = 2;
    s.met = static_cast<int>(edges / 5);
    s.memberships = static_cast<int>(edges / 10);
    return s;
}

// Index in [0, n) with a heavy head: index 0 is the biggest hub.
int Skewed(std::mt19937_64& rng, int n) {
    std::uniform_real_distribution<double> u(0.0, 1.0);
    return std::min(n - 1, static_cast<int>(std::pow(u(rng), 3.0) * n));
}

Node MakeNode(const std::string& label, const std::string& name) {
    Node n;
    n.id = dossier::graph::EntityNodeId(label, name);
    n.labels = {label};
    n.properties["name"] = name;
    return n;
}

dossier::Status Load(GraphStore* store, const Sizes& s, int64_t* edge_count) {
    auto loader_or = store->NewBulkLoader();
    if (!loader_or.ok()) return loader_or.status();
    auto& loader = *loader_or;
    std::mt19937_64 rng(42);
    std::vector<NodeId> persons, countries, orgs;
    for (int i = 0; i < s.persons; ++i) {
        Node n = MakeNode("Person", "Person " + std::to_string(i));
        n.properties["age"] = int64_t{20 + i % 60};
        persons.push_back(n.id);
        DOSSIER_RETURN_IF_ERROR(loader->AddNode(n));
    }
    for (int i = 0; i < s.countries; ++i) {
        Node n = MakeNode("Country", "Country " + std::to_string(i));
        countries.push_back(n.id);
        DOSSIER_RETURN_IF_ERROR(loader->AddNode(n));
    }
    for (int i = 0; i < s.organizations; ++i) {
        Node n = MakeNode("Organization", "Organization " + std::to_string(i));
        orgs.push_back(n.id);
        DOSSIER_RETURN_IF_ERROR(loader->AddNode(n));
    }
    int64_t edges = 0;
    auto add_edge = [&](NodeId src, const char* type, NodeId dst) {
        Edge e;
        e.src = src;
        e.dst = dst;
        e.type = type;
        e.id = dossier::graph::FactEdgeId(src, type, dst, std::to_string(edges));
        ++edges;
        return loader->AddEdge(e);
    };
    for (int i = 0; i < s.articles; ++i) {
        Node a = MakeNode("Article", "Article " + std::to_string(i));
        a.properties["year"] = int64_t{2005 + i % 20};
        DOSSIER_RETURN_IF_ERROR(loader->AddNode(a));
        for (int k = 0; k < s.mentions_per_article; ++k) {
            DOSSIER_RETURN_IF_ERROR(add_edge(a.id, "MENTIONS", persons[Skewed(rng, s.persons)]));
        }
        for (int k = 0; k < s.countries_per_article; ++k) {
            DOSSIER_RETURN_IF_ERROR(
                add_edge(a.id, "MENTIONS", countries[Skewed(rng, s.countries)]));
        }
    }
    for (int i = 0; i < s.met; ++i) {
        DOSSIER_RETURN_IF_ERROR(
            add_edge(persons[Skewed(rng, s.persons)], "MET", persons[Skewed(rng, s.persons)]));
    }
    for (int i = 0; i < s.memberships; ++i) {
        DOSSIER_RETURN_IF_ERROR(add_edge(persons[Skewed(rng, s.persons)], "MEMBER_OF",
                                         orgs[Skewed(rng, s.organizations)]));
    }
    *edge_count = edges;
    return loader->Finish();
}

struct BenchQuery {
    const char* name;
    const char* text;
};

const BenchQuery kQueries[] = {
    {"point lookup by name", "MATCH (p:Person {name: 'Person 4242'}) RETURN p.name, p.age"},
    {"1-hop of a hub", "MATCH (p:Person {name: 'Person 0'})-[:MET]-(q) RETURN count(q)"},
    {"2-hop count", "MATCH (p:Person {name: 'Person 1000'})-[:MET]-()-[:MET]-(q) RETURN count(q)"},
    {"filtered pattern",
     "MATCH (a:Article)-[:MENTIONS]->(c:Country {name: 'Country 3'}) WHERE a.year >= 2015 "
     "RETURN count(a)"},
    {"top-10 aggregation",
     "MATCH (p:Person)-[:MEMBER_OF]->(o:Organization) RETURN o.name, count(p) AS members "
     "ORDER BY members DESC LIMIT 10"},
    {"*1..3 count", "MATCH (p:Person {name: 'Person 500'})-[:MET*1..3]->(q) RETURN count(q)"},
    {"shortest path",
     "MATCH (a:Person {name: 'Person 11'}), (b:Person {name: 'Person 2000'}) "
     "MATCH p = shortestPath((a)-[:MET*..10]-(b)) RETURN length(p)"},
};

}  // namespace

int main(int argc, char** argv) {
    int64_t target_edges = 1'000'000;
    int runs = 7;
    std::string dir = (std::filesystem::temp_directory_path() /
                       ("dossier_query_bench_" + std::to_string(::getpid())))
                          .string();
    bool profile = false;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--profile") profile = true;
    }
    for (int i = 1; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--profile") {
            --i;
            continue;
        }
        if (a == "--edges") target_edges = std::atoll(argv[i + 1]);
        if (a == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        if (a == "--dir") dir = argv[i + 1];
    }
    std::filesystem::remove_all(dir);
    auto store_or = GraphStore::Open(dir);
    if (!store_or.ok()) {
        std::fprintf(stderr, "%s\n", store_or.status().ToString().c_str());
        return 1;
    }
    auto store = std::move(*store_or);
    const auto t0 = std::chrono::steady_clock::now();
    int64_t edges = 0;
    if (auto s = Load(store.get(), SizesFor(target_edges), &edges); !s.ok()) {
        std::fprintf(stderr, "load failed: %s\n", s.ToString().c_str());
        return 1;
    }
    const double load_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("graph: %lld edges loaded in %.1f s (%s)\n", static_cast<long long>(edges), load_s,
                dir.c_str());
    std::printf("%-22s %10s %10s %10s %8s\n", "query", "median ms", "min ms", "max ms", "rows");

    dossier::query::Engine engine(store.get());
    for (const BenchQuery& q : kQueries) {
        std::vector<double> ms;
        size_t rows = 0;
        std::string first;
        for (int r = 0; r < runs; ++r) {
            const auto start = std::chrono::steady_clock::now();
            auto result = engine.Execute(q.text);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
            if (!result.ok()) {
                std::fprintf(stderr, "%s failed: %s\n", q.name, result.status().ToString().c_str());
                return 1;
            }
            rows = result->rows.size();
            if (!result->rows.empty() && !result->rows[0].empty()) {
                first = result->rows[0].back().ToCypher();
            }
        }
        std::sort(ms.begin(), ms.end());
        if (profile) {
            auto p = engine.Execute(std::string("PROFILE ") + q.text);
            if (p.ok()) std::printf("%s", p->plan.c_str());
        }
        std::printf("%-22s %10.3f %10.3f %10.3f %8zu  (first value %s)\n", q.name,
                    ms[ms.size() / 2], ms.front(), ms.back(), rows, first.c_str());
    }
    store.reset();
    std::filesystem::remove_all(dir);
    return 0;
}
