// Distinct: passes on the first row of each set of equivalent rows (over the first `width`
// values). Holds one key per distinct row, in a hash table on the values.
#include <unordered_set>

#include "query/eval/value_hash.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Distinct : public Operator {
  public:
    Distinct(ExecContext* ctx, OperatorPtr child, int width)
        : Operator(ctx, std::move(child)), width_(width) {}
    std::string Describe() const override { return "Distinct"; }

  protected:
    Result<bool> Next(Row* row) override {
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(row));
            if (!more) return false;
            const size_t n = std::min(row->size(), static_cast<size_t>(width_));
            if (seen_.insert(Row(row->begin(), row->begin() + static_cast<long>(n))).second) {
                return true;
            }
        }
    }
    void ResetSelf() override { seen_.clear(); }

  private:
    const int width_;
    std::unordered_set<Row, eval::RowHash, eval::RowEquivalent> seen_;
};

}  // namespace

OperatorPtr MakeDistinct(ExecContext* ctx, OperatorPtr child, int width) {
    return std::make_unique<Distinct>(ctx, std::move(child), width);
}

}  // namespace dossier::query::exec
