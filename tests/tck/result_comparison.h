// Compares an expected result table (header row of column names, then rows in TCK notation)
// with a QueryResult.
#pragma once

#include <string>

#include "query/engine.h"
#include "tests/tck/gherkin.h"

namespace dossier::tck {

struct CompareMode {
    bool in_order = false;           // rows in the given order, else as a multiset
    bool ignore_list_order = false;  // lists inside values compare as multisets
};

// Columns must be the same set of names (matched by name, in any order); then every expected row
// must match exactly one actual row. On mismatch returns false and explains in *why.
bool CompareResult(const Table& expected, const query::QueryResult& actual, CompareMode mode,
                   std::string* why);

}  // namespace dossier::tck
