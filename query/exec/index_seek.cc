// IndexSeek: binds a node variable to the nodes whose name equals a value, through the name index
// (never a scan). The index matches normalised names and aliases, so candidates are then checked
// exactly against the pattern (the `name` property among them).
#include "query/exec/constraints.h"

namespace dossier::query::exec {

namespace {

class IndexSeek : public Operator {
  public:
    IndexSeek(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot, int width,
              const ast::Expression* name, NodeConstraint node, std::string variable)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          slot_(slot),
          width_(width),
          name_(name),
          node_(std::move(node)),
          variable_(std::move(variable)) {}

    std::string Describe() const override {
        std::string labels;
        for (const auto& l : node_.labels) labels += ":" + l;
        return "IndexSeek(" + variable_ + labels + " name = " + name_->ToString() + ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            if (next_ >= ids_.size()) {
                DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
                if (!more) return false;
                const auto env = ctx_->Env(scope_, input_);
                DOSSIER_ASSIGN_OR_RETURN(name_value_, eval::Evaluate(*name_, env));
                DOSSIER_ASSIGN_OR_RETURN(props_, ConstraintProperties(node_.properties, env));
                ids_.clear();
                next_ = 0;
                if (name_value_.is_string())
                    ids_ = ctx_->reader->FindByName(name_value_.as_string());
            }
            while (next_ < ids_.size()) {
                auto node = ctx_->reader->GetNode(ids_[next_++]);
                if (!node.ok()) {
                    if (node.status().IsNotFound()) continue;
                    return node.status();
                }
                const graph::Value* name = node->Find("name");
                if (!name || !(*name == name_value_)) continue;
                if (!NodeMatches(*node, node_, props_)) continue;
                *row = input_;
                row->resize(static_cast<size_t>(width_));
                (*row)[slot_] = graph::MakeNodeValue(std::move(*node));
                return true;
            }
        }
    }
    void ResetSelf() override {
        ids_.clear();
        next_ = 0;
    }

  private:
    const eval::Scope scope_;
    const int slot_;
    const int width_;
    const ast::Expression* const name_;
    const NodeConstraint node_;
    const std::string variable_;
    Row input_;
    graph::Value name_value_;
    std::optional<graph::Map> props_;
    std::vector<graph::NodeId> ids_;
    size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeIndexSeek(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot,
                          int width, const ast::Expression* name, NodeConstraint node,
                          std::string variable) {
    return std::make_unique<IndexSeek>(ctx, std::move(child), std::move(scope), slot, width, name,
                                       std::move(node), std::move(variable));
}

}  // namespace dossier::query::exec
