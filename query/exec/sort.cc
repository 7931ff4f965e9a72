// Sort: materialises its input and orders it by the sort keys in openCypher's global order
// (stable, so equal keys keep their input order). Under a constant SKIP + LIMIT of k rows it keeps
// only the k first rows seen so far, in a heap (top-k), and sorts those at the end.
#include <algorithm>
#include <cstdint>

#include "query/eval/comparison.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Sort : public Operator {
    struct Entry {
        Row keys;
        Row row;
        uint64_t seq = 0;  // input order
    };

  public:
    Sort(ExecContext* ctx, OperatorPtr child, eval::Scope scope, std::vector<SortItem> items,
         std::shared_ptr<const eval::Substitutions> subst, const ast::Expression* skip,
         const ast::Expression* limit)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          items_(std::move(items)),
          subst_(std::move(subst)),
          skip_(skip),
          limit_(limit) {}

    std::string Describe() const override {
        std::string s = "Sort(";
        for (size_t i = 0; i < items_.size(); ++i) {
            s += (i ? ", " : "") + items_[i].expression->ToString() +
                 (items_[i].descending ? " DESC" : "");
        }
        if (limit_) s += " top " + (skip_ ? skip_->ToString() + " + " : "") + limit_->ToString();
        return s + ")";
    }

  protected:
    Result<bool> Next(Row* row) override {
        if (!sorted_) {
            DOSSIER_RETURN_IF_ERROR(Build());
            sorted_ = true;
        }
        if (next_ >= rows_.size()) return false;
        *row = std::move(rows_[next_++].row);
        return true;
    }
    void ResetSelf() override {
        sorted_ = false;
        rows_.clear();
        next_ = 0;
    }

  private:
    // Rows to keep: skip + limit when both are known non-negative integers, else all. A bad
    // count is left for Skip and Limit to report.
    size_t Keep() const {
        static const eval::Scope kEmpty;
        static const Row kNoRow;
        if (!limit_) return SIZE_MAX;
        int64_t total = 0;
        for (const ast::Expression* e : {skip_, limit_}) {
            if (!e) continue;
            auto v = eval::Evaluate(*e, ctx_->Env(kEmpty, kNoRow));
            if (!v.ok() || !v->is_int() || v->as_int() < 0) return SIZE_MAX;
            if (v->as_int() > INT64_MAX - total) return SIZE_MAX;
            total += v->as_int();
        }
        return static_cast<size_t>(total);
    }

    // Whether a comes before b: by the sort keys, then by input order (stability).
    bool Before(const Entry& a, const Entry& b) const {
        for (size_t i = 0; i < items_.size(); ++i) {
            int c = eval::OrderCompare(a.keys[i], b.keys[i]);
            if (c != 0) return items_[i].descending ? c > 0 : c < 0;
        }
        return a.seq < b.seq;
    }

    Status Build() {
        const size_t keep = Keep();
        auto before = [this](const Entry& a, const Entry& b) { return Before(a, b); };
        Row input;
        for (uint64_t seq = 0;; ++seq) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input));
            if (!more) break;
            if (keep == 0) continue;
            auto env = ctx_->Env(scope_, input);
            env.substitutions = subst_.get();
            Entry entry;
            entry.seq = seq;
            for (const auto& item : items_) {
                DOSSIER_ASSIGN_OR_RETURN(graph::Value v, eval::Evaluate(*item.expression, env));
                entry.keys.push_back(std::move(v));
            }
            if (keep == SIZE_MAX) {
                entry.row = input;
                rows_.push_back(std::move(entry));
                continue;
            }
            // A max-heap by order: its top is the last of the rows kept.
            if (rows_.size() == keep && !Before(entry, rows_.front())) continue;
            entry.row = input;
            if (rows_.size() == keep) {
                std::pop_heap(rows_.begin(), rows_.end(), before);
                rows_.back() = std::move(entry);
            } else {
                rows_.push_back(std::move(entry));
            }
            std::push_heap(rows_.begin(), rows_.end(), before);
        }
        std::sort(rows_.begin(), rows_.end(), before);
        return Status::OK();
    }

    const eval::Scope scope_;
    const std::vector<SortItem> items_;
    const std::shared_ptr<const eval::Substitutions> subst_;
    const ast::Expression* const skip_;
    const ast::Expression* const limit_;
    std::vector<Entry> rows_;
    size_t next_ = 0;
    bool sorted_ = false;
};

}  // namespace

OperatorPtr MakeSort(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                     std::vector<SortItem> items, std::shared_ptr<const eval::Substitutions> subst,
                     const ast::Expression* skip, const ast::Expression* limit) {
    return std::make_unique<Sort>(ctx, std::move(child), std::move(scope), std::move(items),
                                  std::move(subst), skip, limit);
}

}  // namespace dossier::query::exec
