// Argument: the leaf of every plan; yields the outer row (or one empty row) once.
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Argument : public Operator {
  public:
    Argument(ExecContext* ctx, std::shared_ptr<ArgumentSlot> slot)
        : Operator(ctx, nullptr), slot_(std::move(slot)) {}
    std::string Describe() const override { return slot_ ? "Argument" : "Once"; }

  protected:
    Result<bool> Next(Row* row) override {
        if (done_) return false;
        done_ = true;
        if (slot_ && slot_->row) {
            *row = *slot_->row;
        } else {
            row->clear();
        }
        return true;
    }
    void ResetSelf() override { done_ = false; }

  private:
    std::shared_ptr<ArgumentSlot> slot_;
    bool done_ = false;
};

}  // namespace

OperatorPtr MakeArgument(ExecContext* ctx, std::shared_ptr<ArgumentSlot> slot) {
    return std::make_unique<Argument>(ctx, std::move(slot));
}

}  // namespace dossier::query::exec
