#include "tests/tck/error_expectation.h"

#include <regex>

namespace dossier::tck {

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
               ", got " + status.ToString() + " at " + (compile_time ? "compile time" : "runtime") +
               " (" + what + ")";
        return false;
    };
    if (!detail.empty() && detail != "*" && status.detail() != detail) {
        return fail("different detail");
    }
    if (phase == "compile time" && !compile_time) return fail("different phase");
    if (phase == "runtime" && compile_time) return fail("different phase");
    if (type != status.KindName()) return fail("different class");
    return true;
}

}  // namespace dossier::tck
