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

// The `name` values of up to `limit` nodes, sorted and unique.
std::vector<std::string> CollectNames(const graph::GraphReader& reader, size_t limit);

// Names starting with `prefix` (ignoring ASCII case), at most `max` of them.
std::vector<std::string> NamesWithPrefix(const std::vector<std::string>& names,
                                         std::string_view prefix, size_t max);

}  // namespace dossier::cli
