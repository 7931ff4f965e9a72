// Checking candidate nodes and edges against a pattern's labels, types and property map.
#pragma once

#include <optional>

#include "query/exec/operators.h"

namespace dossier::query::exec {

// The property map of a constraint, evaluated once per input row (it may refer to variables of
// the row). nullopt when the constraint has none.
Result<std::optional<graph::Map>> ConstraintProperties(const ast::Expression* properties,
                                                       const eval::EvalEnv& env);

bool NodeMatches(const graph::Node& node, const NodeConstraint& c,
                 const std::optional<graph::Map>& props);
bool EdgeTypeMatches(std::string_view type, const EdgeConstraint& c);

}  // namespace dossier::query::exec
