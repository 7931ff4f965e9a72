// Engine: runs statements of Dossier's query language, in the style of Cypher, against a store.
//
// Pipeline: text -> ANTLR parse tree -> AST (query/ast) -> bound statement (semantic::Bind: every
// compile-time check, variables given ids, functions resolved) -> plan (query/plan: scopes map
// variable ids to row slots) -> pull-based operators (query/exec). `EXPLAIN <query>` returns the
// plan as text rows; `PROFILE <query>` runs it and returns the plan with rows and time per
// operator.
//
// Errors come back as Status whose code is the openCypher class (query/error_class.h: a
// SyntaxError for anything found by Run(), TypeError, ArgumentError, EntityNotFound, ... while
// rows are pulled), with the openCypher detail ("UndefinedVariable", ...) and, where there is
// one, the 1-based line and column. A failing write statement leaves nothing behind:
// every statement runs in one graph Transaction committed only when it completes.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_store.h"
#include "graph/status.h"
#include "graph/value.h"

namespace dossier::query {

using graph::Value;
using Params = graph::Map;  // $name -> value
using Row = std::vector<Value>;

// Side effects of a statement, as the openCypher TCK counts them.
struct QueryStats {
    int64_t nodes_created = 0;
    int64_t nodes_deleted = 0;
    int64_t relationships_created = 0;
    int64_t relationships_deleted = 0;
    int64_t properties_set = 0;
    int64_t labels_added = 0;
    int64_t labels_removed = 0;
    bool contains_updates() const;
};

// A fully materialised result.
struct QueryResult {
    std::vector<std::string> columns;
    std::vector<Row> rows;
    QueryStats stats;
    // For EXPLAIN / PROFILE: the plan, one operator per line, indented by depth.
    std::string plan;
};

// A streaming result: rows are produced on demand, with bounded memory for streaming plans.
class ResultCursor {
  public:
    virtual ~ResultCursor() = default;
    virtual const std::vector<std::string>& columns() const = 0;
    // Fills *row and returns true, or returns false at the end. An error ends the stream and, for
    // a write statement, rolls it back.
    virtual Result<bool> Next(Row* row) = 0;
    // Valid after Next() returned false.
    virtual const QueryStats& stats() const = 0;
};

class Engine {
  public:
    // `store` is borrowed and must outlive the engine. A read-only store rejects write statements
    // with a clear error.
    explicit Engine(graph::GraphStore* store);
    ~Engine();

    // Parses, plans and runs one statement, collecting all rows.
    Result<QueryResult> Execute(std::string_view text, const Params& params = {});
    // Parses and plans one statement and returns a cursor over its rows.
    Result<std::unique_ptr<ResultCursor>> Run(std::string_view text, const Params& params = {});

    // Asks the running statement to stop (thread- and signal-safe). Its Next() then returns
    // Status::Cancelled, and a write statement is rolled back.
    void Cancel();

    // Limits every statement started from now on to `timeout` of wall time, counted from Run()
    // or Execute(); zero means no limit. A statement past its limit stops the way a cancelled one
    // does (Status::Cancelled, a write rolled back), with detail kTimeoutDetail and the message
    // "query stopped after 5 s". The limit is
    // checked between rows, so one long step (sorting, a shortest-path search) finishes first.
    void SetTimeout(std::chrono::milliseconds timeout) { timeout_ = timeout; }
    std::chrono::milliseconds timeout() const { return timeout_; }

  private:
    graph::GraphStore* const store_;
    std::atomic<bool> cancel_requested_{false};
    std::chrono::milliseconds timeout_{0};
};

// Status::detail() of a statement stopped by its time limit.
inline constexpr std::string_view kTimeoutDetail = "Timeout";

// Splits a script into statements on ';' outside strings, comments and backquotes; blank
// statements are dropped. Used by the shell, `dossier query --file` and :source.
std::vector<std::string> SplitStatements(std::string_view script);

}  // namespace dossier::query
