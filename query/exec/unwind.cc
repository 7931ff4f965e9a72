// Unwind: one output row per element of the list (none for an empty list or null; a non-list
// value is a one-element list).
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Unwind : public Operator {
  public:
    Unwind(ExecContext* ctx, OperatorPtr child, eval::Scope scope, const ast::Expression* list,
           int slot, int width)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          list_(list),
          slot_(slot),
          width_(width) {}
    std::string Describe() const override { return "Unwind(" + list_->ToString() + ")"; }

  protected:
    Result<bool> Next(Row* row) override {
        while (next_ >= elements_.size()) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input_));
            if (!more) return false;
            DOSSIER_ASSIGN_OR_RETURN(graph::Value v,
                                     eval::Evaluate(*list_, ctx_->Env(scope_, input_)));
            elements_.clear();
            next_ = 0;
            if (v.is_list()) {
                elements_ = std::move(v.as_list());
            } else if (!v.is_null()) {
                elements_.push_back(std::move(v));
            }
        }
        *row = input_;
        row->resize(static_cast<size_t>(width_));
        (*row)[slot_] = std::move(elements_[next_++]);
        return true;
    }
    void ResetSelf() override {
        elements_.clear();
        next_ = 0;
    }

  private:
    const eval::Scope scope_;
    const ast::Expression* const list_;
    const int slot_;
    const int width_;
    Row input_;
    graph::List elements_;
    size_t next_ = 0;
};

}  // namespace

OperatorPtr MakeUnwind(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                       const ast::Expression* list, int slot, int width) {
    return std::make_unique<Unwind>(ctx, std::move(child), std::move(scope), list, slot, width);
}

}  // namespace dossier::query::exec
