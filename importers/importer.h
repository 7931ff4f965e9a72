// Importer: articles from files, directories or stdin into the graph, end to end. The reading
// thread reads articles in order and hands them to a ParallelExtractor (`threads` workers); the
// extracted documents come back in input order and the GraphWriter commits them in chunks of
// `batch` articles, so that the graph is exactly the one a one-thread import writes. Articles read
// but not committed are bounded (see importer.cc), so memory does not grow with the input.
//
// Not thread-safe: one thread calls ImportPath and Finish (the workers are internal). The store is
// borrowed, must outlive the Importer, and must have no other writer while it runs.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "graph/status.h"
#include "importers/document.h"
#include "importers/name_resolver.h"
#include "importers/relations/relation_signature.h"

namespace dossier::importers {

class ParallelExtractor;

struct ImportOptions {
    int threads = 1;    // extraction threads; 1 extracts on the calling thread
    size_t batch = 64;  // articles per transaction
};

struct ImportTotals {
    uint64_t read = 0;     // articles written or found already there
    uint64_t already = 0;  // of those, articles already in the graph
    uint64_t skipped = 0;  // broken items the reader skipped
    uint64_t failed = 0;   // articles the writer could not write
    uint64_t bytes = 0;    // article text read
    uint64_t entities = 0;
    uint64_t nodes = 0;
    uint64_t edges = 0;
    RelationTally relations;  // relations found and dropped by signature, per type and rule
    ResolveStats names;       // short names joined to their entity by Finish
};

// Called on the thread that calls ImportPath; any may be empty.
struct ImportEvents {
    // A skipped item or a failed article: the message names its origin ("dir/a.jsonl:3: ...").
    std::function<void(const Status&)> on_skip;
    std::function<void(const Document&, const Status&)> on_failure;
    // After every chunk commit.
    std::function<void(const ImportTotals&)> on_progress;
};

class Importer {
  public:
    // Fails as Pipeline::Create does (a broken ICU installation).
    static Result<std::unique_ptr<Importer>> Create(graph::GraphStore* store, ImportOptions options,
                                                    ImportEvents events = {});
    ~Importer();

    // Reads, extracts and commits everything under `path` (as ArticleReader::Read takes it);
    // every article of it is committed (or failed) on return. Non-OK only when `path` itself
    // cannot be read; broken items and failed articles are counted and reported through events.
    Status ImportPath(const std::string& path);

    // Commits anything still pending, joins short names to their entities (NameResolver, over
    // everything this Importer wrote) and flushes the store (GraphStore::Flush), so that the
    // next open replays no log. Call once, at the end.
    Status Finish();

    const ImportTotals& totals() const { return totals_; }

  private:
    Importer(graph::GraphStore* store, ImportOptions options, ImportEvents events);
    void Add(Document&& doc);
    void Commit();
    void Drain();

    graph::GraphStore* const store_;
    const ImportOptions options_;
    const ImportEvents events_;
    size_t max_ahead_ = 0;  // articles submitted but not taken, at most
    std::unique_ptr<ParallelExtractor> extractor_;
    std::vector<Document> pending_;  // extracted, waiting for the next commit, in input order
    NameResolver resolver_;          // the entity nodes written so far
    ImportTotals totals_;
};

}  // namespace dossier::importers
