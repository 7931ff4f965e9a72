// ExecContext::CheckInterrupt: the one place a running statement learns that it must stop,
// whether the user cancelled it or its time limit ran out.
#include "query/exec/context.h"

#include <cstdio>

namespace dossier::query::exec {

namespace {

// Pulls between two looks at the clock. A pull costs far more than the ~25 ns steady_clock::now()
// takes, but a large plan pulls millions of rows; 16 keeps the overshoot past the deadline to a
// few rows' work while the clock reads stay noise.
constexpr int kDeadlineCheckInterval = 16;

}  // namespace

Status ExecContext::CheckInterrupt() {
    if (cancel != nullptr && cancel->load(std::memory_order_relaxed)) {
        return Status::Cancelled("the statement was cancelled");
    }
    if (deadline == std::chrono::steady_clock::time_point::max()) return Status::OK();
    if (--pulls_until_clock_check_ > 0) return Status::OK();
    pulls_until_clock_check_ = kDeadlineCheckInterval;
    if (std::chrono::steady_clock::now() < deadline) return Status::OK();
    char seconds[32];
    std::snprintf(seconds, sizeof seconds, "%g", static_cast<double>(timeout.count()) / 1000.0);
    return Status(Status::Code::kCancelled, std::string("query stopped after ") + seconds + " s",
                  std::string(kTimeoutDetail));
}

}  // namespace dossier::query::exec
