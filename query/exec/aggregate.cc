// Aggregate: groups its input by the key values (equivalence, so null groups with null) and folds
// each group's aggregates. Holds one entry per group. With no keys and no input it still yields
// one row (count 0, collect []).
#include <map>

#include "query/eval/aggregates.h"
#include "query/eval/comparison.h"
#include "query/exec/operators.h"

namespace dossier::query::exec {

namespace {

class Aggregate : public Operator {
  public:
    Aggregate(ExecContext* ctx, OperatorPtr child, eval::Scope scope, std::vector<ProjectItem> keys,
              std::vector<AggregateItem> aggregates)
        : Operator(ctx, std::move(child)),
          scope_(std::move(scope)),
          keys_(std::move(keys)),
          aggregates_(std::move(aggregates)) {}

    std::string Describe() const override {
        std::string s = "Aggregate(keys: [";
        for (size_t i = 0; i < keys_.size(); ++i) s += (i ? ", " : "") + keys_[i].name;
        s += "], aggregates: [";
        for (size_t i = 0; i < aggregates_.size(); ++i) {
            s += (i ? ", " : "") + aggregates_[i].function + "(" +
                 (aggregates_[i].argument ? aggregates_[i].argument->ToString() : "*") + ")";
        }
        return s + "])";
    }

  protected:
    Result<bool> Next(Row* row) override {
        if (!built_) {
            DOSSIER_RETURN_IF_ERROR(Build());
            built_ = true;
            it_ = groups_.begin();
        }
        if (it_ == groups_.end()) return false;
        *row = it_->first;
        for (auto& agg : it_->second) {
            DOSSIER_ASSIGN_OR_RETURN(graph::Value v, agg->Finish());
            row->push_back(std::move(v));
        }
        ++it_;
        return true;
    }
    void ResetSelf() override {
        built_ = false;
        groups_.clear();
    }

  private:
    using Aggregators = std::vector<std::unique_ptr<eval::Aggregator>>;

    Aggregators NewGroup() const {
        Aggregators out;
        for (const auto& a : aggregates_)
            out.push_back(eval::MakeAggregator(a.function, a.distinct));
        return out;
    }

    Status Build() {
        Row input;
        for (;;) {
            DOSSIER_ASSIGN_OR_RETURN(bool more, child_->Pull(&input));
            if (!more) break;
            const auto env = ctx_->Env(scope_, input);
            Row key;
            key.reserve(keys_.size());
            for (const auto& k : keys_) {
                DOSSIER_ASSIGN_OR_RETURN(graph::Value v, eval::Evaluate(*k.expression, env));
                key.push_back(std::move(v));
            }
            auto it = groups_.find(key);
            if (it == groups_.end()) it = groups_.emplace(std::move(key), NewGroup()).first;
            for (size_t i = 0; i < aggregates_.size(); ++i) {
                const AggregateItem& a = aggregates_[i];
                graph::Value arg(true);  // count(*) counts every row
                graph::Value param;
                if (a.argument) {
                    DOSSIER_ASSIGN_OR_RETURN(arg, eval::Evaluate(*a.argument, env));
                }
                if (a.parameter) {
                    DOSSIER_ASSIGN_OR_RETURN(param, eval::Evaluate(*a.parameter, env));
                }
                DOSSIER_RETURN_IF_ERROR(it->second[i]->Add(arg, param));
            }
        }
        if (groups_.empty() && keys_.empty()) groups_.emplace(Row{}, NewGroup());
        return Status::OK();
    }

    const eval::Scope scope_;
    const std::vector<ProjectItem> keys_;
    const std::vector<AggregateItem> aggregates_;
    std::map<Row, Aggregators, eval::ValuesLess> groups_;
    std::map<Row, Aggregators, eval::ValuesLess>::iterator it_;
    bool built_ = false;
};

}  // namespace

OperatorPtr MakeAggregate(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                          std::vector<ProjectItem> keys, std::vector<AggregateItem> aggregates) {
    return std::make_unique<Aggregate>(ctx, std::move(child), std::move(scope), std::move(keys),
                                       std::move(aggregates));
}

}  // namespace dossier::query::exec
