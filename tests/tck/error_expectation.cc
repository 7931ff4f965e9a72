#include "tests/tck/error_expectation.h"

#include <regex>

namespace dossier::tck {
namespace {

// The TCK error types a Status code may be reported as.
bool TypeAgrees(const std::string& type, Status::Code code, bool compile_time) {
    using C = Status::Code;
    if (type == "SyntaxError") {
        return code == C::kSyntaxError ||
               (compile_time && (code == C::kSemanticError || code == C::kTypeError));
    }
    if (type == "SemanticError") return code == C::kSemanticError;
    if (type == "TypeError")
        return code == C::kTypeError || (compile_time && code == C::kSemanticError);
    if (type == "ArgumentError") return code == C::kArgumentError;
    if (type == "ConstraintVerificationFailed") return code == C::kConstraintError;
    if (type == "EntityNotFound") return code == C::kNotFound || code == C::kRuntimeError;
    return true;  // ProcedureError, ParameterMissing, ...: judged by the detail alone
}

}  // namespace

Result<ErrorExpectation> ParseErrorExpectation(const std::string& step_text) {
    static const std::regex kPattern(
        R"(an? (\w+) should be raised at (compile time|runtime|any time)(?::\s*(\w+|\*))?)");
    std::smatch m;
    if (!std::regex_match(step_text, m, kPattern)) {
        return Status::InvalidArgument("cannot read the error step: " + step_text);
    }
    return ErrorExpectation{m[1], m[2], m[3]};
}

bool ErrorExpectation::Matches(const Status& status, bool compile_time, std::string* why) const {
    auto fail = [&](const std::string& what) {
        *why = "expected " + type + " at " + phase + (detail.empty() ? "" : ": " + detail) +
               ", got " + status.ToString() + " [" + status.detail() + "] at " +
               (compile_time ? "compile time" : "runtime") + " (" + what + ")";
        return false;
    };
    if (!detail.empty() && detail != "*" && status.detail() != detail) {
        return fail("different detail");
    }
    if (phase == "compile time" && !compile_time) return fail("different phase");
    if (phase == "runtime" && compile_time) return fail("different phase");
    if (!TypeAgrees(type, status.code(), compile_time)) return fail("different type");
    return true;
}

}  // namespace dossier::tck
