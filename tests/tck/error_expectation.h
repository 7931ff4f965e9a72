// "Then a TypeError should be raised at runtime: InvalidArgumentType", and whether a Status is it.
#pragma once

#include <string>

#include "graph/status.h"

namespace dossier::tck {

struct ErrorExpectation {
    std::string type;    // SyntaxError, TypeError, SemanticError, ArgumentError, ...
    std::string phase;   // "compile time", "runtime" or "any time"
    std::string detail;  // InvalidArgumentType, ...; empty or "*" when any detail will do

    // All three must agree: the class is the Status's KindName() ("SyntaxError",
    // "EntityNotFound", ...); the detail is equal to Status::detail() (any detail for "*" or
    // none); the phase is compile time for an error from Engine::Run, which parses, analyzes and
    // plans, and runtime for one raised while pulling rows ("any time" takes either).
    bool Matches(const Status& status, bool compile_time, std::string* why) const;
};

Result<ErrorExpectation> ParseErrorExpectation(const std::string& step_text);

}  // namespace dossier::tck
