// ExecContext: what every operator of one running statement shares.
#pragma once

#include <atomic>
#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <random>

#include "graph/graph_store.h"
#include "query/ast/expression.h"
#include "query/engine.h"
#include "query/eval/evaluator.h"

namespace dossier::query::exec {

using eval::Row;

struct ExecContext {
    // Reads go through the transaction when there is one (so they see the statement's own
    // writes), else through the store. Both borrowed for the statement's lifetime.
    const graph::GraphReader* reader = nullptr;
    graph::Transaction* txn = nullptr;  // null for read-only statements
    const graph::Map* params = nullptr;
    QueryStats stats;
    const std::atomic<bool>* cancel = nullptr;
    // When the statement must stop (Engine::SetTimeout); time_point::max() when it may run on.
    std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
    std::chrono::milliseconds timeout{0};
    bool profile = false;
    eval::FunctionContext functions;
    // What this statement deleted (functions.deleted_* point here).
    std::unordered_set<uint64_t> deleted_nodes;
    std::unordered_set<uint64_t> deleted_edges;
    std::mt19937_64 random{std::random_device{}()};
    eval::PatternSupport* patterns = nullptr;
    // Nodes per label when the statement started: the planner starts a pattern at its rarest
    // label. Empty when unknown.
    std::map<std::string, uint64_t> label_counts;
    // The store's counters when the statement started, for a statement that reads the store
    // itself (no transaction): plan/plan_count.cc answers whole-graph counts from them.
    std::optional<graph::GraphStats> store_counts;
    // The property indexes when the statement started: the planner seeks through them.
    std::vector<graph::PropertyIndex> indexes;
    // Expressions the planner made up (the items of RETURN *); operators point into them.
    std::vector<std::unique_ptr<ast::Expression>> synthesized;

    // Cancelled when the user asked the statement to stop or its deadline has passed; else OK.
    // Called by every Operator::Pull; looks at the clock only every kDeadlineCheckInterval calls.
    Status CheckInterrupt();

    eval::EvalEnv Env(const eval::Scope& scope, const Row& row) const {
        eval::EvalEnv env;
        env.scope = &scope;
        env.row = &row;
        env.params = params;
        env.functions = &functions;
        env.patterns = patterns;
        return env;
    }

  private:
    int pulls_until_clock_check_ = 0;
};

}  // namespace dossier::query::exec
