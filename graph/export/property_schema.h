// PropertySchema: the property keys used by a set of nodes or edges, each with one type that all
// of its values fit, for formats that declare typed columns up front (GraphML keys, GEXF
// attributes, neo4j-admin CSV headers).
#pragma once

#include <string>
#include <vector>

#include "graph/value.h"

namespace dossier::graph {

enum class PropertyType { kBool, kInt, kFloat, kString, kDate, kList };

struct PropertyColumn {
    std::string key;
    PropertyType type = PropertyType::kString;
    // For kList: the type of the elements when they all share one (kString otherwise).
    PropertyType element_type = PropertyType::kString;
};

// Columns in key order. A key whose values mix ints and floats is kFloat; any other mix is
// kString. Null values do not count.
std::vector<PropertyColumn> InferColumns(const std::vector<const PropertyMap*>& maps);

}  // namespace dossier::graph
