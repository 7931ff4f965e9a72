#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

// Set (SET): applies the items in order to each row.
class Set : public Operator {
  public:
    Set(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
        std::vector<const ast::SetItem*> items)
        : Operator(ctx, std::move(child)), scope_(std::move(scope)), items_(std::move(items)) {}
    std::string Describe() const override {
        std::string s = "Set(";
        for (size_t i = 0; i < items_.size(); ++i) s += (i ? ", " : "") + items_[i]->ToString();
        return s + ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
        if (!more) return false;
        for (const auto* item : items_)
            DOSSIER_RETURN_IF_ERROR(ApplySetItem(ctx_, scope_, *item, row));
        return true;
    }

  private:
    const eval::Scope scope_;
    const std::vector<const ast::SetItem*> items_;
};

}  // namespace

OperatorPtr MakeSet(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                    std::vector<const ast::SetItem*> items) {
    return std::make_unique<Set>(ctx, std::move(child), std::move(scope), std::move(items));
}

}  // namespace dossier::query::exec
