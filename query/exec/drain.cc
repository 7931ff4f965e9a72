// Drain: ends a query without RETURN. Pulls every row (so that every update runs) and yields none.
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Drain : public Operator {
  public:
    Drain(ExecContext* ctx, OperatorPtr child) : Operator(ctx, std::move(child)) {}
    std::string Describe() const override { return "Drain"; }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
            if (!more) return false;
        }
    }
};

}  // namespace

OperatorPtr MakeDrain(ExecContext* ctx, OperatorPtr child) {
    return std::make_unique<Drain>(ctx, std::move(child));
}

}  // namespace dossier::query::exec
