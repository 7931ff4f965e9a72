// Which node variables need their labels and properties read.
//
// Expanding to a node only needs its id; reading the whole node costs a store lookup per row. A
// node variable whose only uses are as a pattern endpoint, count(v) or id(v) can stay an id. The
// test is conservative: any other mention of the name anywhere in the statement counts as a use.
#pragma once

#include <string>

#include "query/ast/statement.h"

namespace dossier::query::plan {

// True unless `statement` is known and provably uses `name` only as an id. `binding` is the node
// pattern that binds the variable (its own labels and properties are checked while binding).
bool NeedsEntity(const ast::Statement* statement, const std::string& name,
                 const ast::NodePattern* binding);

}  // namespace dossier::query::plan
