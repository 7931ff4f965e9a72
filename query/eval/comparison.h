// openCypher value semantics: equality, comparison and the global sort order.
//
// Three notions, as the openCypher specification separates them:
//  - Equality (`=`, `<>`, IN): ternary. Anything involving null is null; 1 = 1.0 is true; lists and
//    maps compare element-wise and are null when an element comparison is null.
//  - Comparability (`<`, `<=`, `>`, `>=`): defined within numbers, strings, booleans, dates and
//    lists (lexicographically); across other kinds, or with null, the result is null.
//  - Orderability (ORDER BY, min/max): a total order over all values, types ranked
//    Map < Node < Relationship < List < Path < Date < String < Boolean < Number < Null, NaN the
//    largest number. Equivalence (DISTINCT, grouping) is orderability's equality, so null is
//    equivalent to null.
#pragma once

#include <optional>

#include "graph/value.h"

namespace dossier::query::eval {

// Ternary equality: returns a bool Value or null.
graph::Value Equals(const graph::Value& a, const graph::Value& b);
// -1, 0 or 1 when a and b are comparable; nullopt when the comparison is null (incomparable kinds,
// null, NaN involved).
std::optional<int> Compare(const graph::Value& a, const graph::Value& b);
// Total order for ORDER BY: negative, zero or positive.
int OrderCompare(const graph::Value& a, const graph::Value& b);
// True when DISTINCT would fold a and b into one.
inline bool Equivalent(const graph::Value& a, const graph::Value& b) {
    return OrderCompare(a, b) == 0;
}

// A strict weak order over values and rows, for std::map / std::sort.
struct ValueLess {
    bool operator()(const graph::Value& a, const graph::Value& b) const {
        return OrderCompare(a, b) < 0;
    }
};
struct ValuesLess {
    bool operator()(const std::vector<graph::Value>& a, const std::vector<graph::Value>& b) const;
};

}  // namespace dossier::query::eval
