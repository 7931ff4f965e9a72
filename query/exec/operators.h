// The physical operators and what each needs. The planner (query/plan) builds trees of these;
// every spec refers to AST expressions owned by the statement, which outlives the plan.
//
// Slots: an operator that binds new variables writes them at the given slot indexes, growing the
// row to `width` (the number of variables in scope after it).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "query/ast/clause.h"
#include "query/ast/expression.h"
#include "query/eval/evaluator.h"
#include "query/exec/operator.h"
#include "query/procedures/procedure.h"

namespace dossier::query::exec {

// A node pattern's labels and property map, checked on every candidate node.
struct NodeConstraint {
    std::vector<std::string> labels;
    const ast::Expression* properties = nullptr;  // MapExpr or ParameterExpr, or null
    bool empty() const { return labels.empty() && !properties; }
};

// A relationship pattern's types (alternatives) and property map.
struct EdgeConstraint {
    std::vector<std::string> types;
    const ast::Expression* properties = nullptr;
};

// The outer row an inner plan (of Optional, Merge, a pattern predicate) starts from.
struct ArgumentSlot {
    const Row* row = nullptr;
};

struct ExpandSpec {
    eval::Scope scope;  // of the input rows
    int from_slot = -1;
    int edge_slot = -1;
    int to_slot = -1;
    bool into = false;  // to_slot is already bound: only check that the edge reaches it
    // edge_slot is already bound: only follow that edge (for variable length, that list of edges)
    bool edge_bound = false;
    int width = 0;
    graph::Direction direction = graph::Direction::kOut;
    EdgeConstraint edge;
    NodeConstraint node;
    std::vector<int> unique_with;  // slots of edges (or edge lists) the new edge must differ from
    bool fetch_edge = true;        // false: the edge value carries only id, ends and type
    bool fetch_node = true;        // false: the node value carries only its id
    // Conjuncts of the WHERE that read only the new relationship (plan/edge_filter.h): Expand
    // tests them in filter_scope (the scope once the step has bound its variables) as soon as it
    // has the relationship, before it reads the node at the other end. Single hops only.
    std::vector<const ast::Expression*> edge_filters;
    eval::Scope filter_scope;
    // Variable length only.
    int64_t min_hops = 1;
    int64_t max_hops = 1;
    bool reverse_output = false;  // the pattern runs the other way: reverse the edge list
    std::string text;             // for EXPLAIN
};

struct ProjectItem {
    const ast::Expression* expression = nullptr;
    std::string name;
};

struct AggregateItem {
    std::string function;  // lower-case aggregate name; "count" for count(*)
    bool distinct = false;
    const ast::Expression* argument = nullptr;   // null for count(*)
    const ast::Expression* parameter = nullptr;  // percentile argument
};

struct SortItem {
    const ast::Expression* expression = nullptr;
    bool descending = false;
};

struct CreateNodeSpec {
    int slot = -1;
    bool create = true;  // false: the variable is bound already
    std::vector<std::string> labels;
    const ast::Expression* properties = nullptr;
};

struct CreateEdgeSpec {
    int slot = -1;
    int src_slot = -1;
    int dst_slot = -1;
    std::string type;
    const ast::Expression* properties = nullptr;
};

struct PathSpec {
    int slot = -1;
    std::vector<int> node_slots;
    std::vector<int> edge_slots;  // an edge, or a list of edges for variable length
};

struct CreateSpec {
    eval::Scope scope;  // of the output rows
    int width = 0;
    std::vector<CreateNodeSpec> nodes;
    std::vector<CreateEdgeSpec> edges;
    std::vector<PathSpec> paths;
};

struct ShortestPathSpec {
    eval::Scope scope;
    int from_slot = -1;
    int to_slot = -1;
    int edge_slot = -1;  // list of edges, or -1
    int path_slot = -1;  // or -1
    int width = 0;
    graph::Direction direction = graph::Direction::kBoth;
    EdgeConstraint edge;
    int64_t min_hops = 1;
    int64_t max_hops = -1;  // -1: unbounded
    bool all = false;
};

struct CallSpec {
    const procedures::Procedure* procedure = nullptr;
    eval::Scope scope;  // of the input rows
    std::vector<const ast::Expression*> arguments;
    std::vector<int> fields;  // output field index per yielded variable
    std::vector<int> slots;   // slot per yielded variable
    int width = 0;
};

OperatorPtr MakeArgument(ExecContext* ctx, std::shared_ptr<ArgumentSlot> slot);
// Without `fetch`, the node values carry only their ids (the scan's label is then the only
// constraint the planner may give).
OperatorPtr MakeNodeScan(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot,
                         int width, NodeConstraint node, std::string variable, bool fetch = true);
OperatorPtr MakeIndexSeek(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot,
                          int width, const ast::Expression* name, NodeConstraint node,
                          std::string variable);
OperatorPtr MakeNodeCheck(ExecContext* ctx, OperatorPtr child, eval::Scope scope, int slot,
                          NodeConstraint node);
// One row with `count` (from the store's counters); `what` is shown by EXPLAIN.
OperatorPtr MakeStoreCount(ExecContext* ctx, uint64_t count, std::string what);
// CREATE INDEX (create) or DROP INDEX (by index.name) in the statement's transaction; no rows.
OperatorPtr MakeIndexCommand(ExecContext* ctx, bool create, graph::PropertyIndex index);
// Binds `slot` to the nodes with `label` whose `property` equals `equal` or lies between `lower`
// and `upper` (each may be null; both inclusive), read from the property index; each node is
// then checked against `node`. The planner keeps the WHERE filter the bounds came from, which
// makes strict bounds strict.
struct PropertySeekSpec {
    eval::Scope scope;
    int slot = 0;
    int width = 0;
    std::string label, property, variable;
    const ast::Expression* equal = nullptr;
    const ast::Expression* lower = nullptr;
    const ast::Expression* upper = nullptr;
    NodeConstraint node;
};
OperatorPtr MakePropertySeek(ExecContext* ctx, OperatorPtr child, PropertySeekSpec spec);
OperatorPtr MakeExpand(ExecContext* ctx, OperatorPtr child, ExpandSpec spec);
OperatorPtr MakeVarExpand(ExecContext* ctx, OperatorPtr child, ExpandSpec spec);
OperatorPtr MakeShortestPath(ExecContext* ctx, OperatorPtr child, ShortestPathSpec spec);
OperatorPtr MakeBuildPath(ExecContext* ctx, OperatorPtr child, PathSpec spec, int width);
OperatorPtr MakeFilter(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                       const ast::Expression* predicate,
                       std::shared_ptr<const eval::Substitutions> subst = nullptr);
// Output row: the items, then (with keep_input) the input row.
OperatorPtr MakeProject(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                        std::vector<ProjectItem> items, bool keep_input,
                        std::shared_ptr<const eval::Substitutions> subst = nullptr);
// Runs its input to the end and yields no rows (a query without RETURN).
OperatorPtr MakeDrain(ExecContext* ctx, OperatorPtr child);
// Keeps the first `width` values of each row.
OperatorPtr MakeKeepColumns(ExecContext* ctx, OperatorPtr child, int width);
// Output row: the grouping keys, then the aggregates.
OperatorPtr MakeAggregate(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                          std::vector<ProjectItem> keys, std::vector<AggregateItem> aggregates);
// Drops rows whose first `width` values equal an earlier row's.
OperatorPtr MakeDistinct(ExecContext* ctx, OperatorPtr child, int width);
// With `skip` and `limit` set (literals or parameters; skip may be null), only the first
// skip + limit rows of the order are kept, in a heap, instead of sorting every row.
OperatorPtr MakeSort(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                     std::vector<SortItem> items,
                     std::shared_ptr<const eval::Substitutions> subst = nullptr,
                     const ast::Expression* skip = nullptr, const ast::Expression* limit = nullptr);
OperatorPtr MakeSkip(ExecContext* ctx, OperatorPtr child, const ast::Expression* count);
OperatorPtr MakeLimit(ExecContext* ctx, OperatorPtr child, const ast::Expression* count);
OperatorPtr MakeUnwind(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                       const ast::Expression* list, int slot, int width);
OperatorPtr MakeUnion(ExecContext* ctx, std::vector<OperatorPtr> inputs);
// For each input row, runs `inner` (whose leaf is an Argument on `argument`); when it yields
// nothing, emits the input row with nulls up to `width`.
OperatorPtr MakeOptional(ExecContext* ctx, OperatorPtr child, OperatorPtr inner,
                         std::shared_ptr<ArgumentSlot> argument, int width);
// Materialises its input before passing it on, so that writes never feed the reads before them.
OperatorPtr MakeEager(ExecContext* ctx, OperatorPtr child);
OperatorPtr MakeCreate(ExecContext* ctx, OperatorPtr child, CreateSpec spec);
OperatorPtr MakeMerge(ExecContext* ctx, OperatorPtr child, OperatorPtr match,
                      std::shared_ptr<ArgumentSlot> argument, CreateSpec create,
                      std::vector<const ast::SetItem*> on_create,
                      std::vector<const ast::SetItem*> on_match);
OperatorPtr MakeSet(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                    std::vector<const ast::SetItem*> items);
OperatorPtr MakeRemove(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                       std::vector<const ast::RemoveItem*> items);
OperatorPtr MakeDelete(ExecContext* ctx, OperatorPtr child, eval::Scope scope,
                       std::vector<const ast::Expression*> targets, bool detach);

OperatorPtr MakeCall(ExecContext* ctx, OperatorPtr child, CallSpec spec);

// Shared by the write operators (write_support.cc).
Status CreatePattern(ExecContext* ctx, const CreateSpec& spec, Row* row);
Status ApplySetItem(ExecContext* ctx, const eval::Scope& scope, const ast::SetItem& item, Row* row);
// Evaluates a pattern's property map (a map literal or a parameter holding a map).
Result<graph::Map> EvaluatePropertyMap(const ast::Expression* e, const eval::EvalEnv& env);
// True when every entry of `want` equals the same property in `have`.
bool PropertiesMatch(const graph::Map& have, const graph::Map& want);

}  // namespace dossier::query::exec
