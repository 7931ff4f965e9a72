// Runs one TCK scenario against a fresh in-memory store through query::Engine.
#pragma once

#include <string>

#include "tests/tck/gherkin.h"

namespace dossier::tck {

struct Outcome {
    enum class Verdict { kPassed, kFailed, kSkipped };
    Verdict verdict = Verdict::kPassed;
    std::string reason;  // why it failed or was skipped
};

// Never throws; a crash or hang inside the engine is the caller's to contain (tck_main runs each
// scenario in a child process).
Outcome RunScenario(const Scenario& scenario);

}  // namespace dossier::tck
