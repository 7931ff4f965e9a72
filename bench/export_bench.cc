// Export throughput: each writer on a synthetic news-like subgraph (people, countries, quotes with
// sentence-long text, typed properties), written to memory. Prints the median of 5 runs per format.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "graph/export/exporters.h"
#include "graph/export/subgraph.h"

namespace {

using dossier::graph::Edge;
using dossier::graph::List;
using dossier::graph::Node;
using dossier::graph::Subgraph;
using dossier::graph::Value;

Subgraph MakeGraph(int nodes, int edges_per_node) {
    Subgraph g;
    const char* labels[] = {"Person", "Country", "Quote", "Organization"};
    for (int i = 0; i < nodes; ++i) {
        Node n{static_cast<uint64_t>(i + 1), {labels[i % 4]}, {}};
        if (i % 4 == 2) {
            n.properties["text"] =
                "We will not resign, and the so-called interim government has "
                "no mandate, he told reporters in Minsk " +
                std::to_string(i);
        } else {
            n.properties["name"] = "Entity number " + std::to_string(i);
            n.properties["aliases"] = List{Value("E" + std::to_string(i)), Value("Mr. X")};
        }
        n.properties["mentions"] = int64_t{i % 97};
        g.AddNode(n);
    }
    uint64_t id = 1;
    for (int i = 0; i < nodes; ++i) {
        for (int k = 1; k <= edges_per_node; ++k) {
            Edge e{id++,
                   static_cast<uint64_t>(i + 1),
                   static_cast<uint64_t>((i * 7 + k * 13) % nodes + 1),
                   "MENTIONED_WITH",
                   {}};
            e.properties["confidence"] = 0.5 + (k % 5) / 10.0;
            e.properties["sentence"] =
                "article-" + std::to_string(i % 500) + "#" + std::to_string(k);
            g.AddEdge(e);
        }
    }
    return g;
}

template <typename F>
double MedianMillis(F&& run) {
    std::vector<double> times;
    for (int i = 0; i < 5; ++i) {
        const auto start = std::chrono::steady_clock::now();
        run();
        times.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
    }
    std::sort(times.begin(), times.end());
    return times[2];
}

}  // namespace

int main() {
    const int kNodes = 20000;
    const int kEdgesPerNode = 5;
    const Subgraph g = MakeGraph(kNodes, kEdgesPerNode);
    std::printf("subgraph: %zu nodes, %zu relationships\n", g.nodes().size(), g.edges().size());
    const dossier::graph::HtmlAssets assets{
        "<title>@DOSSIER_TITLE@</title><script>/*@DOSSIER_LIBRARY@*/</script><script>"
        "/*@DOSSIER_VIEW@*/</script><script>/*@DOSSIER_GRAPH@*/</script>",
        "", ""};
    struct Case {
        const char* name;
        std::function<dossier::Status(std::ostream&)> write;
    };
    std::ostringstream sink_b;
    const std::vector<Case> cases = {
        {"graphml", [&](std::ostream& o) { return dossier::graph::WriteGraphML(g, o); }},
        {"gexf", [&](std::ostream& o) { return dossier::graph::WriteGexf(g, o); }},
        {"dot", [&](std::ostream& o) { return dossier::graph::WriteDot(g, o); }},
        {"cytoscape", [&](std::ostream& o) { return dossier::graph::WriteCytoscapeJson(g, o); }},
        {"jsonl", [&](std::ostream& o) { return dossier::graph::WriteJsonLines(g, o); }},
        {"csv",
         [&](std::ostream& o) {
             sink_b.str("");
             return dossier::graph::WriteNeo4jCsv(g, o, sink_b);
         }},
        {"html (graph part)",
         [&](std::ostream& o) { return dossier::graph::WriteHtml(g, assets, "bench", o); }},
    };
    for (const Case& c : cases) {
        size_t bytes = 0;
        const double ms = MedianMillis([&] {
            std::ostringstream out;
            sink_b.str("");
            if (!c.write(out).ok()) std::printf("%s failed\n", c.name);
            bytes = out.str().size() + sink_b.str().size();
        });
        std::printf("%-18s median %8.1f ms  %6.1f MB  %7.0f elements/s\n", c.name, ms,
                    static_cast<double>(bytes) / 1e6,
                    static_cast<double>(g.nodes().size() + g.edges().size()) / (ms / 1000.0));
    }
    return 0;
}
