// Aggregate: groups its input by the key values (equivalence, so null groups with null) and folds
// each group's aggregates. Holds one entry per group, found through a hash table on the key
// values; groups come out in the order their first row came in. With no keys and no input it
// still yields one row (count 0, collect []).
#include <unordered_map>

#include "query/eval/aggregates.h"
#include "query/eval/value_hash.h"
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
            next_ = 0;
        }
        if (next_ >= groups_.size()) return false;
        Group& group = groups_[next_++];
        *row = std::move(group.key);
        for (auto& agg : group.aggregators) {
            DOSSIER_ASSIGN_OR_RETURN(graph::Value v, agg->Finish());
            row->push_back(std::move(v));
        }
        return true;
    }
    void ResetSelf() override {
        built_ = false;
        index_.clear();
        groups_.clear();
    }

  private:
    using Aggregators = std::vector<std::unique_ptr<eval::Aggregator>>;
    struct Group {
        Row key;
        Aggregators aggregators;
    };

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
            auto [it, fresh] = index_.try_emplace(key, groups_.size());
            if (fresh) groups_.push_back({std::move(key), NewGroup()});
            Aggregators& group = groups_[it->second].aggregators;
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
                DOSSIER_RETURN_IF_ERROR(group[i]->Add(arg, param));
            }
        }
        if (groups_.empty() && keys_.empty()) groups_.push_back({Row{}, NewGroup()});
        index_.clear();  // the groups are read in order from here on
        return Status::OK();
    }

    const eval::Scope scope_;
    const std::vector<ProjectItem> keys_;
    const std::vector<AggregateItem> aggregates_;
    // Group keys to their place in groups_, while the input is read.
    std::unordered_map<Row, size_t, eval::RowHash, eval::RowEquivalent> index_;
    std::vector<Group> groups_;
    size_t next_ = 0;
    bool built_ = false;
};

}  // namespace

OperatorPtr MakeAggregate(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                          std::vector<ProjectItem> keys, std::vector<AggregateItem> aggregates) {
    return std::make_unique<Aggregate>(ctx, std::move(child), std::move(scope), std::move(keys),
                                       std::move(aggregates));
}

}  // namespace dossier::query::exec
