// Values in the TCK's notation, as written in result tables and parameters:
//   null  true  42  -1.5  NaN  'text'  [1, 2]  {k: 'v'}
//   (:L1:L2 {p: 1})            a node (labels and properties only)
//   [:TYPE {p: 1}]             a relationship
//   <(:A)-[:T]->(:B)<-[:U]-()> a path
// and their comparison with the values the engine returns.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::tck {

struct TckValue {
    enum class Kind {
        kNull,
        kBool,
        kInt,
        kFloat,
        kString,
        kList,
        kMap,
        kNode,
        kRelationship,
        kPath
    };
    Kind kind = Kind::kNull;
    bool boolean = false;
    int64_t integer = 0;
    double number = 0;
    std::string text;                         // kString; the type of a kRelationship
    std::vector<std::string> labels;          // kNode, sorted
    std::map<std::string, TckValue> entries;  // kMap; properties of nodes and relationships
    // kList elements; kPath: node, relationship, node, ... alternating.
    std::vector<TckValue> items;
    bool forward = true;  // a relationship inside a path: -[]-> (true) or <-[]- (false)

    std::string ToString() const;
};

// Parses one value; the whole text must be consumed (surrounding spaces allowed).
Result<TckValue> ParseTckValue(std::string_view text);

// Converts a plain value (no nodes, relationships or paths) for use as a query parameter.
Result<graph::Value> ToGraphValue(const TckValue& v);

// True when `actual` is the value `expected` describes: integers and floats are distinct, floats
// equal within 1e-9 relative, NaN equals NaN, a date equals the string of its ISO form (the TCK
// writes temporal values so), nodes by label set and properties, relationships by
// type and properties, paths element by element with directions. With `ignore_list_order`,
// lists compare as multisets at every depth.
bool Matches(const TckValue& expected, const graph::Value& actual, bool ignore_list_order);

}  // namespace dossier::tck
