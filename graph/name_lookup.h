// LookupName: nodes found by any of their names through the name/alias index, best first. Backs
// `CALL db.lookup(name)` and the shell's completion of names.
//
// Scores: 1.0 when the text is the node's `name` (as the index normalises it: case, accents and
// punctuation ignored), 0.9 when it is one of its `aliases`, and below 0.8 when a name or alias
// only starts with the text, 0.8 x (text length / that name's length), so that the closer
// completion ranks first. Equal scores put the node with more relationships first, then the
// lower id. Reads only index entries under the text, at most kLookupScanLimit of them.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "graph/graph_store.h"

namespace dossier::graph {

struct NameMatch {
    NodeId node = 0;
    double score = 0;
};

// Index entries read for the prefix matches of one look-up: bounds the work of a short text such
// as "a" on a large graph, while leaving room for every name an analyst would type out.
inline constexpr size_t kLookupScanLimit = 2000;

// At most `limit` matches, best first.
std::vector<NameMatch> LookupName(const GraphReader& reader, std::string_view text, size_t limit);

}  // namespace dossier::graph
