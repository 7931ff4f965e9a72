// Operator: one step of a pull-based physical plan.
//
// Each operator pulls rows from its child (if any) and produces rows on demand; only Sort,
// Aggregate, Distinct and Eager hold more than a few rows. Reset() rewinds an operator and its
// subtree so that an Apply-style parent (Optional, Merge, pattern predicates) can run it again
// for the next outer row.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "graph/status.h"
#include "query/exec/context.h"

namespace dossier::query::exec {

class Operator {
  public:
    Operator(ExecContext* ctx, std::unique_ptr<Operator> child)
        : ctx_(ctx), child_(std::move(child)) {}
    virtual ~Operator() = default;
    Operator(const Operator&) = delete;
    Operator& operator=(const Operator&) = delete;

    // Fills *row with the next row and returns true, or returns false at the end. Checks for
    // cancellation and the deadline (ExecContext::CheckInterrupt) and, when profiling, counts rows
    // and time.
    Result<bool> Pull(Row* row);
    // Rewinds this operator and its subtree.
    void Reset();

    // One line for EXPLAIN: "Expand(a)-[:MET]->(b)".
    virtual std::string Describe() const = 0;
    // The plan below and including this operator, one operator per line, children indented by
    // two spaces; with `profile`, each line ends with its rows and milliseconds.
    std::string PlanText(bool profile) const;

  protected:
    virtual Result<bool> Next(Row* row) = 0;
    virtual void ResetSelf() {}
    // Operators with more than one input (Union, Optional, Merge) list them here.
    virtual std::vector<const Operator*> Inputs() const;
    virtual void ResetInputs();

    ExecContext* const ctx_;
    std::unique_ptr<Operator> child_;

  private:
    void AppendPlan(bool profile, int depth, std::string* out) const;
    int64_t rows_ = 0;
    double seconds_ = 0;
};

using OperatorPtr = std::unique_ptr<Operator>;

}  // namespace dossier::query::exec
