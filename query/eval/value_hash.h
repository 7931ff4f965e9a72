// Hashing rows by equivalence (the equality of DISTINCT and grouping, Equivalent), so that
// Aggregate, Distinct and the DISTINCT aggregates group in a hash table on the values themselves
// rather than in an ordered tree of generic comparisons.
#pragma once

#include <cstddef>
#include <vector>

#include "graph/value.h"

namespace dossier::query::eval {

// A hash consistent with equivalence: equivalent values hash alike (1 and 1.0, any two NaNs, two
// nodes with one id). Kinds that are rare as keys (temporals, paths) hash by kind only.
size_t EquivalenceHash(const graph::Value& v);

struct ValueHash {
    size_t operator()(const graph::Value& v) const { return EquivalenceHash(v); }
};
struct ValueEquivalent {
    bool operator()(const graph::Value& a, const graph::Value& b) const;
};

struct RowHash {
    size_t operator()(const std::vector<graph::Value>& row) const;
};

// True when the rows have the same width and equivalent values in every column.
struct RowEquivalent {
    bool operator()(const std::vector<graph::Value>& a, const std::vector<graph::Value>& b) const;
};

}  // namespace dossier::query::eval
