// Sort: materialises its input and orders it by the sort keys in openCypher's global order
// (stable, so equal keys keep their input order).
#include <algorithm>

#include "query/eval/comparison.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Sort : public Operator {
  public:
    Sort(ExecContext* ctx, OperatorPtr child, eval::Scope scope, std::vector<SortItem> items,
         std::shared_ptr<const eval::Substitutions> subst)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          items_(std::move(items)),
          subst_(std::move(subst)) {}

    std::string Describe() const override {
        std::string s = "Sort(";
        for (size_t i = 0; i < items_.size(); ++i) {
            s += (i ? ", " : "") + items_[i].expression->ToString() +
                 (items_[i].descending ? " DESC" : "");
        }
        return s + ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        if (!sorted_) {
            DOSSIER_RETURN_IF_ERROR(Build());
            sorted_ = true;
        }
        if (next_ >= rows_.size()) return false;
        *row = std::move(rows_[next_++].second);
        return true;
    }
    void ResetSelf() override {
        sorted_ = false;
        rows_.clear();
        next_ = 0;
    }

  private:
    Status Build() {
        Row input;
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input));
            if (!more) break;
            auto env = ctx_->Env(scope_, input);
            env.substitutions = subst_.get();
            Row keys;
            for (const auto& item : items_) {
                DOSSIER_ASSIGN_OR_RETURN(graph::Value v, eval::Evaluate(*item.expression, env));
                keys.push_back(std::move(v));
            }
            rows_.emplace_back(std::move(keys), input);
        }
        std::stable_sort(rows_.begin(), rows_.end(), [this](const auto& a, const auto& b) {
            for (size_t i = 0; i < items_.size(); ++i) {
                int c = eval::OrderCompare(a.first[i], b.first[i]);
                if (c != 0) return items_[i].descending ? c > 0 : c < 0;
            }
            return false;
        });
        return Status::OK();
    }

    const eval::Scope scope_;
    const std::vector<SortItem> items_;
    const std::shared_ptr<const eval::Substitutions> subst_;
    std::vector<std::pair<Row, Row>> rows_;
    size_t next_ = 0;
    bool sorted_ = false;
};

}  // namespace

OperatorPtr MakeSort(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                     std::vector<SortItem> items,
                     std::shared_ptr<const eval::Substitutions> subst) {
    return std::make_unique<Sort>(ctx, std::move(child), std::move(scope), std::move(items),
                                  std::move(subst));
}

}  // namespace dossier::query::exec
