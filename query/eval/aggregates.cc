#include "query/eval/aggregates.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "graph/ascii.h"
#include "graph/dcheck.h"
#include "query/eval/arithmetic.h"
#include "query/eval/comparison.h"
#include "query/eval/type_errors.h"
#include "query/eval/value_hash.h"

namespace dossier::query::eval {

using graph::Value;

namespace {

class Count : public Aggregator {
  public:
    Status Add(const Value& v, const Value&) override {
        if (!v.is_null()) ++n_;
        return Status::OK();
    }
    Result<Value> Finish() override { return Value(n_); }

  private:
    int64_t n_ = 0;
};

class Collect : public Aggregator {
  public:
    Status Add(const Value& v, const Value&) override {
        if (!v.is_null()) list_.push_back(v);
        return Status::OK();
    }
    Result<Value> Finish() override { return Value(list_); }

  private:
    graph::List list_;
};

class Sum : public Aggregator {
  public:
    Status Add(const Value& v, const Value&) override {
        if (v.is_null()) return Status::OK();
        if (!v.is_number()) return InvalidArgumentType("sum() expects numbers", v);
        DOSSIER_ASSIGN_OR_RETURN(sum_, eval::Add(sum_, v));
        return Status::OK();
    }
    Result<Value> Finish() override { return sum_; }

  private:
    Value sum_ = Value(int64_t{0});
};

class Avg : public Aggregator {
  public:
    Status Add(const Value& v, const Value&) override {
        if (v.is_null()) return Status::OK();
        if (!v.is_number()) return InvalidArgumentType("avg() expects numbers", v);
        // Kahan-free running mean: stable enough and overflow-free for integer inputs.
        ++n_;
        mean_ += (v.as_number() - mean_) / static_cast<double>(n_);
        return Status::OK();
    }
    Result<Value> Finish() override { return n_ == 0 ? Value() : Value(mean_); }

  private:
    int64_t n_ = 0;
    double mean_ = 0;
};

class Extremum : public Aggregator {
  public:
    explicit Extremum(bool max) : max_(max) {}
    Status Add(const Value& v, const Value&) override {
        if (v.is_null()) return Status::OK();
        if (best_.is_null()) {
            best_ = v;
            return Status::OK();
        }
        const int c = OrderCompare(v, best_);
        if (max_ ? c > 0 : c < 0) best_ = v;
        return Status::OK();
    }
    Result<Value> Finish() override { return best_; }

  private:
    const bool max_;
    Value best_;
};

// Collects numbers for percentiles and standard deviations.
class NumberCollector : public Aggregator {
  public:
    Status Add(const Value& v, const Value& param) override {
        if (v.is_null()) return Status::OK();
        if (!v.is_number()) return InvalidArgumentType("a numeric aggregate expects numbers", v);
        values_.push_back(v.as_number());
        param_ = param;
        return Status::OK();
    }

  protected:
    std::vector<double> values_;
    Value param_;
};

class Percentile : public NumberCollector {
  public:
    explicit Percentile(bool continuous) : continuous_(continuous) {}
    Result<Value> Finish() override {
        if (values_.empty()) return Value();
        if (!param_.is_number() || param_.as_number() < 0 || param_.as_number() > 1) {
            return ArgumentError("NumberOutOfRange",
                                 "percentile must be a number in [0, 1], got " + param_.ToCypher());
        }
        std::sort(values_.begin(), values_.end());
        const double p = param_.as_number();
        const double n = static_cast<double>(values_.size());
        if (!continuous_) {
            const size_t idx = p == 0 ? 0 : static_cast<size_t>(std::ceil(p * n) - 1);
            return Value(values_[std::min(idx, values_.size() - 1)]);
        }
        const double pos = p * (n - 1);
        const size_t lo = static_cast<size_t>(std::floor(pos));
        const size_t hi = std::min(lo + 1, values_.size() - 1);
        return Value(values_[lo] + (values_[hi] - values_[lo]) * (pos - static_cast<double>(lo)));
    }

  private:
    const bool continuous_;
};

class StDev : public NumberCollector {
  public:
    explicit StDev(bool population) : population_(population) {}
    Result<Value> Finish() override {
        const size_t n = values_.size();
        if (n == 0 || (!population_ && n == 1)) return Value(0.0);
        double mean = 0;
        for (double d : values_) mean += d;
        mean /= static_cast<double>(n);
        double ss = 0;
        for (double d : values_) ss += (d - mean) * (d - mean);
        return Value(std::sqrt(ss / static_cast<double>(population_ ? n : n - 1)));
    }

  private:
    const bool population_;
};

// Feeds each distinct value once to the wrapped aggregator.
class Distinct : public Aggregator {
  public:
    explicit Distinct(std::unique_ptr<Aggregator> inner) : inner_(std::move(inner)) {}
    Status Add(const Value& v, const Value& param) override {
        if (v.is_null() || !seen_.insert(v).second) return Status::OK();
        return inner_->Add(v, param);
    }
    Result<Value> Finish() override { return inner_->Finish(); }

  private:
    std::unique_ptr<Aggregator> inner_;
    std::unordered_set<Value, ValueHash, ValueEquivalent> seen_;
};

std::unique_ptr<Aggregator> MakePlain(const std::string& n) {
    if (n == "count") return std::make_unique<Count>();
    if (n == "collect") return std::make_unique<Collect>();
    if (n == "sum") return std::make_unique<Sum>();
    if (n == "avg") return std::make_unique<Avg>();
    if (n == "min") return std::make_unique<Extremum>(false);
    if (n == "max") return std::make_unique<Extremum>(true);
    if (n == "percentilecont") return std::make_unique<Percentile>(true);
    if (n == "percentiledisc") return std::make_unique<Percentile>(false);
    if (n == "stdev") return std::make_unique<StDev>(false);
    if (n == "stdevp") return std::make_unique<StDev>(true);
    return nullptr;
}

}  // namespace

bool IsAggregateFunction(std::string_view name) {
    static const std::set<std::string> names = {
        "count",          "collect",        "sum",   "avg",   "min", "max",
        "percentilecont", "percentiledisc", "stdev", "stdevp"};
    return names.count(AsciiLower(name)) > 0;
}

std::unique_ptr<Aggregator> MakeAggregator(std::string_view name, bool distinct) {
    DOSSIER_DCHECK(IsAggregateFunction(name));
    auto plain = MakePlain(AsciiLower(name));
    if (!plain || !distinct) return plain;
    return std::make_unique<Distinct>(std::move(plain));
}

}  // namespace dossier::query::eval
