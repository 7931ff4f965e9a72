// "Then a TypeError should be raised at runtime: InvalidArgumentType", and whether a Status is it.
#pragma once

#include <string>

#include "graph/status.h"

namespace dossier::tck {

struct ErrorExpectation {
    std::string type;    // SyntaxError, TypeError, SemanticError, ArgumentError, ...
    std::string phase;   // "compile time", "runtime" or "any time"
    std::string detail;  // InvalidArgumentType, ...; empty or "*" when any detail will do

    // The detail must be equal; the phase must agree (compile time: raised by Engine::Run, which
    // parses, analyzes and plans; runtime: raised while pulling rows); the type must be one the
    // Status code stands for. The TCK files every compile-time rejection under SyntaxError, so
    // at compile time a SemanticError or TypeError also counts as SyntaxError.
    bool Matches(const Status& status, bool compile_time, std::string* why) const;
};

Result<ErrorExpectation> ParseErrorExpectation(const std::string& step_text);

}  // namespace dossier::tck
