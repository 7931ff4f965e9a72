// Remove (REMOVE): drops properties and labels, per row.
#include "query/eval/type_errors.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Remove : public Operator {
  public:
    Remove(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
           std::vector<const ast::RemoveItem*> items)
        : Operator(ctx, std::move(child)), scope_(std::move(scope)), items_(std::move(items)) {}
    std::string Describe() const override { return "Remove"; }

  protected:
    Result<bool> Next(Row* row) override {
        DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
        if (!more) return false;
        if (!ctx_->txn) {
            return Status::InvalidArgument("this statement writes, but the database is read-only");
        }
        for (const auto* item : items_) DOSSIER_RETURN_IF_ERROR(Apply(*item, row));
        return true;
    }

  private:
    Status Apply(const ast::RemoveItem& item, Row* row) {
        graph::Value target;
        std::string key;
        if (item.kind == ast::RemoveItem::Kind::kProperty) {
            const auto& prop = item.property->As<ast::PropertyExpr>();
            DOSSIER_ASSIGN_OR_RETURN(target, eval::Evaluate(*prop.object, ctx_->Env(scope_, *row)));
            key = prop.key;
        } else {
            const int slot = scope_.Find(item.variable);
            if (slot >= 0) target = (*row)[slot];
        }
        if (target.is_null()) return Status::OK();
        graph::Value updated;
        if (target.is_node()) {
            DOSSIER_ASSIGN_OR_RETURN(graph::Node n, ctx_->txn->GetNode(target.as_node().id));
            if (item.kind == ast::RemoveItem::Kind::kProperty) {
                ctx_->stats.properties_set += static_cast<int64_t>(n.properties.erase(key));
            } else {
                for (const auto& label : item.labels) {
                    auto it = std::find(n.labels.begin(), n.labels.end(), label);
                    if (it == n.labels.end()) continue;
                    n.labels.erase(it);
                    ++ctx_->stats.labels_removed;
                }
            }
            DOSSIER_RETURN_IF_ERROR(ctx_->txn->PutNode(n));
            updated = graph::MakeNodeValue(std::move(n));
        } else if (target.is_edge() && item.kind == ast::RemoveItem::Kind::kProperty) {
            DOSSIER_ASSIGN_OR_RETURN(graph::Edge e, ctx_->txn->GetEdge(target.as_edge().id));
            ctx_->stats.properties_set += static_cast<int64_t>(e.properties.erase(key));
            DOSSIER_RETURN_IF_ERROR(ctx_->txn->PutEdge(e));
            updated = graph::MakeEdgeValue(std::move(e));
        } else {
            return eval::InvalidArgumentType("REMOVE expects a node or a relationship", target);
        }
        for (graph::Value& v : *row) {
            if (v.kind() == updated.kind() &&
                ((v.is_node() && v.as_node().id == updated.as_node().id) ||
                 (v.is_edge() && v.as_edge().id == updated.as_edge().id))) {
                v = updated;
            }
        }
        return Status::OK();
    }

    const eval::Scope scope_;
    const std::vector<const ast::RemoveItem*> items_;
};

}  // namespace

OperatorPtr MakeRemove(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                       std::vector<const ast::RemoveItem*> items) {
    return std::make_unique<Remove>(ctx, std::move(child), std::move(scope), std::move(items));
}

}  // namespace dossier::query::exec
