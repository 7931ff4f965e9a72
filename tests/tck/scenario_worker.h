// Runs scenarios in child processes, many per child: a crash or a hang fails one scenario only,
// and the cost of a new process is paid once per crash rather than once per scenario.
#pragma once

#include <vector>

#include "tests/tck/gherkin.h"
#include "tests/tck/scenario_runner.h"

namespace dossier::tck {

// Runs `scenarios` in order and returns their outcomes in the same order. A child process runs
// one scenario after another and reports each verdict through a pipe; a scenario that crashes
// the child, or runs past `timeout_seconds`, fails with that reason, and a new child goes on
// with the next scenario.
std::vector<Outcome> RunInChildProcesses(const std::vector<const Scenario*>& scenarios,
                                         int timeout_seconds);

}  // namespace dossier::tck
