// The RocksDB bulk loader: collects nodes and edges in memory, then at Finish() writes one sorted
// SST file per column family with SstFileWriter (nodes, edge records, out- and in-adjacency on up
// to four threads) and ingests them all with one
// IngestExternalFiles call, which RocksDB records atomically: after Finish() returns OK the whole
// load is there; after an error or a crash none of it is.
//
// Rules: a load only adds. A node or edge id that is already in the database, or that is added
// twice, is an InvalidArgument error, as is an edge whose ends are neither in the database nor
// added before it. Errors are reported by the Add* call that meets them, except an edge id added
// twice, which Finish() reports (it is found when the edges are sorted); nothing is written
// unless Finish() succeeds. Memory use is about the size of the loaded records plus 40 bytes per
// edge.
#pragma once

#include <memory>

#include "graph/column_families.h"
#include "graph/graph_store.h"

namespace dossier::graph {

// REQUIRES: core->writer_open was set by the caller; the loader clears it when destroyed.
Result<std::unique_ptr<GraphStore::BulkLoader>> NewRocksBulkLoader(StoreCore* core);

}  // namespace dossier::graph
