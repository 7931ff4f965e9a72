// DOSSIER_DCHECK(cond): a precondition checked in Debug builds (the sanitizer build included) and
// compiled out of Release. Used where a comment says REQUIRES: a broken precondition aborts with
// the condition, file and line instead of reading out of bounds or past a variant's alternative.
#pragma once

namespace dossier::internal {

[[noreturn]] void DcheckFailed(const char* condition, const char* file, int line);

}  // namespace dossier::internal

#ifdef NDEBUG
// Still type-checks the condition, never evaluates it.
#define DOSSIER_DCHECK(condition) static_cast<void>(sizeof(static_cast<bool>(condition)))
#else
#define DOSSIER_DCHECK(condition)       \
    ((condition) ? static_cast<void>(0) \
                 : ::dossier::internal::DcheckFailed(#condition, __FILE__, __LINE__))
#endif
