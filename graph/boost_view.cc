#include "graph/boost_view.h"

#include <algorithm>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/connected_components.hpp>
#include <cmath>
#include <unordered_set>

namespace dossier::graph {

namespace {

ProjectionSpec NoProperties(ProjectionSpec spec) {
    spec.with_properties = false;
    return spec;
}

// The node ids a spec selects, ascending.
Result<std::vector<NodeId>> SelectNodes(const GraphReader& graph, const ProjectionSpec& spec) {
    std::vector<NodeId> ids;
    if (spec.node_ids) {
        for (NodeId id : *spec.node_ids) {
            if (graph.HasNode(id)) ids.push_back(id);
        }
    } else if (spec.edge_ids) {
        for (EdgeId id : *spec.edge_ids) {
            auto e = graph.GetEdge(id);
            if (e.ok()) {
                ids.push_back(e->src);
                ids.push_back(e->dst);
            } else if (!e.status().IsNotFound()) {
                return e.status();
            }
        }
    } else if (spec.labels.empty()) {
        auto it = graph.ScanNodes();
        for (; it->Valid(); it->Next()) ids.push_back(it->id());
        DOSSIER_RETURN_IF_ERROR(it->status());
    } else {
        for (const auto& label : spec.labels) {
            auto it = graph.ScanLabel(label);
            for (; it->Valid(); it->Next()) ids.push_back(it->id());
            DOSSIER_RETURN_IF_ERROR(it->status());
        }
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    if ((spec.node_ids || spec.edge_ids) && !spec.labels.empty()) {
        // Ids given and labels too: keep the nodes carrying one of the labels.
        std::vector<NodeId> kept;
        for (NodeId id : ids) {
            DOSSIER_ASSIGN_OR_RETURN(Node n, graph.GetNode(id));
            for (const auto& l : spec.labels) {
                if (n.HasLabel(l)) {
                    kept.push_back(id);
                    break;
                }
            }
        }
        ids = std::move(kept);
    }
    return ids;
}

bool TypeWanted(const ProjectionSpec& spec, std::string_view type) {
    return spec.types.empty() ||
           std::find(spec.types.begin(), spec.types.end(), type) != spec.types.end();
}

}  // namespace

Result<Projection> Project(const GraphReader& graph, const ProjectionSpec& spec) {
    Projection p;
    DOSSIER_ASSIGN_OR_RETURN(std::vector<NodeId> ids, SelectNodes(graph, spec));
    p.vertex.reserve(ids.size());
    for (NodeId id : ids) {
        VertexProperties props;
        props.id = id;
        DOSSIER_ASSIGN_OR_RETURN(Node n, graph.GetNode(id));
        props.labels = std::move(n.labels);
        if (spec.with_properties) props.properties = std::move(n.properties);
        p.vertex.emplace(id, boost::add_vertex(std::move(props), p.graph));
    }
    std::unordered_set<EdgeId> wanted_edges;
    if (spec.edge_ids) wanted_edges.insert(spec.edge_ids->begin(), spec.edge_ids->end());
    for (NodeId id : ids) {
        const auto src = p.vertex.at(id);
        auto it = graph.Adjacent(id, Direction::kOut);
        for (; it->Valid(); it->Next()) {
            const Adjacency& a = it->entry();
            auto dst = p.vertex.find(a.neighbour);
            if (dst == p.vertex.end() || !TypeWanted(spec, a.type)) continue;
            if (spec.edge_ids && !wanted_edges.count(a.edge)) continue;
            EdgeProperties props;
            props.id = a.edge;
            props.type = a.type;
            if (spec.with_properties) {
                DOSSIER_ASSIGN_OR_RETURN(Edge e, graph.GetEdge(a.edge));
                props.properties = std::move(e.properties);
            }
            boost::add_edge(src, dst->second, std::move(props), p.graph);
        }
        DOSSIER_RETURN_IF_ERROR(it->status());
    }
    return p;
}

NodeScores DegreeCentrality(const Projection& p, Direction dir) {
    NodeScores scores;
    for (auto v : boost::make_iterator_range(boost::vertices(p.graph))) {
        double d = 0;
        if (dir != Direction::kIn) d += static_cast<double>(boost::out_degree(v, p.graph));
        if (dir != Direction::kOut) d += static_cast<double>(boost::in_degree(v, p.graph));
        scores.emplace_back(p.node(v), d);
    }
    return scores;
}

NodeScores PageRank(const Projection& p, const PageRankOptions& options) {
    const size_t n = boost::num_vertices(p.graph);
    NodeScores scores;
    if (n == 0) return scores;
    std::vector<double> rank(n, 1.0 / n), next(n);
    for (int iter = 0; iter < options.max_iterations; ++iter) {
        double dangling = 0;
        for (size_t v = 0; v < n; ++v) {
            if (boost::out_degree(v, p.graph) == 0) dangling += rank[v];
        }
        const double base = (1 - options.damping) / n + options.damping * dangling / n;
        std::fill(next.begin(), next.end(), base);
        for (size_t v = 0; v < n; ++v) {
            const auto out = boost::out_degree(v, p.graph);
            if (out == 0) continue;
            const double share = options.damping * rank[v] / static_cast<double>(out);
            for (auto e : boost::make_iterator_range(boost::out_edges(v, p.graph))) {
                next[boost::target(e, p.graph)] += share;
            }
        }
        double change = 0;
        for (size_t v = 0; v < n; ++v) change += std::abs(next[v] - rank[v]);
        rank.swap(next);
        if (change < options.tolerance) break;
    }
    for (size_t v = 0; v < n; ++v) scores.emplace_back(p.node(v), rank[v]);
    return scores;
}

NodeScores Betweenness(const Projection& p) {
    const size_t n = boost::num_vertices(p.graph);
    std::vector<double> centrality(n, 0.0);
    if (n > 0) {
        boost::brandes_betweenness_centrality(
            p.graph, boost::centrality_map(boost::make_iterator_property_map(
                         centrality.begin(), boost::get(boost::vertex_index, p.graph))));
    }
    NodeScores scores;
    for (size_t v = 0; v < n; ++v) scores.emplace_back(p.node(v), centrality[v]);
    return scores;
}

std::vector<std::pair<NodeId, int64_t>> ConnectedComponents(const Projection& p) {
    using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
    const size_t n = boost::num_vertices(p.graph);
    Undirected u(n);
    for (auto e : boost::make_iterator_range(boost::edges(p.graph))) {
        boost::add_edge(boost::source(e, p.graph), boost::target(e, p.graph), u);
    }
    std::vector<int> component(n, 0);
    if (n > 0) boost::connected_components(u, component.data());
    // Renumber in order of first appearance, so numbering does not depend on Boost's choice.
    std::unordered_map<int, int64_t> renumber;
    std::vector<std::pair<NodeId, int64_t>> out;
    for (size_t v = 0; v < n; ++v) {
        auto [it, inserted] = renumber.emplace(component[v], static_cast<int64_t>(renumber.size()));
        out.emplace_back(p.node(v), it->second);
    }
    return out;
}

Result<std::vector<std::pair<NodeId, int>>> KHopNeighbourhood(
    const GraphReader& graph, NodeId start, int k, Direction dir,
    const std::vector<std::string>& types) {
    if (!graph.HasNode(start))
        return Status::NotFound("node " + std::to_string(start) + " not found");
    std::vector<std::pair<NodeId, int>> out{{start, 0}};
    std::unordered_set<NodeId> seen{start};
    for (size_t i = 0; i < out.size(); ++i) {
        const NodeId node = out[i].first;  // not a structured binding: the lambda captures it
        const int distance = out[i].second;
        if (distance >= k) break;  // `out` is in distance order
        auto visit = [&](std::optional<std::string_view> type) -> Status {
            auto it = graph.Adjacent(node, dir, type);
            for (; it->Valid(); it->Next()) {
                const NodeId next = it->entry().neighbour;
                if (seen.insert(next).second) out.emplace_back(next, distance + 1);
            }
            return it->status();
        };
        if (types.empty()) {
            DOSSIER_RETURN_IF_ERROR(visit(std::nullopt));
        } else {
            for (const auto& t : types) DOSSIER_RETURN_IF_ERROR(visit(t));
        }
    }
    return out;
}

Result<PathIds> ShortestPath(const GraphReader& graph, NodeId from, NodeId to, Direction dir,
                             const std::vector<std::string>& types, int max_hops) {
    for (NodeId id : {from, to}) {
        if (!graph.HasNode(id))
            return Status::NotFound("node " + std::to_string(id) + " not found");
    }
    PathIds path;
    if (from == to) {
        path.nodes.push_back(from);
        return path;
    }
    // Breadth-first from `from`, remembering how each node was first reached.
    struct Step {
        NodeId previous;
        EdgeId edge;
    };
    std::unordered_map<NodeId, Step> reached{{from, {from, 0}}};
    std::vector<NodeId> frontier{from};
    for (int hop = 0; hop < max_hops && !frontier.empty() && !reached.count(to); ++hop) {
        std::vector<NodeId> next;
        for (NodeId node : frontier) {
            auto visit = [&](std::optional<std::string_view> type) -> Status {
                auto it = graph.Adjacent(node, dir, type);
                for (; it->Valid(); it->Next()) {
                    const Adjacency& a = it->entry();
                    if (reached.emplace(a.neighbour, Step{node, a.edge}).second) {
                        next.push_back(a.neighbour);
                    }
                }
                return it->status();
            };
            if (types.empty()) {
                DOSSIER_RETURN_IF_ERROR(visit(std::nullopt));
            } else {
                for (const auto& t : types) DOSSIER_RETURN_IF_ERROR(visit(t));
            }
        }
        frontier = std::move(next);
    }
    if (!reached.count(to)) return path;
    for (NodeId at = to; at != from; at = reached.at(at).previous) {
        path.nodes.push_back(at);
        path.edges.push_back(reached.at(at).edge);
    }
    path.nodes.push_back(from);
    std::reverse(path.nodes.begin(), path.nodes.end());
    std::reverse(path.edges.begin(), path.edges.end());
    return path;
}

Result<NodeScores> PageRank(const GraphReader& graph, const ProjectionSpec& spec,
                            const PageRankOptions& options) {
    DOSSIER_ASSIGN_OR_RETURN(Projection p, Project(graph, NoProperties(spec)));
    return PageRank(p, options);
}

Result<NodeScores> Betweenness(const GraphReader& graph, const ProjectionSpec& spec) {
    DOSSIER_ASSIGN_OR_RETURN(Projection p, Project(graph, NoProperties(spec)));
    return Betweenness(p);
}

Result<NodeScores> DegreeCentrality(const GraphReader& graph, const ProjectionSpec& spec,
                                    Direction dir) {
    DOSSIER_ASSIGN_OR_RETURN(Projection p, Project(graph, NoProperties(spec)));
    return DegreeCentrality(p, dir);
}

Result<std::vector<std::pair<NodeId, int64_t>>> ConnectedComponents(const GraphReader& graph,
                                                                    const ProjectionSpec& spec) {
    DOSSIER_ASSIGN_OR_RETURN(Projection p, Project(graph, NoProperties(spec)));
    return ConnectedComponents(p);
}

}  // namespace dossier::graph
