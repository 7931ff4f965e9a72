#include "graph/export/parallel_edges.h"

#include <map>
#include <string>
#include <tuple>

namespace dossier::graph {

Subgraph MergeParallelEdges(const Subgraph& graph) {
    const std::vector<Edge> edges = graph.edges();
    std::map<std::tuple<NodeId, NodeId, std::string>, size_t> first;  // -> index in `merged`
    std::vector<Edge> merged;
    std::vector<int64_t> counts;
    for (const Edge& e : edges) {
        auto [it, added] = first.emplace(std::make_tuple(e.src, e.dst, e.type), merged.size());
        if (added) {
            merged.push_back(e);
            counts.push_back(1);
        } else {
            ++counts[it->second];
        }
    }
    Subgraph result;
    for (const Node& n : graph.nodes()) result.AddNode(n);
    for (size_t i = 0; i < merged.size(); ++i) {
        if (counts[i] > 1) merged[i].properties[kParallelCountProperty] = Value(counts[i]);
        result.AddEdge(merged[i]);
    }
    return result;
}

}  // namespace dossier::graph
