// QuerySession: an open database and a query engine over it, as `dossier query`, `dossier
// shell` and `dossier export` use them.
//
// Opening rule: the database is opened read-only (so that an import or another shell can run
// beside it) and reopened for writing only when a statement looks like a write (see
// LooksLikeWrite in statement_scanner.h); it then stays writable. A read-only session refreshes
// before each statement to see what writers have committed since.
//
// Thread safety: one thread uses a session; Cancel() may be called from a signal handler.
#pragma once

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/export/subgraph.h"
#include "graph/graph_store.h"
#include "graph/status.h"
#include "query/engine.h"
#include "tools/result_format.h"
#include "tools/schema_sample.h"

namespace dossier::cli {

struct RunSummary {
    size_t columns = 0;
    size_t rows = 0;
    query::QueryStats stats;
    double millis = 0;
};

class QuerySession {
  public:
    // Opens the database at `path` read-only. A missing path is NotFound ("no database at P"),
    // and an existing directory without a database an IOError, unless `create_if_missing`: then
    // the database is created there (read-write).
    static Result<std::unique_ptr<QuerySession>> Open(const std::string& path,
                                                      bool create_if_missing);
    ~QuerySession();

    // Runs one statement and streams its rows into `writer` (Begin, rows, End). On error the
    // writer may have received some rows; the statement itself has been rolled back. Either way
    // warnings() then holds the statement's warnings.
    Result<RunSummary> Run(std::string_view statement, const query::Params& params,
                           ResultWriter* writer);
    // Runs one statement and gathers the nodes and relationships of its rows as they stream by
    // (for :export and `dossier export`); the rows themselves are not kept.
    Result<graph::Subgraph> CollectSubgraph(std::string_view statement,
                                            const query::Params& params);

    // Asks the running statement to stop. Async-signal-safe.
    void Cancel();

    // Stops each later statement that runs longer than `seconds` (0: no limit). Run() then fails
    // with Status::Cancelled, "query stopped after 5 s (--timeout 5)", where `option` ("--timeout",
    // ":timeout") names how the user set the limit; a write is rolled back.
    void SetTimeout(double seconds, std::string_view option);
    // "5 s", or "off" when there is no limit.
    std::string DescribeTimeout() const;

    // Warnings about the statement Run() last ran, one line each: labels, relationship types and
    // property keys it looks for that the database does not hold ("label `Persn` is not in the
    // database (did you mean `Person`?)"; see query/notifications.h). Shown by `dossier query`
    // on stderr and by the shell.
    const std::vector<std::string>& warnings() const { return warnings_; }

    graph::GraphStore* store() { return store_.get(); }
    const std::string& path() const { return path_; }

  private:
    QuerySession(std::string path, std::unique_ptr<graph::GraphStore> store);
    // Reopens read-write when `statement` looks like a write; refreshes a read-only store.
    Status PrepareFor(std::string_view statement);
    Result<RunSummary> RunUnexplained(std::string_view statement, const query::Params& params,
                                      ResultWriter* writer);
    std::chrono::milliseconds TimeoutMillis() const;
    // The warnings of `statement` against what the store holds now.
    std::vector<std::string> Warnings(std::string_view statement);
    // A time-limit error with how the limit was set appended; others unchanged.
    Status Explain(const Status& status) const;

    const std::string path_;
    std::unique_ptr<graph::GraphStore> store_;
    std::unique_ptr<query::Engine> engine_;
    std::vector<std::string> warnings_;
    // Property keys seen in a sample of the store, for the warnings; dropped when this session
    // changes the graph.
    std::optional<SchemaSample> key_sample_;
    double timeout_seconds_ = 0;
    std::string timeout_setting_;  // "--timeout 5"
    // The engine Cancel() reaches; swapped out while the store is reopened.
    std::atomic<query::Engine*> live_engine_{nullptr};
};

// "3 rows", "Created 2 nodes" or "1 row; set 1 property", with " (1.2 ms)" when `timing`.
std::string DescribeRun(const RunSummary& summary, bool timing);
// True when `stats` reports any change to the graph.
bool HasUpdates(const query::QueryStats& stats);
// "Created 2 nodes, set 3 properties" (empty when nothing changed).
std::string DescribeUpdates(const query::QueryStats& stats);

}  // namespace dossier::cli
