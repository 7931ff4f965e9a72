// Key encodings of the RocksDB column families (byte layout documented in docs/storage.md).
//
// Integers are big-endian so that RocksDB's bytewise order is numeric order: a prefix scan over
// an adjacency column family returns a node's edges grouped by type, then by neighbour.
// Strings inside keys are prefixed by their length (one byte, so at most 255 bytes), except the
// normalised name, which ends with a 0x00 byte (NormalizeName never produces one).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::graph::keys {

inline constexpr size_t kMaxKeyString = 255;

void AppendBigEndian64(uint64_t v, std::string* out);
// REQUIRES: p points at 8 readable bytes.
uint64_t ReadBigEndian64(const char* p);
std::string BigEndian64(uint64_t v);

// nodes / edges: the 8-byte id.
inline std::string NodeKey(NodeId id) {
    return BigEndian64(id);
}
inline std::string EdgeKey(EdgeId id) {
    return BigEndian64(id);
}

// out: (src, type, dst, edge); in: (dst, type, src, edge). Both have the shape
// node(8) | len(1) | type(len) | other(8) | edge(8).
std::string AdjacencyKey(NodeId node, std::string_view type, NodeId other, EdgeId edge);
// All edges at `node` in one direction.
std::string AdjacencyPrefix(NodeId node);
// The edges of one type at `node` in one direction.
std::string AdjacencyPrefix(NodeId node, std::string_view type);

struct AdjacencyParts {
    NodeId node = 0;
    std::string_view type;  // points into the decoded key
    NodeId other = 0;
    EdgeId edge = 0;
};
// Corruption when `key` is not an adjacency key.
Status DecodeAdjacencyKey(std::string_view key, AdjacencyParts* parts);

// labels: len(1) | label | node(8).
std::string LabelKey(std::string_view label, NodeId node);
std::string LabelPrefix(std::string_view label);

// names: normalised name | 0x00 | node(8).
std::string NameKey(std::string_view normalized, NodeId node);
std::string NamePrefix(std::string_view normalized);

// Property indexes live in the labels family under keys that start with a 0x00 byte (no label
// key does: labels are never empty):
//   0x00 | len(1) label | len(1) property | IndexValueKey(value) | node(8).
std::string PropertyIndexPrefix(std::string_view label, std::string_view property);
// The order-preserving bytes of an indexable value (bool, int, float, string, date): a kind byte
// (kIndexBool < kIndexInt < kIndexFloat < kIndexString < kIndexDate) and a payload whose bytewise
// order is the value order within the kind. nullopt for other values (null, lists, maps...).
inline constexpr char kIndexBool = 1, kIndexInt = 2, kIndexFloat = 3, kIndexString = 4,
                      kIndexDate = 5;
std::optional<std::string> IndexValueKey(const Value& value);

// The id in the last 8 bytes of a label or name key (or the whole key of nodes/edges).
// Corruption when the key is shorter than 8 bytes.
Status TrailingId(std::string_view key, uint64_t* id);

// InvalidArgument when a label or type cannot be stored in a key (empty or longer than 255 bytes).
Status CheckKeyString(std::string_view what, std::string_view s);

// meta column family.
inline constexpr std::string_view kFormatVersionKey = "format_version";
inline constexpr std::string_view kNextNodeIdKey = "next_node_id";
inline constexpr std::string_view kNextEdgeIdKey = "next_edge_id";
inline constexpr std::string_view kNodeCountKey = "count/nodes";
inline constexpr std::string_view kEdgeCountKey = "count/edges";
inline constexpr std::string_view kLabelCountPrefix = "count/label/";
inline constexpr std::string_view kTypeCountPrefix = "count/type/";

// The definition of the index on (label, property): value is the index name.
inline constexpr std::string_view kIndexDefPrefix = "index/";
std::string IndexDefKey(std::string_view label, std::string_view property);
// Splits the rest of an IndexDefKey (after kIndexDefPrefix); false when malformed.
bool DecodeIndexDefKey(std::string_view rest, std::string* label, std::string* property);

inline std::string LabelCountKey(std::string_view label) {
    return std::string(kLabelCountPrefix) + std::string(label);
}
inline std::string TypeCountKey(std::string_view type) {
    return std::string(kTypeCountPrefix) + std::string(type);
}

}  // namespace dossier::graph::keys
