#include "graph/export/node_cap.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

namespace dossier::graph {

size_t CappedSubgraph::left_out() const {
    size_t n = 0;
    for (const auto& [label, count] : left_out_per_label) n += count;
    return n;
}

CappedSubgraph KeepMostConnected(const Subgraph& graph, const std::vector<NodeId>& keep,
                                 size_t max_nodes) {
    CappedSubgraph result;
    const std::vector<Edge> edges = graph.edges();
    if (graph.nodes().size() <= max_nodes) {
        result.graph = graph;
        return result;
    }
    // Distinct neighbours: parallel edges and both directions count once.
    std::unordered_map<NodeId, std::unordered_set<NodeId>> neighbours;
    for (const Edge& e : edges) {
        if (e.src == e.dst) continue;
        neighbours[e.src].insert(e.dst);
        neighbours[e.dst].insert(e.src);
    }
    const std::unordered_set<NodeId> always(keep.begin(), keep.end());
    std::vector<size_t> order(graph.nodes().size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    auto rank = [&](size_t i) {
        const NodeId id = graph.nodes()[i].id;
        auto it = neighbours.find(id);
        return std::make_pair(always.count(id) > 0, it == neighbours.end() ? 0 : it->second.size());
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return rank(a) > rank(b); });
    std::vector<bool> kept(order.size(), false);
    for (size_t k = 0; k < order.size() && k < max_nodes; ++k) kept[order[k]] = true;
    // Kept nodes stay in their original order; so do the edges.
    for (size_t i = 0; i < graph.nodes().size(); ++i) {
        const Node& node = graph.nodes()[i];
        if (kept[i] || always.count(node.id)) {
            result.graph.AddNode(node);
        } else {
            ++result.left_out_per_label[node.labels.empty() ? "(no label)" : node.labels[0]];
        }
    }
    for (const Edge& e : edges) {
        if (result.graph.HasNode(e.src) && result.graph.HasNode(e.dst)) result.graph.AddEdge(e);
    }
    return result;
}

std::string DescribeLeftOut(const std::map<std::string, size_t>& per_label) {
    std::vector<std::pair<std::string, size_t>> items(per_label.begin(), per_label.end());
    std::stable_sort(items.begin(), items.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string text;
    for (const auto& [label, count] : items) {
        if (!text.empty()) text += ", ";
        text += std::to_string(count) + " " + label;
    }
    return text;
}

}  // namespace dossier::graph
