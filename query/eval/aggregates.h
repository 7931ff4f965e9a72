// Aggregate functions: count collect sum avg min max percentileCont percentileDisc stDev stDevP.
//
// An Aggregator folds the values of one group. Nulls are skipped by every aggregate (count(*) is
// planned as counting a non-null constant). With DISTINCT, equivalent values are folded once.
#pragma once

#include <memory>
#include <string_view>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::eval {

class Aggregator {
  public:
    virtual ~Aggregator() = default;
    // `param` is the second argument (the percentile of percentileCont/Disc), else null.
    virtual Status Add(const graph::Value& v, const graph::Value& param) = 0;
    // The aggregate of everything added; also valid when nothing was added (count 0, sum 0,
    // others null / empty list).
    virtual Result<graph::Value> Finish() = 0;
};

// True for the names above (case-insensitive).
bool IsAggregateFunction(std::string_view name);
// REQUIRES: IsAggregateFunction(name).
std::unique_ptr<Aggregator> MakeAggregator(std::string_view name, bool distinct);

}  // namespace dossier::query::eval
