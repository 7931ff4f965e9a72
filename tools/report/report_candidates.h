// Entities a report name may stand for: every node FindByName returns, with what tells them
// apart (label and number of articles), for the "which one?" list of an ambiguous name.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "graph/status.h"

namespace dossier::report {

struct Candidate {
    graph::NodeId id = 0;
    std::string name;
    std::string label;
    size_t articles = 0;  // MENTIONED_IN relationships
};

// The nodes named or aliased `name`, most articles first.
Result<std::vector<Candidate>> FindCandidates(const graph::GraphReader& reader,
                                              std::string_view name);

}  // namespace dossier::report
