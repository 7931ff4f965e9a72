// Element and property access: list[i] (negative counts from the end, out of range is null),
// list[from..to] (either bound optional, clamped), map['key'], n.key on nodes, relationships and
// maps. Null containers give null.
#pragma once

#include <optional>
#include <string_view>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::eval {

Result<graph::Value> Subscript(const graph::Value& container, const graph::Value& index);
Result<graph::Value> Slice(const graph::Value& list, const graph::Value& from,
                           const graph::Value& to, bool has_from, bool has_to);
// n.key: null when absent. A TypeError for values that have no properties (42.key).
Result<graph::Value> Property(const graph::Value& v, std::string_view key);

}  // namespace dossier::query::eval
