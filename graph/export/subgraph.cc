#include "graph/export/subgraph.h"

namespace dossier::graph {

void Subgraph::AddNode(const Node& node) {
    if (node_index_.emplace(node.id, nodes_.size()).second) nodes_.push_back(node);
}

void Subgraph::AddEdge(const Edge& edge) {
    if (edge_index_.emplace(edge.id, edges_.size()).second) edges_.push_back(edge);
}

void Subgraph::AddValue(const Value& value) {
    switch (value.kind()) {
        case Value::Kind::kNode:
            AddNode(value.as_node());
            break;
        case Value::Kind::kEdge:
            AddEdge(value.as_edge());
            break;
        case Value::Kind::kPath:
            for (const Node& n : value.as_path().nodes) AddNode(n);
            for (const Edge& e : value.as_path().edges) AddEdge(e);
            break;
        case Value::Kind::kList:
            for (const Value& v : value.as_list()) AddValue(v);
            break;
        case Value::Kind::kMap:
            for (const auto& [key, v] : value.as_map()) AddValue(v);
            break;
        default:
            break;
    }
}

std::vector<Edge> Subgraph::edges() const {
    std::vector<Edge> out;
    out.reserve(edges_.size());
    for (const Edge& e : edges_) {
        if (HasNode(e.src) && HasNode(e.dst)) out.push_back(e);
    }
    return out;
}

size_t Subgraph::dangling_edge_count() const {
    return edges_.size() - edges().size();
}

const Node* Subgraph::FindNode(NodeId id) const {
    auto it = node_index_.find(id);
    return it == node_index_.end() ? nullptr : &nodes_[it->second];
}

}  // namespace dossier::graph
