// Value codec: the compact byte form of stored values, node records and edge records.
//
// A value is one tag byte followed by its payload:
//   0x00 null | 0x01 false | 0x02 true | 0x03 int (zig-zag varint) | 0x04 float (8 bytes, IEEE
//   754 bits big-endian) | 0x05 string (varint length, bytes) | 0x06 date (zig-zag varint days) |
//   0x07 list (varint count, then each element) | 0x08 localtime (varint nanos of day) | 0x09 time
//   (varint nanos of day, zig-zag varint offset seconds) | 0x0a localdatetime (zig-zag varint
//   days, varint nanos of day) | 0x0b datetime (as localdatetime, then zig-zag varint offset
//   seconds, varint length and zone name) | 0x0c duration (zig-zag varint months, days, seconds,
//   then varint nanos). Tags are never renumbered: stored bytes stay readable.
// A property map is a varint count followed by (varint key length, key, value) in key order.
// Node record:  varint label count, (varint length, label)..., property map.
// Edge record:  src(8, big-endian), dst(8), varint type length, type, property map.
// Only storable values (Value::IsStorable) can be encoded; others give InvalidArgument.
// Decoding never trusts its input: malformed bytes give Corruption.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::graph::codec {

Status EncodeValue(const Value& value, std::string* out);
Status DecodeValue(std::string_view* in, Value* value);

Status EncodeProperties(const PropertyMap& properties, std::string* out);
Status DecodeProperties(std::string_view* in, PropertyMap* properties);

// The id is the key, not part of the record.
Status EncodeNode(const Node& node, std::string* out);
Status DecodeNode(NodeId id, std::string_view in, Node* node);
Status EncodeEdge(const Edge& edge, std::string* out);
Status DecodeEdge(EdgeId id, std::string_view in, Edge* edge);

void AppendVarint(uint64_t v, std::string* out);
bool ReadVarint(std::string_view* in, uint64_t* v);

}  // namespace dossier::graph::codec
