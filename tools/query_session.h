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
#include <memory>
#include <string>
#include <string_view>

#include "graph/export/subgraph.h"
#include "graph/graph_store.h"
#include "graph/status.h"
#include "query/engine.h"
#include "tools/result_format.h"

namespace dossier::cli {

struct RunSummary {
    size_t columns = 0;
    size_t rows = 0;
    query::QueryStats stats;
    double millis = 0;
};

class QuerySession {
  public:
    // Opens the database at `path` read-only; with `create_if_missing` a missing database is
    // created (read-write) instead of being an error.
    static Result<std::unique_ptr<QuerySession>> Open(const std::string& path,
                                                      bool create_if_missing);
    ~QuerySession();

    // Runs one statement and streams its rows into `writer` (Begin, rows, End). On error the
    // writer may have received some rows; the statement itself has been rolled back.
    Result<RunSummary> Run(std::string_view statement, const query::Params& params,
                           ResultWriter* writer);
    // Runs one statement and gathers the nodes and relationships of its rows as they stream by
    // (for :export and `dossier export`); the rows themselves are not kept.
    Result<graph::Subgraph> CollectSubgraph(std::string_view statement,
                                            const query::Params& params);

    // Asks the running statement to stop. Async-signal-safe.
    void Cancel();

    graph::GraphStore* store() { return store_.get(); }
    const std::string& path() const { return path_; }

  private:
    QuerySession(std::string path, std::unique_ptr<graph::GraphStore> store);
    // Reopens read-write when `statement` looks like a write; refreshes a read-only store.
    Status PrepareFor(std::string_view statement);

    const std::string path_;
    std::unique_ptr<graph::GraphStore> store_;
    std::unique_ptr<query::Engine> engine_;
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
