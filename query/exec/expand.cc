// Expand: from a bound node, follows its edges of the wanted types and direction, binding the
// edge and the node at the other end (or, "into" a bound node, keeping only edges that reach it).
#include <unordered_map>

#include "graph/id_set.h"
#include "query/eval/predicates.h"
#include "query/exec/expand_support.h"

namespace dossier::query::exec {

namespace {

class Expand : public Operator {
  public:
    Expand(ExecContext* ctx, OperatorPtr child, ExpandSpec spec)
        : Operator(ctx, std::move(child)), spec_(std::move(spec)) {}
    std::string Describe() const override {
        return std::string(spec_.into ? "ExpandInto" : "Expand") + spec_.text;
    }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            if (next_ >= adjacent_.size()) {
                DOSSIER_RETURN_IF_ERROR(NextInput());
                if (done_) return false;
                continue;
            }
            const graph::Adjacency& a = adjacent_[next_++];
            DOSSIER_ASSIGN_OR_RETURN(bool ok, Emit(a, row));
            if (ok) return true;
        }
    }
    void ResetSelf() override {
        adjacent_.clear();
        next_ = 0;
        done_ = false;
    }

  private:
    Status NextInput() {
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
            if (!more) {
                done_ = true;
                return Status::OK();
            }
            const graph::Value& from = input_[spec_.from_slot];
            if (!from.is_node()) continue;
            if (spec_.into && !input_[spec_.to_slot].is_node()) continue;
            from_ = from.as_node().id;
            const auto env = ctx_->Env(spec_.scope, input_);
            DOSSIER_ASSIGN_OR_RETURN(edge_props_, ConstraintProperties(spec_.edge.properties, env));
            DOSSIER_ASSIGN_OR_RETURN(node_props_, ConstraintProperties(spec_.node.properties, env));
            next_ = 0;
            if (!spec_.edge_filters.empty()) {
                scratch_ = input_;
                scratch_.resize(static_cast<size_t>(spec_.width));
            }
            DOSSIER_RETURN_IF_ERROR(CollectAdjacent(*ctx_->reader, ExpandCursor(*ctx_, &cursor_),
                                                    from_, spec_.direction, spec_.edge,
                                                    &adjacent_));
            if (!adjacent_.empty()) return PrefetchNeighbours();
        }
    }

    Result<bool> Emit(const graph::Adjacency& a, Row* row) {
        if (spec_.into && a.neighbour != input_[spec_.to_slot].as_node().id) return false;
        if (spec_.edge_bound) {
            const graph::Value& bound = input_[spec_.edge_slot];
            if (!bound.is_edge() || bound.as_edge().id != a.edge) return false;
        }
        for (int slot : spec_.unique_with) {
            if (UsesEdge(input_[slot], a.edge)) return false;
        }
        DOSSIER_ASSIGN_OR_RETURN(graph::Value edge,
                                 EdgeValue(*ctx_->reader, from_, a, spec_.fetch_edge));
        if (edge_props_ && !PropertiesMatch(edge.as_edge().properties, *edge_props_)) return false;
        if (!spec_.edge_filters.empty()) {
            DOSSIER_ASSIGN_OR_RETURN(bool pass, EdgeFiltersPass(edge));
            if (!pass) return false;
        }
        graph::Value node;
        if (!spec_.into) {
            if (!spec_.fetch_node && !spec_.node.properties && !spec_.node.labels.empty()) {
                // Only the labels are checked: the label index answers without the record.
                DOSSIER_ASSIGN_OR_RETURN(bool labelled, HasLabels(a.neighbour));
                if (!labelled) return false;
                graph::Node n;
                n.id = a.neighbour;
                node = graph::MakeNodeValue(std::move(n));
            } else if (spec_.fetch_node || !spec_.node.empty()) {
                // When many neighbours fail the label test (a busy article reached from an
                // organisation has mostly people around it), make it before the read.
                if (!spec_.node.labels.empty() && PrecheckPays()) {
                    DOSSIER_ASSIGN_OR_RETURN(bool labelled, HasLabels(a.neighbour));
                    ++prechecks_;
                    if (!labelled) {
                        ++precheck_fails_;
                        return false;
                    }
                }
                DOSSIER_ASSIGN_OR_RETURN(node, cache_.Get(*ctx_, a.neighbour));
                if (!NodeMatches(node.as_node(), spec_.node, node_props_)) return false;
            } else {
                graph::Node n;
                n.id = a.neighbour;
                node = graph::MakeNodeValue(std::move(n));
            }
        } else if (!spec_.node.empty() &&
                   !NodeMatches(input_[spec_.to_slot].as_node(), spec_.node, node_props_)) {
            return false;
        }
        *row = input_;
        row->resize(static_cast<size_t>(spec_.width));
        (*row)[spec_.edge_slot] = std::move(edge);
        if (!spec_.into) (*row)[spec_.to_slot] = std::move(node);
        return true;
    }

    // Reads the neighbours that Emit will read whole in one batch, when there are many (a hub).
    Status PrefetchNeighbours() {
        if (ctx_->txn || spec_.into || !spec_.fetch_node || !spec_.edge_filters.empty() ||
            adjacent_.size() < NodeCache::kMinBatch) {
            return Status::OK();
        }
        std::vector<graph::NodeId> ids;
        ids.reserve(adjacent_.size());
        for (const graph::Adjacency& a : adjacent_) {
            if (!spec_.node.labels.empty()) {
                DOSSIER_ASSIGN_OR_RETURN(bool labelled, HasLabels(a.neighbour));
                if (!labelled) continue;
            }
            ids.push_back(a.neighbour);
        }
        return cache_.Prefetch(*ctx_, ids);
    }

    // False when a conjunct of spec_.edge_filters is not true for the relationship. One that
    // fails with an error does not drop the row: the Filter after the pattern, which tests the
    // whole WHERE, decides then as it would without this test.
    Result<bool> EdgeFiltersPass(const graph::Value& edge) {
        scratch_[spec_.edge_slot] = edge;
        const auto env = ctx_->Env(spec_.filter_scope, scratch_);
        for (const ast::Expression* conjunct : spec_.edge_filters) {
            auto keep = eval::Evaluate(*conjunct, env);
            if (keep.ok() && !eval::IsTrue(*keep)) return false;
        }
        return true;
    }

    // Whether the node carries every label of the node constraint. Remembered for the statement
    // when it reads the store (whose labels cannot change under it), like the NodeCache. After
    // kPreloadAfterChecks checks, each label with at most kMaxPreloadedIds nodes is read whole
    // from the label index into a set, and later checks look there.
    Result<bool> HasLabels(graph::NodeId id) {
        if (!ctx_->txn) {
            if (preloaded_) return InPreloadedLabels(id);
            if (++label_checks_ == kPreloadAfterChecks) {
                DOSSIER_ASSIGN_OR_RETURN(preloaded_, PreloadLabels());
                if (preloaded_) {
                    labelled_.clear();
                    return InPreloadedLabels(id);
                }
            }
            if (auto it = labelled_.find(id); it != labelled_.end()) return it->second;
        }
        bool all = true;
        for (const auto& label : spec_.node.labels) {
            if (!ctx_->reader->HasLabel(id, label)) {
                all = false;
                break;
            }
        }
        if (!ctx_->txn) {
            if (labelled_.size() >= NodeCache::kCapacity) labelled_.clear();
            labelled_.emplace(id, all);
        }
        return all;
    }

    // Reads the ids of each label of the node constraint into label_sets_; false (nothing read)
    // when a label has too many nodes to hold.
    Result<bool> PreloadLabels() {
        for (const auto& label : spec_.node.labels) {
            auto count = ctx_->label_counts.find(label);
            if (count == ctx_->label_counts.end() || count->second > kMaxPreloadedIds) {
                label_sets_.clear();
                return false;
            }
        }
        for (const auto& label : spec_.node.labels) {
            graph::IdSet ids;
            auto it = ctx_->reader->ScanLabel(label);
            for (; it->Valid(); it->Next()) ids.Insert(it->id());
            DOSSIER_RETURN_IF_ERROR(it->status());
            label_sets_.push_back(std::move(ids));
        }
        return true;
    }
    bool InPreloadedLabels(graph::NodeId id) const {
        for (const auto& ids : label_sets_) {
            if (!ids.Contains(id)) return false;
        }
        return true;
    }
    // A label set is read once a few thousand lookups have been made: the scan reads the label's
    // ids in key order, far cheaper per id than a lookup, and the expansion is then likely to be
    // a long one. A set takes 16 to 32 bytes an id: at most 32 MiB for kMaxPreloadedIds ids.
    static constexpr int64_t kPreloadAfterChecks = 4096;
    static constexpr uint64_t kMaxPreloadedIds = uint64_t{1} << 20;

    // Checking labels before reading a node costs a lookup more for every node that passes: it
    // pays while at least one in kPrecheckFailShare fails, judged after kPrecheckSample checks.
    static constexpr int64_t kPrecheckSample = 256;
    static constexpr int64_t kPrecheckFailShare = 8;
    bool PrecheckPays() const {
        return prechecks_ < kPrecheckSample || precheck_fails_ * kPrecheckFailShare >= prechecks_;
    }

    const ExpandSpec spec_;
    std::unordered_map<graph::NodeId, bool> labelled_;
    int64_t label_checks_ = 0;
    bool preloaded_ = false;
    std::vector<graph::IdSet> label_sets_;  // one per label of spec_.node, once preloaded_
    Row scratch_;  // the input row widened, where edge_filters are evaluated
    int64_t prechecks_ = 0;
    int64_t precheck_fails_ = 0;
    Row input_;
    graph::NodeId from_ = 0;
    std::optional<graph::Map> edge_props_;
    std::optional<graph::Map> node_props_;
    std::vector<graph::Adjacency> adjacent_;
    std::unique_ptr<graph::AdjacencyCursor> cursor_;
    NodeCache cache_;
    size_t next_ = 0;
    bool done_ = false;
};

}  // namespace

OperatorPtr MakeExpand(ExecContext* ctx, OperatorPtr child, ExpandSpec spec) {
    return std::make_unique<Expand>(ctx, std::move(child), std::move(spec));
}

}  // namespace dossier::query::exec
