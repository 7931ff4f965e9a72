// What the shell knows about the open database for completion and :schema: labels and
// relationship types (from the store's indexes) and property keys with counts (from a sample of
// nodes and edges, since the store keeps no property-key index), and entity names for completion.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_store.h"

namespace dossier::cli {

struct SchemaSample {
    std::vector<std::string> labels;
    std::vector<std::string> edge_types;
    std::map<std::string, size_t> node_keys;  // key -> sampled nodes that have it
    std::map<std::string, size_t> edge_keys;  // key -> sampled edges that have it
    size_t nodes_sampled = 0;
    size_t edges_sampled = 0;
};

// Nodes and relationships read for a sample: enough to meet every property key the importer
// writes, few enough to take milliseconds.
inline constexpr size_t kSchemaSampleSize = 5000;

// Reads up to `limit` nodes and `limit` edges, in id order.
SchemaSample SampleSchema(const graph::GraphReader& reader, size_t limit);

}  // namespace dossier::cli
