// VarExpand: variable-length expansion (*min..max) by depth-first search, streaming one path at a
// time. An edge occurs at most once per path (and never equals the pattern's other edges), which
// is openCypher's relationship uniqueness. Memory: the adjacency lists of the current path.
#include <algorithm>

#include "query/exec/expand_support.h"

namespace dossier::query::exec {

namespace {

class VarExpand : public Operator {
  public:
    VarExpand(ExecContext* ctx, OperatorPtr child, ExpandSpec spec)
        : Operator(ctx, std::move(child)),
          spec_(std::move(spec)),
          max_(spec_.max_hops < 0 ? INT64_MAX : spec_.max_hops) {}
    std::string Describe() const override { return "VarExpand" + spec_.text; }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            if (frames_.empty()) {
                DOSSIER_RETURN_IF_ERROR(NextInput());
                if (done_) return false;
                if (spec_.min_hops == 0) {
                    DOSSIER_ASSIGN_OR_RETURN(bool ok, EmitAt(from_, row));
                    if (ok) return true;
                }
                continue;
            }
            Frame& top = frames_.back();
            if (top.next >= top.adjacent.size()) {
                frames_.pop_back();
                if (!path_.empty()) path_.pop_back();
                continue;
            }
            const graph::Adjacency a = top.adjacent[top.next++];
            if (Used(a.edge)) continue;
            DOSSIER_ASSIGN_OR_RETURN(graph::Value edge,
                                     EdgeValue(*ctx_->reader, top.node, a, spec_.fetch_edge));
            if (edge_props_ && !PropertiesMatch(edge.as_edge().properties, *edge_props_)) continue;
            path_.push_back(std::move(edge));
            const int64_t depth = static_cast<int64_t>(path_.size());
            bool emitted = false;
            if (depth >= spec_.min_hops) {
                DOSSIER_ASSIGN_OR_RETURN(emitted, EmitAt(a.neighbour, row));
            }
            if (depth < max_ && (!spec_.edge_bound || depth < BoundLength())) {
                Frame f;
                f.node = a.neighbour;
                DOSSIER_RETURN_IF_ERROR(CollectAdjacent(*ctx_->reader,
                                                        ExpandCursor(*ctx_, &cursor_), a.neighbour,
                                                        spec_.direction, spec_.edge, &f.adjacent));
                frames_.push_back(std::move(f));
            } else {
                path_.pop_back();
            }
            if (emitted) return true;
        }
    }
    void ResetSelf() override {
        frames_.clear();
        path_.clear();
        done_ = false;
    }

  private:
    struct Frame {
        graph::NodeId node = 0;
        std::vector<graph::Adjacency> adjacent;
        size_t next = 0;
    };

    Status NextInput() {
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
            if (!more) {
                done_ = true;
                return Status::OK();
            }
            const graph::Value& from = input_[spec_.from_slot];
            if (!from.is_node()) continue;
            if (spec_.edge_bound && !input_[spec_.edge_slot].is_list()) continue;
            if (spec_.into && !input_[spec_.to_slot].is_node()) continue;
            from_ = from.as_node().id;
            const auto env = ctx_->Env(spec_.scope, input_);
            DOSSIER_ASSIGN_OR_RETURN(edge_props_, ConstraintProperties(spec_.edge.properties, env));
            DOSSIER_ASSIGN_OR_RETURN(node_props_, ConstraintProperties(spec_.node.properties, env));
            path_.clear();
            Frame f;
            f.node = from_;
            if (max_ > 0) {
                DOSSIER_RETURN_IF_ERROR(CollectAdjacent(*ctx_->reader,
                                                        ExpandCursor(*ctx_, &cursor_), from_,
                                                        spec_.direction, spec_.edge, &f.adjacent));
            }
            frames_.push_back(std::move(f));
            return Status::OK();
        }
    }

    bool Used(graph::EdgeId id) const {
        for (const auto& e : path_) {
            if (e.as_edge().id == id) return true;
        }
        for (int slot : spec_.unique_with) {
            if (UsesEdge(input_[slot], id)) return true;
        }
        return false;
    }

    // The number of edges in the bound list. REQUIRES: spec_.edge_bound
    int64_t BoundLength() const {
        return static_cast<int64_t>(input_[spec_.edge_slot].as_list().size());
    }

    // True when the current path is the bound list of edges, in the pattern's order.
    bool IsBoundPath() const {
        const graph::List& bound = input_[spec_.edge_slot].as_list();
        if (bound.size() != path_.size()) return false;
        for (size_t i = 0; i < bound.size(); ++i) {
            const graph::Value& e = spec_.reverse_output ? path_[path_.size() - 1 - i] : path_[i];
            if (!bound[i].is_edge() || bound[i].as_edge().id != e.as_edge().id) return false;
        }
        return true;
    }

    // Builds the output row for a path ending at `end`, if `end` satisfies the pattern.
    Result<bool> EmitAt(graph::NodeId end, Row* row) {
        if (spec_.edge_bound && !IsBoundPath()) return false;
        graph::Value node;
        if (spec_.into) {
            const graph::Value& target = input_[spec_.to_slot];
            if (target.as_node().id != end) return false;
            if (!spec_.node.empty() && !NodeMatches(target.as_node(), spec_.node, node_props_)) {
                return false;
            }
        } else if (spec_.fetch_node || !spec_.node.empty()) {
            DOSSIER_ASSIGN_OR_RETURN(node, cache_.Get(*ctx_, end));
            if (!NodeMatches(node.as_node(), spec_.node, node_props_)) return false;
        } else {
            graph::Node n;
            n.id = end;
            node = graph::MakeNodeValue(std::move(n));
        }
        *row = input_;
        row->resize(static_cast<size_t>(spec_.width));
        if (!spec_.edge_bound) {
            graph::List edges = path_;
            if (spec_.reverse_output) std::reverse(edges.begin(), edges.end());
            (*row)[spec_.edge_slot] = graph::Value(std::move(edges));
        }
        if (!spec_.into) (*row)[spec_.to_slot] = std::move(node);
        return true;
    }

    const ExpandSpec spec_;
    const int64_t max_;
    Row input_;
    graph::NodeId from_ = 0;
    std::optional<graph::Map> edge_props_;
    std::optional<graph::Map> node_props_;
    std::vector<Frame> frames_;
    std::unique_ptr<graph::AdjacencyCursor> cursor_;
    graph::List path_;
    NodeCache cache_;
    bool done_ = false;
};

}  // namespace

OperatorPtr MakeVarExpand(ExecContext* ctx, OperatorPtr child, ExpandSpec spec) {
    return std::make_unique<VarExpand>(ctx, std::move(child), std::move(spec));
}

}  // namespace dossier::query::exec
