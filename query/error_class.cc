#include "query/error_class.h"

#include <string_view>

namespace dossier::query {
namespace {

using Code = Status::Code;

// Details whose class does not follow from the phase and the raise site.
struct DetailClass {
    std::string_view detail;
    Code code;
};
constexpr DetailClass kByDetail[] = {
    {"DeletedEntityAccess", Code::kEntityNotFound},  {"MergeReadOwnWrites", Code::kSemanticError},
    {"ProcedureNotFound", Code::kProcedureError},    {"MissingParameter", Code::kParameterMissing},
    {"DeleteConnectedNode", Code::kConstraintError},
};

bool IsQueryError(Code code) {
    switch (code) {
        case Code::kSyntaxError:
        case Code::kSemanticError:
        case Code::kTypeError:
        case Code::kArgumentError:
        case Code::kConstraintError:
        case Code::kRuntimeError:
            return true;
        default:
            return false;
    }
}

// The class of an error found before the statement runs, by the code of its raise site: the
// parser's and the analyzer's errors are SyntaxErrors; a type error found early (property access
// on a value that can never have properties) stays a TypeError.
Code CompileTimeClass(Code code) {
    switch (code) {
        case Code::kSyntaxError:
        case Code::kSemanticError:
            return Code::kSyntaxError;
        default:
            return code;
    }
}

}  // namespace

Status ClassifyQueryError(Status status, ErrorPhase phase) {
    if (!IsQueryError(status.code())) return status;
    Code code = status.code();
    const auto* named = [&]() -> const DetailClass* {
        for (const DetailClass& d : kByDetail) {
            if (d.detail == status.detail()) return &d;
        }
        return nullptr;
    }();
    if (named != nullptr) {
        code = named->code;
    } else if (phase == ErrorPhase::kCompileTime) {
        code = CompileTimeClass(code);
    }
    if (code == status.code()) return status;
    return Status(code, status.message(), status.detail(), status.line(), status.column());
}

}  // namespace dossier::query
