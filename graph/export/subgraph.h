// Subgraph: the nodes and edges an export writes, gathered from query results or a traversal.
//
// Invariants kept by Subgraph itself: each node and each edge appears once (by id), in the order
// first added; edges() only returns edges whose two ends are both among nodes() (no dangling
// edges), whatever order nodes and edges were added in.
#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "graph/value.h"

namespace dossier::graph {

class Subgraph {
  public:
    // Adds a node (a repeated id keeps the first copy).
    void AddNode(const Node& node);
    // Adds an edge; it is exported only if both of its ends are added too.
    void AddEdge(const Edge& edge);
    // Adds every node, edge and path inside `value`, descending into lists and maps. Scalars are
    // ignored.
    void AddValue(const Value& value);

    const std::vector<Node>& nodes() const { return nodes_; }
    // The edges whose both ends are in nodes(), in the order added.
    std::vector<Edge> edges() const;
    // Edges added whose ends are not both present (they are left out of every export).
    size_t dangling_edge_count() const;

    bool HasNode(NodeId id) const { return node_index_.count(id) > 0; }
    const Node* FindNode(NodeId id) const;

  private:
    std::vector<Node> nodes_;
    std::unordered_map<NodeId, size_t> node_index_;
    std::vector<Edge> edges_;
    std::unordered_map<EdgeId, size_t> edge_index_;
};

}  // namespace dossier::graph
