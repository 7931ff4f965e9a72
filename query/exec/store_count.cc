// StoreCount: one row holding a count read from the store's counters (planned by
// plan/plan_count.cc for patterns whose count the counters already hold).
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class StoreCount : public Operator {
  public:
    StoreCount(ExecContext* ctx, uint64_t count, std::string what)
        : Operator(ctx, nullptr), count_(count), what_(std::move(what)) {}
    std::string Describe() const override { return "StoreCount(" + what_ + ")"; }

  protected:
    Result<bool> Next(Row* row) override {
        if (done_) return false;
        done_ = true;
        *row = {graph::Value(static_cast<int64_t>(count_))};
        return true;
    }
    void ResetSelf() override { done_ = false; }

  private:
    const uint64_t count_;
    const std::string what_;
    bool done_ = false;
};

}  // namespace

OperatorPtr MakeStoreCount(ExecContext* ctx, uint64_t count, std::string what) {
    return std::make_unique<StoreCount>(ctx, count, std::move(what));
}

}  // namespace dossier::query::exec
