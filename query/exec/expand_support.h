// Helpers shared by Expand, VarExpand and ShortestPath.
#pragma once

#include <unordered_map>

#include "query/exec/constraints.h"

namespace dossier::query::exec {

// Calls `fn(adjacency)` for every edge at `node` that the direction and type alternatives allow,
// reading only the adjacency prefix of each wanted type. A self-loop seen in both directions is
// reported once. `fn` returns false to stop.
Status ForEachAdjacent(const graph::GraphReader& reader, graph::NodeId node, graph::Direction dir,
                       const EdgeConstraint& edge,
                       const std::function<Result<bool>(const graph::Adjacency&)>& fn);

// The same through `cursor` when it is set (see ExpandCursor), else through fresh iterators.
Status ForEachAdjacent(const graph::GraphReader& reader, graph::AdjacencyCursor* cursor,
                       graph::NodeId node, graph::Direction dir, const EdgeConstraint& edge,
                       const std::function<Result<bool>(const graph::Adjacency&)>& fn);

// The same, collected into *out (cleared first).
Status CollectAdjacent(const graph::GraphReader& reader, graph::NodeId node, graph::Direction dir,
                       const EdgeConstraint& edge, std::vector<graph::Adjacency>* out);
Status CollectAdjacent(const graph::GraphReader& reader, graph::AdjacencyCursor* cursor,
                       graph::NodeId node, graph::Direction dir, const EdgeConstraint& edge,
                       std::vector<graph::Adjacency>* out);

// The adjacency cursor an expanding operator keeps while the statement only reads the store
// (made at the first call); null in a writing statement, whose writes a cursor might not see.
graph::AdjacencyCursor* ExpandCursor(const ExecContext& ctx,
                                     std::unique_ptr<graph::AdjacencyCursor>* cursor);

// The edge value for an adjacency seen from `from`: fetched whole, or only id, ends and type.
Result<graph::Value> EdgeValue(const graph::GraphReader& reader, graph::NodeId from,
                               const graph::Adjacency& a, bool fetch);

// Whole nodes read by one expanding operator, reused while the statement only reads (a writing
// statement may change a node between two reads, so there nothing is kept). Bounded: cleared
// when it reaches `kCapacity` entries. Skewed graphs (a few hubs at the end of most edges) hit it
// often.
class NodeCache {
  public:
    static constexpr size_t kCapacity = 1 << 16;
    // The node with `id` as a value; NotFound when it is not there.
    Result<graph::Value> Get(const ExecContext& ctx, graph::NodeId id);
    // Reads the nodes of `ids` not cached yet in one batch (GraphReader::GetNodes), so that the
    // Gets that follow find them. Does nothing in a writing statement or for fewer than
    // kMinBatch ids, where one batch costs as much as the lookups it replaces.
    Status Prefetch(const ExecContext& ctx, const std::vector<graph::NodeId>& ids);
    static constexpr size_t kMinBatch = 32;

  private:
    std::unordered_map<graph::NodeId, graph::Value> nodes_;
};

// True when edge `id` occurs in the value (an edge or a list of edges).
bool UsesEdge(const graph::Value& v, graph::EdgeId id);

// Node ids along a chain of edges starting at `start`.
std::vector<graph::NodeId> WalkEdges(graph::NodeId start, const graph::List& edges);

}  // namespace dossier::query::exec
