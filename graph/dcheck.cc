#include "graph/dcheck.h"

#include <cstdio>
#include <cstdlib>

namespace dossier::internal {

void DcheckFailed(const char* condition, const char* file, int line) {
    std::fprintf(stderr, "%s:%d: precondition failed: %s\n", file, line, condition);
    std::fflush(stderr);
    std::abort();
}

}  // namespace dossier::internal
