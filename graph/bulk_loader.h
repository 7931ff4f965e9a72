// The RocksDB bulk loader, with bounded memory. Each column family's entries (nodes, edge
// records, out- and in-adjacency, labels, names) go through an ExternalSorter; when the sort
// buffers together pass BulkLoadOptions::memory_bytes, the biggest is sorted and spilled to disk
// as a run in DIR/bulk-<pid>-tmp. Finish() merges each family's runs with what is still buffered
// into one sorted SST file (SstFileWriter; families on up to four threads), then ingests them all
// with one IngestExternalFiles call, which RocksDB records atomically: after Finish() returns OK
// the whole load is there; after an error or a crash none of it is, and the temporary directory
// is removed (by the loader, or by the next writer to open the database after a crash).
//
// Rules: a load only adds. A node or edge id that is already in the database, or that is added
// twice, is an InvalidArgument error, as is an edge whose ends are neither in the database nor
// added before it. Errors are reported by the Add* call that meets them, except an edge id added
// twice, which Finish() reports (it is found when the edges are merged); nothing is written
// unless Finish() succeeds. Memory use is the sort budget, plus 16 to 32 bytes per loaded node
// (the set of node ids edges are checked against), plus the merge's read buffers.
#pragma once

#include <memory>

#include "graph/column_families.h"
#include "graph/graph_store.h"

namespace dossier::graph {

// REQUIRES: core->writer_open was set by the caller; the loader clears it when destroyed.
Result<std::unique_ptr<GraphStore::BulkLoader>> NewRocksBulkLoader(StoreCore* core,
                                                                   const BulkLoadOptions& options);

}  // namespace dossier::graph
