#include "graph/export/neighbourhood.h"

#include <deque>
#include <unordered_map>
#include <unordered_set>

namespace dossier::graph {

namespace {

bool Admitted(const Node& node, const NeighbourhoodOptions& options) {
    for (const std::string& label : node.labels) {
        if (options.exclude_labels.count(label)) return false;
    }
    if (options.only_labels.empty()) return true;
    for (const std::string& label : node.labels) {
        if (options.only_labels.count(label)) return true;
    }
    return false;
}

}  // namespace

Result<Neighbourhood> CollectNeighbourhood(const GraphReader& reader,
                                           const std::vector<NodeId>& starts,
                                           const NeighbourhoodOptions& options) {
    Neighbourhood result;
    std::unordered_map<NodeId, int> depth;
    std::unordered_set<NodeId> excluded;
    std::deque<NodeId> queue;
    for (NodeId id : starts) {
        if (depth.emplace(id, 0).second) queue.push_back(id);
    }
    // Breadth first: nodes in order of distance, so a truncated result keeps the nearest ones.
    while (!queue.empty()) {
        const NodeId id = queue.front();
        queue.pop_front();
        DOSSIER_ASSIGN_OR_RETURN(Node node, reader.GetNode(id));
        result.graph.AddNode(node);
        const int d = depth[id];
        if (d >= options.hops) continue;
        auto it = reader.Adjacent(id, Direction::kBoth);
        for (; it->Valid(); it->Next()) {
            const NodeId next = it->entry().neighbour;
            if (depth.count(next) || excluded.count(next)) continue;
            if (depth.size() >= options.max_nodes) {
                result.truncated = true;
                break;
            }
            DOSSIER_ASSIGN_OR_RETURN(Node neighbour, reader.GetNode(next));
            if (!Admitted(neighbour, options)) {
                excluded.insert(next);
                ++result.excluded_per_label[neighbour.labels.empty() ? "(no label)"
                                                                     : neighbour.labels[0]];
                continue;
            }
            depth.emplace(next, d + 1);
            queue.push_back(next);
        }
        DOSSIER_RETURN_IF_ERROR(it->status());
    }
    // Every relationship between two collected nodes: out-edges of each suffice.
    for (const Node& node : std::vector<Node>(result.graph.nodes())) {
        auto it = reader.Adjacent(node.id, Direction::kOut);
        for (; it->Valid(); it->Next()) {
            if (!result.graph.HasNode(it->entry().neighbour)) continue;
            DOSSIER_ASSIGN_OR_RETURN(Edge edge, reader.GetEdge(it->entry().edge));
            result.graph.AddEdge(edge);
        }
        DOSSIER_RETURN_IF_ERROR(it->status());
    }
    return result;
}

}  // namespace dossier::graph
