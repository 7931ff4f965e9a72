// NodeScan / LabelScan: binds a node variable to every node (of the first label, through the
// label index), per input row.
#include "query/exec/constraints.h"

namespace dossier::query::exec {

namespace {

class NodeScan : public Operator {
  public:
    NodeScan(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot, int width,
             NodeConstraint node, std::string variable, bool fetch)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          slot_(slot),
          width_(width),
          node_(std::move(node)),
          variable_(std::move(variable)),
          fetch_(fetch) {}

    std::string Describe() const override {
        if (node_.labels.empty()) return "NodeScan(" + variable_ + ")";
        return "LabelScan(" + variable_ + ":" + node_.labels[0] + ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            if (!it_) {
                DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
                if (!more) return false;
                DOSSIER_ASSIGN_OR_RETURN(
                    props_, ConstraintProperties(node_.properties, ctx_->Env(scope_, input_)));
                it_ = node_.labels.empty() ? ctx_->reader->ScanNodes()
                                           : ctx_->reader->ScanLabel(node_.labels[0]);
            }
            if (!fetch_ && it_->Valid()) {
                graph::Node light;
                light.id = it_->id();
                *row = input_;
                row->resize(static_cast<size_t>(width_));
                (*row)[slot_] = graph::MakeNodeValue(std::move(light));
                it_->Next();
                return true;
            }
            if (fetch_ && !ctx_->txn) {
                DOSSIER_ASSIGN_OR_RETURN(bool found, NextFromBatch(row));
                if (found) return true;
                it_.reset();
                continue;
            }
            for (; fetch_ && it_->Valid(); it_->Next()) {
                auto node = ctx_->reader->GetNode(it_->id());
                if (!node.ok()) {
                    if (node.status().IsNotFound()) continue;
                    return node.status();
                }
                if (!NodeMatches(*node, node_, props_)) continue;
                *row = input_;
                row->resize(static_cast<size_t>(width_));
                (*row)[slot_] = graph::MakeNodeValue(std::move(*node));
                it_->Next();
                return true;
            }
            DOSSIER_RETURN_IF_ERROR(it_->status());
            it_.reset();
        }
    }
    void ResetSelf() override {
        it_.reset();
        batch_.clear();
        next_ = 0;
    }

  private:
    // Reading the store, nodes are read kBatch at a time (GraphReader::GetNodes, one batched
    // lookup for ids that the scan yields in order). A writing statement reads one at a time, so
    // that each row sees what the rows before it wrote.
    static constexpr size_t kBatch = 256;

    // The next matching node of the current scan into *row; false at the end of the scan.
    Result<bool> NextFromBatch(Row* row) {
        for (;;) {
            while (next_ < batch_.size()) {
                Result<graph::Node>& node = batch_[next_++];
                if (!node.ok()) {
                    if (node.status().IsNotFound()) continue;
                    return node.status();
                }
                if (!NodeMatches(*node, node_, props_)) continue;
                *row = input_;
                row->resize(static_cast<size_t>(width_));
                (*row)[slot_] = graph::MakeNodeValue(std::move(node).value());
                return true;
            }
            std::vector<graph::NodeId> ids;
            for (; it_->Valid() && ids.size() < kBatch; it_->Next()) ids.push_back(it_->id());
            DOSSIER_RETURN_IF_ERROR(it_->status());
            if (ids.empty()) return false;
            batch_ = ctx_->reader->GetNodes(ids);
            next_ = 0;
        }
    }

    const eval::Scope scope_;
    const int slot_;
    const int width_;
    const NodeConstraint node_;
    const std::string variable_;
    const bool fetch_;
    Row input_;
    std::optional<graph::Map> props_;
    std::unique_ptr<graph::IdIterator> it_;
    std::vector<Result<graph::Node>> batch_;
    size_t next_ = 0;
};

// Checks a node that is already bound (a pattern repeating a variable, or a bound start node).
class NodeCheck : public Operator {
  public:
    NodeCheck(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot, NodeConstraint node)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          slot_(slot),
          node_(std::move(node)) {}
    std::string Describe() const override { return "NodeCheck(" + scope_.names()[slot_] + ")"; }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
            if (!more) return false;
            const graph::Value& v = (*row)[slot_];
            if (!v.is_node()) continue;
            DOSSIER_ASSIGN_OR_RETURN(
                auto props, ConstraintProperties(node_.properties, ctx_->Env(scope_, *row)));
            if (NodeMatches(v.as_node(), node_, props)) return true;
        }
    }

  private:
    const eval::Scope scope_;
    const int slot_;
    const NodeConstraint node_;
};

}  // namespace

OperatorPtr MakeNodeScan(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot,
                         int width, NodeConstraint node, std::string variable, bool fetch) {
    return std::make_unique<NodeScan>(ctx, std::move(child), std::move(scope), slot, width,
                                      std::move(node), std::move(variable), fetch);
}

OperatorPtr MakeNodeCheck(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot,
                          NodeConstraint node) {
    return std::make_unique<NodeCheck>(ctx, std::move(child), std::move(scope), slot,
                                       std::move(node));
}

}  // namespace dossier::query::exec
