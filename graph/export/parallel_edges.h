// Parallel relationships drawn as one: an article that names two people in ten sentences gives
// ten MET or MENTIONED_IN edges between the same ends, which a drawing shows as one thick tangle.
#pragma once

#include "graph/export/subgraph.h"

namespace dossier::graph {

// The property a merged edge carries: how many edges of its type join its two ends.
inline constexpr const char* kParallelCountProperty = "parallel_edges";

// `graph` with the edges of one type between the same two nodes, in the same direction, replaced
// by the first of them, which then carries kParallelCountProperty (their number). Nodes and lone
// edges are unchanged, in their order.
Subgraph MergeParallelEdges(const Subgraph& graph);

}  // namespace dossier::graph
