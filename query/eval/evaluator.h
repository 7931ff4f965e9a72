// Evaluation of AST expressions against one row.
//
// Expressions come from a bound statement (query/semantic/bound_statement.h): the evaluator reads
// a variable from the row at the slot its scope gives the variable's id (or from local bindings
// made by list comprehensions, quantifiers and reduce, matched by id), calls a function through
// its resolved registry id, reads parameters from the statement's map, and asks the executor
// (PatternSupport) to match pattern predicates, pattern comprehensions and EXISTS. It repeats
// none of the binder's checks. Aggregates are never evaluated here: the planner computes them and
// substitutes their slots.
#pragma once

#include <functional>
#include <unordered_map>
#include <vector>

#include "graph/status.h"
#include "graph/value.h"
#include "query/ast/expression.h"
#include "query/ast/pattern.h"
#include "query/eval/functions.h"
#include "query/eval/scope.h"

namespace dossier::query::eval {

using Row = std::vector<graph::Value>;
// Sub-expressions whose value is already in a slot of the row (aggregates, grouping keys,
// projected expressions seen again in ORDER BY).
using Substitutions = std::unordered_map<const ast::Expression*, int>;

// A variable bound inside an expression; a chain, innermost first.
struct Local {
    std::string_view name;
    int id;  // in the statement's VariableIds
    const graph::Value* value;
    const Local* next;
};

struct EvalEnv;

// Pattern matching from within expressions; implemented by the executor.
class PatternSupport {
  public:
    virtual ~PatternSupport() = default;
    // Calls `fn` with an environment extended by the pattern's variables, once per match of
    // `parts` (variables bound in `env` stay fixed). `fn` returns false to stop early.
    virtual Status ForEachMatch(const std::vector<const ast::PatternPart*>& parts,
                                const EvalEnv& env,
                                const std::function<Result<bool>(const EvalEnv&)>& fn) = 0;
    // True when `query` (the body of EXISTS { ... }), run for the row of `env`, yields a row.
    virtual Result<bool> HasRows(const ast::SingleQuery& query, const EvalEnv& env) = 0;
};

struct EvalEnv {
    const Scope* scope = nullptr;
    const Row* row = nullptr;
    const graph::Map* params = nullptr;
    const FunctionContext* functions = nullptr;
    const Substitutions* substitutions = nullptr;
    const Local* locals = nullptr;
    PatternSupport* patterns = nullptr;
};

// REQUIRES: `e` belongs to a bound statement (its binding fields are filled).
Result<graph::Value> Evaluate(const ast::Expression& e, const EvalEnv& env);

}  // namespace dossier::query::eval
