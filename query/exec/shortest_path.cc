// ShortestPath / AllShortestPaths: breadth-first search between two bound nodes over ids, level by
// level, recording every parent edge at the first level a node is reached. The search runs from
// both ends at once (each step grows the smaller frontier by a whole level) and stops at the
// level where the two meet; the paths are then read back from the meeting nodes to both ends.
// Only the nodes and edges of the paths returned are read whole. Memory: the visited part of the
// graph.
#include <unordered_map>

#include "query/exec/expand_support.h"

namespace dossier::query::exec {

namespace {

struct Parent {
    graph::NodeId node;
    graph::Adjacency via;
};

class ShortestPath : public Operator {
  public:
    ShortestPath(ExecContext* ctx, OperatorPtr child, ShortestPathSpec spec)
        : Operator(ctx, std::move(child)), spec_(std::move(spec)) {}
    std::string Describe() const override {
        return std::string(spec_.all ? "AllShortestPaths(" : "ShortestPath(") +
               spec_.scope.names()[spec_.from_slot] + ", " + spec_.scope.names()[spec_.to_slot] +
               ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        while (next_ >= paths_.size()) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
            if (!more) return false;
            paths_.clear();
            next_ = 0;
            const graph::Value& a = input_[spec_.from_slot];
            const graph::Value& b = input_[spec_.to_slot];
            if (!a.is_node() || !b.is_node()) continue;
            DOSSIER_RETURN_IF_ERROR(Search(a.as_node().id, b.as_node().id));
        }
        *row = input_;
        row->resize(static_cast<size_t>(spec_.width));
        graph::Path& p = paths_[next_++];
        if (spec_.edge_slot >= 0) {
            graph::List edges;
            for (const auto& e : p.edges) edges.push_back(graph::MakeEdgeValue(e));
            (*row)[spec_.edge_slot] = graph::Value(std::move(edges));
        }
        if (spec_.path_slot >= 0) (*row)[spec_.path_slot] = graph::MakePathValue(std::move(p));
        return true;
    }
    void ResetSelf() override {
        paths_.clear();
        next_ = 0;
    }

  private:
    // One end of a bidirectional search: the depth each node was reached at, the edges that
    // reached it at that depth, and the nodes of the last level.
    struct Side {
        Side(graph::NodeId root, graph::Direction d) : depth{{root, 0}}, frontier{root}, dir(d) {}
        std::unordered_map<graph::NodeId, int64_t> depth;
        std::unordered_map<graph::NodeId, std::vector<Parent>> parents;
        std::vector<graph::NodeId> frontier;
        int64_t level = 0;
        graph::Direction dir;
    };

    static graph::Direction Reverse(graph::Direction d) {
        if (d == graph::Direction::kOut) return graph::Direction::kIn;
        if (d == graph::Direction::kIn) return graph::Direction::kOut;
        return d;
    }

    Status Search(graph::NodeId from, graph::NodeId to) {
        // Paths of at least two hops, and paths back to the start, take the one-sided search.
        if (from == to || spec_.min_hops > 1) return SearchFromStart(from, to);
        Side forward(from, spec_.direction);
        Side backward(to, Reverse(spec_.direction));
        const int64_t max = spec_.max_hops < 0 ? INT64_MAX : spec_.max_hops;
        while (forward.level + backward.level < max && !forward.frontier.empty() &&
               !backward.frontier.empty()) {
            const bool grow_forward = forward.frontier.size() <= backward.frontier.size();
            Side& side = grow_forward ? forward : backward;
            const Side& other = grow_forward ? backward : forward;
            const int64_t level = ++side.level;
            std::vector<graph::NodeId> next;
            std::vector<graph::NodeId> meet;
            for (graph::NodeId n : side.frontier) {
                DOSSIER_RETURN_IF_ERROR(
                    ForEachAdjacent(*ctx_->reader, n, side.dir, spec_.edge,
                                    [&](const graph::Adjacency& a) -> Result<bool> {
                                        auto [it, fresh] = side.depth.emplace(a.neighbour, level);
                                        if (!fresh && it->second != level) return true;
                                        if (fresh) {
                                            next.push_back(a.neighbour);
                                            if (other.depth.count(a.neighbour))
                                                meet.push_back(a.neighbour);
                                        }
                                        side.parents[a.neighbour].push_back({n, a});
                                        return true;
                                    }));
            }
            // Without a meeting before this level, every node met now lies on a shortest path.
            if (!meet.empty()) return EmitMeetings(from, to, forward, backward, meet);
            side.frontier = std::move(next);
        }
        return Status::OK();
    }

    // The paths through each meeting node: every way back to `from` joined to every way on to
    // `to` (just the first for shortestPath).
    Status EmitMeetings(graph::NodeId from, graph::NodeId to, const Side& forward,
                        const Side& backward, const std::vector<graph::NodeId>& meet) {
        std::vector<graph::Adjacency> head;  // from the meeting node back towards `from`
        std::vector<graph::Adjacency> tail;  // from the meeting node on towards `to`
        std::function<Status(graph::NodeId)> walk_tail = [&](graph::NodeId at) -> Status {
            if (!spec_.all && !paths_.empty()) return Status::OK();
            if (at == to) {
                std::vector<graph::Adjacency> reversed(tail.rbegin(), tail.rend());
                reversed.insert(reversed.end(), head.begin(), head.end());
                return Materialise(from, reversed);
            }
            auto it = backward.parents.find(at);
            if (it == backward.parents.end()) return Status::OK();
            for (const Parent& p : it->second) {
                graph::Adjacency step = p.via;
                step.neighbour = p.node;  // the step leads from `at` to the parent
                tail.push_back(step);
                DOSSIER_RETURN_IF_ERROR(walk_tail(p.node));
                tail.pop_back();
            }
            return Status::OK();
        };
        std::function<Status(graph::NodeId, graph::NodeId)> walk_head =
            [&](graph::NodeId at, graph::NodeId middle) -> Status {
            if (!spec_.all && !paths_.empty()) return Status::OK();
            if (at == from) return walk_tail(middle);
            auto it = forward.parents.find(at);
            if (it == forward.parents.end()) return Status::OK();
            for (const Parent& p : it->second) {
                graph::Adjacency step = p.via;
                step.neighbour = at;
                head.push_back(step);
                DOSSIER_RETURN_IF_ERROR(walk_head(p.node, middle));
                head.pop_back();
            }
            return Status::OK();
        };
        for (graph::NodeId m : meet) DOSSIER_RETURN_IF_ERROR(walk_head(m, m));
        return Status::OK();
    }

    Status SearchFromStart(graph::NodeId from, graph::NodeId to) {
        if (from == to && spec_.min_hops == 0) return Emit(from, to, {});
        std::unordered_map<graph::NodeId, int64_t> depth{{from, 0}};
        std::unordered_map<graph::NodeId, std::vector<Parent>> parents;
        std::vector<graph::NodeId> frontier{from};
        const int64_t max = spec_.max_hops < 0 ? INT64_MAX : spec_.max_hops;
        for (int64_t level = 1; level <= max && !frontier.empty(); ++level) {
            std::vector<graph::NodeId> next;
            bool reached = false;
            for (graph::NodeId n : frontier) {
                DOSSIER_RETURN_IF_ERROR(
                    ForEachAdjacent(*ctx_->reader, n, spec_.direction, spec_.edge,
                                    [&](const graph::Adjacency& a) -> Result<bool> {
                                        auto [it, fresh] = depth.emplace(a.neighbour, level);
                                        if (!fresh && it->second != level) return true;
                                        if (fresh) next.push_back(a.neighbour);
                                        parents[a.neighbour].push_back({n, a});
                                        if (a.neighbour == to) reached = true;
                                        return true;
                                    }));
            }
            if (reached && level >= spec_.min_hops) return Emit(from, to, parents);
            frontier = std::move(next);
        }
        return Status::OK();
    }

    Status Emit(graph::NodeId from, graph::NodeId to,
                const std::unordered_map<graph::NodeId, std::vector<Parent>>& parents) {
        // Depth-first walk back from the target over the recorded parents.
        std::vector<graph::Adjacency> stack;
        std::function<Status(graph::NodeId)> walk = [&](graph::NodeId at) -> Status {
            if (!spec_.all && !paths_.empty()) return Status::OK();
            if (at == from) return Materialise(from, stack);
            auto it = parents.find(at);
            if (it == parents.end()) return Status::OK();
            for (const Parent& p : it->second) {
                graph::Adjacency step = p.via;
                step.neighbour = at;
                stack.push_back(step);
                DOSSIER_RETURN_IF_ERROR(walk(p.node));
                stack.pop_back();
            }
            return Status::OK();
        };
        return walk(to);
    }

    Status Materialise(graph::NodeId from, const std::vector<graph::Adjacency>& reversed) {
        graph::Path path;
        DOSSIER_ASSIGN_OR_RETURN(graph::Node start, ctx_->reader->GetNode(from));
        path.nodes.push_back(std::move(start));
        for (auto it = reversed.rbegin(); it != reversed.rend(); ++it) {
            DOSSIER_ASSIGN_OR_RETURN(graph::Edge e, ctx_->reader->GetEdge(it->edge));
            DOSSIER_ASSIGN_OR_RETURN(graph::Node n, ctx_->reader->GetNode(it->neighbour));
            path.edges.push_back(std::move(e));
            path.nodes.push_back(std::move(n));
        }
        paths_.push_back(std::move(path));
        return Status::OK();
    }

    const ShortestPathSpec spec_;
    Row input_;
    std::vector<graph::Path> paths_;
    size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeShortestPath(ExecContext* ctx, OperatorPtr child, ShortestPathSpec spec) {
    return std::make_unique<ShortestPath>(ctx, std::move(child), std::move(spec));
}

}  // namespace dossier::query::exec
