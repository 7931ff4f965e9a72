// Delete (DELETE / DETACH DELETE). Collects every target of every input row first, then deletes
// relationships before nodes, so that `DELETE n, r` works in any row order; a node that still has
// relationships at that point is an error unless DETACH is given.
#include <set>

#include "query/eval/type_errors.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Delete : public Operator {
  public:
    Delete(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
           std::vector<const ast::Expression*> targets, bool detach)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          targets_(std::move(targets)),
          detach_(detach) {}
    std::string Describe() const override { return detach_ ? "DetachDelete" : "Delete"; }

  protected:
    Result<bool> Next(Row* row) override {
        if (!done_) {
            DOSSIER_RETURN_IF_ERROR(Run());
            done_ = true;
        }
        if (next_ >= rows_.size()) return false;
        *row = std::move(rows_[next_++]);
        return true;
    }
    void ResetSelf() override {
        done_ = false;
        rows_.clear();
        next_ = 0;
    }

  private:
    Status Collect(const graph::Value& v) {
        switch (v.kind()) {
            case graph::Value::Kind::kNull:
                return Status::OK();
            case graph::Value::Kind::kNode:
                nodes_.insert(v.as_node().id);
                return Status::OK();
            case graph::Value::Kind::kEdge:
                edges_.insert(v.as_edge().id);
                return Status::OK();
            case graph::Value::Kind::kPath:
                for (const auto& n : v.as_path().nodes) nodes_.insert(n.id);
                for (const auto& e : v.as_path().edges) edges_.insert(e.id);
                return Status::OK();
            case graph::Value::Kind::kList:
                for (const auto& e : v.as_list()) DOSSIER_RETURN_IF_ERROR(Collect(e));
                return Status::OK();
            default:
                return eval::InvalidArgumentType("DELETE expects a node, relationship or path", v);
        }
    }

    Status Run() {
        if (!ctx_->txn) {
            return Status::InvalidArgument("this statement writes, but the database is read-only");
        }
        Row r;
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&r));
            if (!more) break;
            const auto env = ctx_->Env(scope_, r);
            for (const auto* t : targets_) {
                DOSSIER_ASSIGN_OR_RETURN(graph::Value v, eval::Evaluate(*t, env));
                DOSSIER_RETURN_IF_ERROR(Collect(v));
            }
            rows_.push_back(r);
        }
        if (detach_) {
            for (graph::NodeId n : nodes_) {
                for (auto it = ctx_->txn->Adjacent(n, graph::Direction::kBoth); it->Valid();
                     it->Next()) {
                    edges_.insert(it->entry().edge);
                }
            }
        }
        for (graph::EdgeId e : edges_) {
            if (!ctx_->txn->GetEdge(e).ok()) continue;  // deleted already
            DOSSIER_RETURN_IF_ERROR(ctx_->txn->DeleteEdge(e));
            ctx_->deleted_edges.insert(e);
            ++ctx_->stats.relationships_deleted;
        }
        for (graph::NodeId n : nodes_) {
            if (!ctx_->txn->HasNode(n)) continue;
            if (ctx_->txn->Degree(n, graph::Direction::kBoth) > 0) {
                return Status(Status::Code::kConstraintError,
                              "cannot delete node " + std::to_string(n) +
                                  " because it still has relationships; use DETACH DELETE",
                              "DeleteConnectedNode");
            }
            DOSSIER_RETURN_IF_ERROR(ctx_->txn->DeleteNode(n, false));
            ctx_->deleted_nodes.insert(n);
            ++ctx_->stats.nodes_deleted;
        }
        return Status::OK();
    }

    const eval::Scope scope_;
    const std::vector<const ast::Expression*> targets_;
    const bool detach_;
    std::set<graph::NodeId> nodes_;
    std::set<graph::EdgeId> edges_;
    std::vector<Row> rows_;
    size_t next_ = 0;
    bool done_ = false;
};

}  // namespace

OperatorPtr MakeDelete(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                       std::vector<const ast::Expression*> targets, bool detach) {
    return std::make_unique<Delete>(ctx, std::move(child), std::move(scope), std::move(targets),
                                    detach);
}

}  // namespace dossier::query::exec
