// Resolver: fills the binding fields of a statement that passed the checks (binder.h). Private to
// query/semantic; Bind() runs it.
#pragma once

#include "query/ast/statement.h"
#include "query/eval/scope.h"

namespace dossier::query::semantic {

// Gives every variable name of the statement (bound by a pattern, UNWIND, a projection, YIELD, a
// comprehension or reduce; named by an expression) its id in *ids and stores the id in the
// expressions that name it, resolves every scalar function call to its registry id and
// marks every aggregate call. REQUIRES: the statement passed Binder::BindQuery, so every function
// it calls exists.
void Resolve(const ast::Statement& statement, eval::VariableIds* ids);

}  // namespace dossier::query::semantic
