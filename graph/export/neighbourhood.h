// The neighbourhood of entities: every node within `hops` relationships of the start nodes (in
// either direction), and every relationship between two such nodes.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/export/subgraph.h"
#include "graph/graph_store.h"
#include "graph/status.h"

namespace dossier::graph {

struct NeighbourhoodOptions {
    int hops = 1;
    // Breadth-first search stops adding nodes beyond this many (hub nodes such as articles can
    // reach most of a graph in two hops); `truncated` then says so.
    size_t max_nodes = 5000;
};

struct Neighbourhood {
    Subgraph graph;
    bool truncated = false;
};

Result<Neighbourhood> CollectNeighbourhood(const GraphReader& reader,
                                           const std::vector<NodeId>& starts,
                                           const NeighbourhoodOptions& options);

}  // namespace dossier::graph
