#include "query/exec/expand_support.h"

#include <algorithm>

namespace dossier::query::exec {

Status ForEachAdjacent(const graph::GraphReader& reader, graph::NodeId node, graph::Direction dir,
                       const EdgeConstraint& edge,
                       const std::function<Result<bool>(const graph::Adjacency&)>& fn) {
    return ForEachAdjacent(reader, nullptr, node, dir, edge, fn);
}

Status ForEachAdjacent(const graph::GraphReader& reader, graph::AdjacencyCursor* cursor,
                       graph::NodeId node, graph::Direction dir, const EdgeConstraint& edge,
                       const std::function<Result<bool>(const graph::Adjacency&)>& fn) {
    std::unique_ptr<graph::AdjacencyIterator> fresh;
    auto scan = [&](std::optional<std::string_view> type) -> Result<bool> {
        graph::AdjacencyIterator* it = cursor;
        if (cursor) {
            cursor->Seek(node, dir, type);
        } else {
            fresh = reader.Adjacent(node, dir, type);
            it = fresh.get();
        }
        for (; it->Valid(); it->Next()) {
            const graph::Adjacency& a = it->entry();
            if (dir == graph::Direction::kBoth && a.direction == graph::Direction::kIn &&
                a.neighbour == node) {
                continue;  // the self-loop was reported as an out-edge already
            }
            DOSSIER_ASSIGN_OR_RETURN(bool more, fn(a));
            if (!more) return false;
        }
        DOSSIER_RETURN_IF_ERROR(it->status());
        return true;
    };
    if (edge.types.empty()) return scan(std::nullopt).status();
    for (size_t i = 0; i < edge.types.size(); ++i) {
        const std::string& type = edge.types[i];
        const auto seen = edge.types.begin() + static_cast<long>(i);
        if (std::find(edge.types.begin(), seen, type) != seen) continue;  // [:T|T] reads T once
        DOSSIER_ASSIGN_OR_RETURN(bool more, scan(type));
        if (!more) break;
    }
    return Status::OK();
}

Status CollectAdjacent(const graph::GraphReader& reader, graph::NodeId node, graph::Direction dir,
                       const EdgeConstraint& edge, std::vector<graph::Adjacency>* out) {
    return CollectAdjacent(reader, nullptr, node, dir, edge, out);
}

Status CollectAdjacent(const graph::GraphReader& reader, graph::AdjacencyCursor* cursor,
                       graph::NodeId node, graph::Direction dir, const EdgeConstraint& edge,
                       std::vector<graph::Adjacency>* out) {
    out->clear();
    return ForEachAdjacent(reader, cursor, node, dir, edge,
                           [&](const graph::Adjacency& a) -> Result<bool> {
                               out->push_back(a);
                               return true;
                           });
}

graph::AdjacencyCursor* ExpandCursor(const ExecContext& ctx,
                                     std::unique_ptr<graph::AdjacencyCursor>* cursor) {
    if (ctx.txn) return nullptr;
    if (!*cursor) *cursor = ctx.reader->NewAdjacencyCursor();
    return cursor->get();
}

Result<graph::Value> EdgeValue(const graph::GraphReader& reader, graph::NodeId from,
                               const graph::Adjacency& a, bool fetch) {
    if (fetch) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Edge e, reader.GetEdge(a.edge));
        return graph::MakeEdgeValue(std::move(e));
    }
    graph::Edge e;
    e.id = a.edge;
    e.type = a.type;
    const bool out = a.direction == graph::Direction::kOut;
    e.src = out ? from : a.neighbour;
    e.dst = out ? a.neighbour : from;
    return graph::MakeEdgeValue(std::move(e));
}

Result<graph::Value> NodeCache::Get(const ExecContext& ctx, graph::NodeId id) {
    if (ctx.txn) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node n, ctx.reader->GetNode(id));
        return graph::MakeNodeValue(std::move(n));
    }
    if (auto it = nodes_.find(id); it != nodes_.end()) return it->second;
    DOSSIER_ASSIGN_OR_RETURN(graph::Node n, ctx.reader->GetNode(id));
    if (nodes_.size() >= kCapacity) nodes_.clear();
    return nodes_.emplace(id, graph::MakeNodeValue(std::move(n))).first->second;
}

Status NodeCache::Prefetch(const ExecContext& ctx, const std::vector<graph::NodeId>& ids) {
    if (ctx.txn) return Status::OK();
    std::vector<graph::NodeId> missing;
    for (graph::NodeId id : ids) {
        if (!nodes_.count(id)) missing.push_back(id);
    }
    if (missing.size() < kMinBatch) return Status::OK();
    std::sort(missing.begin(), missing.end());
    missing.erase(std::unique(missing.begin(), missing.end()), missing.end());
    if (nodes_.size() + missing.size() > kCapacity) nodes_.clear();
    std::vector<Result<graph::Node>> nodes = ctx.reader->GetNodes(missing);
    for (size_t i = 0; i < missing.size(); ++i) {
        if (nodes[i].status().IsNotFound()) continue;  // Get reports it when it is asked for
        DOSSIER_RETURN_IF_ERROR(nodes[i].status());
        nodes_.emplace(missing[i], graph::MakeNodeValue(std::move(nodes[i]).value()));
    }
    return Status::OK();
}

bool UsesEdge(const graph::Value& v, graph::EdgeId id) {
    if (v.is_edge()) return v.as_edge().id == id;
    if (v.is_list()) {
        for (const auto& e : v.as_list()) {
            if (e.is_edge() && e.as_edge().id == id) return true;
        }
    }
    return false;
}

std::vector<graph::NodeId> WalkEdges(graph::NodeId start, const graph::List& edges) {
    std::vector<graph::NodeId> ids{start};
    for (const auto& v : edges) {
        const graph::Edge& e = v.as_edge();
        ids.push_back(e.src == ids.back() ? e.dst : e.src);
    }
    return ids;
}

}  // namespace dossier::query::exec
