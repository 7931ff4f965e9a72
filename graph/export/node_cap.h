// Keeping a subgraph small enough to look at: the most connected nodes up to a cap.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "graph/export/subgraph.h"

namespace dossier::graph {

struct CappedSubgraph {
    Subgraph graph;
    // Nodes left out, per first label (empty when nothing was).
    std::map<std::string, size_t> left_out_per_label;
    size_t left_out() const;
};

// Ranks the nodes of `graph` by the number of distinct other nodes they are joined to inside it
// (ties: the order nodes were added, which for a neighbourhood is nearest first) and keeps the
// first `max_nodes`, the nodes in `keep` always among them, with every edge between two kept
// nodes. A graph with at most `max_nodes` nodes comes back whole.
CappedSubgraph KeepMostConnected(const Subgraph& graph, const std::vector<NodeId>& keep,
                                 size_t max_nodes);

// "12 Person, 3 City" for a note of what was left out.
std::string DescribeLeftOut(const std::map<std::string, size_t>& per_label);

}  // namespace dossier::graph
