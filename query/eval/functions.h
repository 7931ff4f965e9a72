// Scalar functions of the query language, looked up by case-insensitive name.
//
// Every function receives its already evaluated arguments; null handling follows openCypher (most
// functions return null for a null argument). Functions that need the graph (startNode, endNode)
// read it through the context's reader.
#pragma once

#include <cstdint>
#include <optional>
#include <random>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "graph/graph_store.h"
#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query::eval {

struct FunctionContext {
    const graph::GraphReader* reader = nullptr;  // borrowed; may be null in unit tests
    std::mt19937_64* random = nullptr;           // for rand(); a default engine when null
    // Nodes and edges the running statement deleted: reading their properties or labels is an
    // error (EntityNotFound / DeletedEntityAccess). May be null.
    const std::unordered_set<uint64_t>* deleted_nodes = nullptr;
    const std::unordered_set<uint64_t>* deleted_edges = nullptr;
    // When the statement started, in nanoseconds since the epoch: what date(), datetime() and
    // their .statement and .transaction clocks read, so that they agree within a statement.
    // Unset: they read the system clock (as .realtime always does).
    std::optional<int64_t> statement_time;

    // DeletedEntityAccess when `v` is a node or edge this statement deleted, else OK.
    Status CheckNotDeleted(const graph::Value& v) const;
};

using FunctionBody = Result<graph::Value> (*)(const std::vector<graph::Value>& args,
                                              const FunctionContext& ctx);

struct FunctionDef {
    const char* name;  // lower case
    int min_args;
    int max_args;  // -1: any number
    FunctionBody body;
};

// nullptr when there is no such scalar function (aggregates are not in this table).
const FunctionDef* FindFunction(std::string_view name);
// The id of the scalar function `name` (stable for the process), or -1; the binder stores it in
// ast::FunctionCallExpr::function_id so that a call needs no name lookup per row.
int FunctionId(std::string_view name);
// REQUIRES: id was returned by FunctionId.
const FunctionDef& FunctionById(int id);

// Checks the argument count and calls the function.
Result<graph::Value> CallFunction(const FunctionDef& def, const std::vector<graph::Value>& args,
                                  const FunctionContext& ctx);

// The tables, one per family; functions.cc joins them.
const std::vector<FunctionDef>& StringFunctions();
const std::vector<FunctionDef>& MathFunctions();
const std::vector<FunctionDef>& ListFunctions();
const std::vector<FunctionDef>& GraphFunctions();
const std::vector<FunctionDef>& ConversionFunctions();
const std::vector<FunctionDef>& TemporalFunctions();

}  // namespace dossier::query::eval
