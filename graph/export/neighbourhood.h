// The neighbourhood of entities: every node within `hops` relationships of the start nodes (in
// either direction), and every relationship between two such nodes.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "graph/export/subgraph.h"
#include "graph/graph_store.h"
#include "graph/status.h"

namespace dossier::graph {

// Labels a neighbourhood leaves out unless asked: every article and quote of a prominent person
// is one hop away, and they outnumber the entities a reader looks for many times over.
inline const std::set<std::string> kDefaultExcludedLabels = {"Article", "Quote"};

struct NeighbourhoodOptions {
    int hops = 1;
    // Breadth-first search stops adding nodes beyond this many (hub nodes can reach most of a
    // graph in two hops); `truncated` then says so.
    size_t max_nodes = 5000;
    // A node carrying one of these labels is neither collected nor walked through (start nodes
    // are always collected). With `only_labels` non-empty, only nodes carrying one of those are.
    std::set<std::string> exclude_labels;
    std::set<std::string> only_labels;
};

struct Neighbourhood {
    Subgraph graph;
    bool truncated = false;
    // Nodes next to collected ones that the label filters left out, per label.
    std::map<std::string, size_t> excluded_per_label;
};

Result<Neighbourhood> CollectNeighbourhood(const GraphReader& reader,
                                           const std::vector<NodeId>& starts,
                                           const NeighbourhoodOptions& options);

}  // namespace dossier::graph
