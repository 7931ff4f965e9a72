#include "query/exec/operator.h"

#include <chrono>
#include <cstdio>

namespace dossier::query::exec {

Result<bool> Operator::Pull(Row* row) {
    DOSSIER_RETURN_IF_ERROR(ctx_->CheckInterrupt());
    if (!ctx_->profile) return Next(row);
    const auto start = std::chrono::steady_clock::now();
    auto r = Next(row);
    seconds_ += std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (r.ok() && *r) ++rows_;
    return r;
}

void Operator::Reset() {
    ResetSelf();
    ResetInputs();
}

std::vector<const Operator*> Operator::Inputs() const {
    if (child_) return {child_.get()};
    return {};
}

void Operator::ResetInputs() {
    if (child_) child_->Reset();
}

std::string Operator::PlanText(bool profile) const {
    std::string out;
    AppendPlan(profile, 0, &out);
    return out;
}

void Operator::AppendPlan(bool profile, int depth, std::string* out) const {
    out->append(static_cast<size_t>(depth) * 2, ' ');
    out->append(Describe());
    if (profile) {
        char buf[64];
        std::snprintf(buf, sizeof(buf), "  [rows=%lld, time=%.3f ms]",
                      static_cast<long long>(rows_), seconds_ * 1000);
        out->append(buf);
    }
    out->push_back('\n');
    for (const Operator* in : Inputs()) in->AppendPlan(profile, depth + 1, out);
}

}  // namespace dossier::query::exec
