// Boost.Graph views of the store: the whole graph or a subgraph copied into a
// boost::adjacency_list with node and edge properties attached, and the graph algorithms the
// query engine exposes (CALL algo.pageRank() and friends) as plain functions returning per-node
// results.
//
// A projection is a snapshot: later writes to the store do not change it. It holds every
// selected node and edge in memory (about 100 bytes per edge plus the properties when they are
// copied).
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/graph_store.h"

namespace dossier::graph {

struct VertexProperties {
    NodeId id = 0;
    std::vector<std::string> labels;
    PropertyMap properties;
};

struct EdgeProperties {
    EdgeId id = 0;
    std::string type;
    PropertyMap properties;
};

// Directed, with in-edges available (bidirectionalS); vertex descriptors are 0..n-1.
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                         VertexProperties, EdgeProperties>;

// What to project. Empty label/type lists mean "all". With node_ids set only those nodes (that
// exist) are taken; with edge_ids set only those edges are taken, and when node_ids is not set
// their end nodes come with them. An edge is taken only when both its ends are.
struct ProjectionSpec {
    std::vector<std::string> labels;
    std::vector<std::string> types;
    std::optional<std::vector<NodeId>> node_ids;
    std::optional<std::vector<EdgeId>> edge_ids;
    bool with_properties = true;  // copy node and edge properties (false: ids, labels, types)
};

struct Projection {
    BoostGraph graph;
    std::unordered_map<NodeId, BoostGraph::vertex_descriptor> vertex;  // node id -> vertex

    NodeId node(BoostGraph::vertex_descriptor v) const { return graph[v].id; }
};

Result<Projection> Project(const GraphReader& graph, const ProjectionSpec& spec = {});

// Per-node results, in vertex order (ascending node id for a whole-graph projection).
using NodeScores = std::vector<std::pair<NodeId, double>>;

// Degree of each node in `dir` (kBoth counts a self-loop twice).
NodeScores DegreeCentrality(const Projection& p, Direction dir = Direction::kBoth);

struct PageRankOptions {
    double damping = 0.85;
    int max_iterations = 100;
    double tolerance = 1e-9;  // stop when the L1 change of the ranks is below this
};
// PageRank by power iteration over directed edges; the rank of nodes without out-edges is spread
// evenly over all nodes, so the ranks sum to 1.
NodeScores PageRank(const Projection& p, const PageRankOptions& options = {});

// Betweenness centrality (Brandes, via boost::brandes_betweenness_centrality) over directed
// edges, not normalised.
NodeScores Betweenness(const Projection& p);

// Weakly connected components: each node with a component number; numbers are 0..k-1, in the
// order of each component's first node.
std::vector<std::pair<NodeId, int64_t>> ConnectedComponents(const Projection& p);

// The nodes within `k` hops of `start` (edges followed in `dir`, of `types` when not empty) with
// their hop distance, `start` first at distance 0, then by distance. Reads the store directly:
// no projection. NotFound when `start` does not exist.
Result<std::vector<std::pair<NodeId, int>>> KHopNeighbourhood(
    const GraphReader& graph, NodeId start, int k, Direction dir = Direction::kBoth,
    const std::vector<std::string>& types = {});

// A shortest path (fewest edges) from `from` to `to` following edges in `dir`: the nodes and
// edges along it. Empty (no nodes) when `to` is unreachable within `max_hops`. Reads the store
// directly. NotFound when either end does not exist.
struct PathIds {
    std::vector<NodeId> nodes;
    std::vector<EdgeId> edges;
};
Result<PathIds> ShortestPath(const GraphReader& graph, NodeId from, NodeId to,
                             Direction dir = Direction::kBoth,
                             const std::vector<std::string>& types = {}, int max_hops = 1000);

// Whole-store conveniences for the query engine: project with `spec`, then run.
Result<NodeScores> PageRank(const GraphReader& graph, const ProjectionSpec& spec = {},
                            const PageRankOptions& options = {});
Result<NodeScores> Betweenness(const GraphReader& graph, const ProjectionSpec& spec = {});
Result<NodeScores> DegreeCentrality(const GraphReader& graph, const ProjectionSpec& spec = {},
                                    Direction dir = Direction::kBoth);
Result<std::vector<std::pair<NodeId, int64_t>>> ConnectedComponents(
    const GraphReader& graph, const ProjectionSpec& spec = {});

}  // namespace dossier::graph
