// Helpers shared by Expand, VarExpand and ShortestPath.
#pragma once

#include "query/exec/constraints.h"

namespace dossier::query::exec {

// Calls `fn(adjacency)` for every edge at `node` that the direction and type alternatives allow,
// reading only the adjacency prefix of each wanted type. A self-loop seen in both directions is
// reported once. `fn` returns false to stop.
Status ForEachAdjacent(const graph::GraphReader& reader, graph::NodeId node, graph::Direction dir,
                       const EdgeConstraint& edge,
                       const std::function<Result<bool>(const graph::Adjacency&)>& fn);

// The same, collected into *out (cleared first).
Status CollectAdjacent(const graph::GraphReader& reader, graph::NodeId node, graph::Direction dir,
                       const EdgeConstraint& edge, std::vector<graph::Adjacency>* out);

// The edge value for an adjacency seen from `from`: fetched whole, or only id, ends and type.
Result<graph::Value> EdgeValue(const graph::GraphReader& reader, graph::NodeId from,
                               const graph::Adjacency& a, bool fetch);

// True when edge `id` occurs in the value (an edge or a list of edges).
bool UsesEdge(const graph::Value& v, graph::EdgeId id);

// Node ids along a chain of edges starting at `start`.
std::vector<graph::NodeId> WalkEdges(graph::NodeId start, const graph::List& edges);

}  // namespace dossier::query::exec
