#include "graph/status.h"

namespace dossier {

const char* Status::KindName() const {
    switch (code_) {
        case Code::kOk:
            return "OK";
        case Code::kNotFound:
            return "NotFound";
        case Code::kInvalidArgument:
            return "InvalidArgument";
        case Code::kCorruption:
            return "Corruption";
        case Code::kIOError:
            return "IOError";
        case Code::kBusy:
            return "Busy";
        case Code::kNotSupported:
            return "NotSupported";
        case Code::kSyntaxError:
            return "SyntaxError";
        case Code::kSemanticError:
            return "SemanticError";
        case Code::kTypeError:
            return "TypeError";
        case Code::kArgumentError:
            return "ArgumentError";
        case Code::kConstraintError:
            return "ConstraintVerificationFailed";
        case Code::kEntityNotFound:
            return "EntityNotFound";
        case Code::kProcedureError:
            return "ProcedureError";
        case Code::kParameterMissing:
            return "ParameterMissing";
        case Code::kRuntimeError:
            return "RuntimeError";
        case Code::kCancelled:
            return "Cancelled";
    }
    return "Error";
}

std::string Status::ToString() const {
    if (ok()) return "OK";
    std::string s = KindName();
    if (!detail_.empty()) s += " (" + detail_ + ")";
    s += ": ";
    s += message_;
    if (line_ > 0) {
        s += " (line " + std::to_string(line_) + ", column " + std::to_string(column_) + ")";
    }
    return s;
}

}  // namespace dossier
