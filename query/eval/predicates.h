// Boolean and membership operators with openCypher's three-valued logic. Booleans are bool
// Values; null stands for "unknown". Operands of AND/OR/XOR/NOT must be booleans or null.
#pragma once

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::eval {

Result<graph::Value> And(const graph::Value& a, const graph::Value& b);
Result<graph::Value> Or(const graph::Value& a, const graph::Value& b);
Result<graph::Value> Xor(const graph::Value& a, const graph::Value& b);
Result<graph::Value> Not(const graph::Value& a);

// x IN list: true if an element equals x; null if none does but some comparison was null;
// false otherwise. A null list gives null; a non-list is a TypeError.
Result<graph::Value> In(const graph::Value& x, const graph::Value& list);

// STARTS WITH / ENDS WITH / CONTAINS: null unless both sides are strings.
graph::Value StartsWith(const graph::Value& s, const graph::Value& prefix);
graph::Value EndsWith(const graph::Value& s, const graph::Value& suffix);
graph::Value Contains(const graph::Value& s, const graph::Value& part);
// s =~ pattern: the whole string must match (ECMAScript syntax). A bad pattern is an
// ArgumentError naming it.
Result<graph::Value> RegexMatch(const graph::Value& s, const graph::Value& pattern);

// True only for the boolean true (WHERE keeps a row only then).
inline bool IsTrue(const graph::Value& v) {
    return v.is_bool() && v.as_bool();
}

}  // namespace dossier::query::eval
