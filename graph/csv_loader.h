// Loading and dumping graphs as CSV files in the neo4j-admin import convention (see
// csv_header.h for the header syntax).
//
// Loading is all or nothing: every file is read and checked through one BulkLoader, and the
// database changes only if all of them are well-formed (the first malformed line stops the load
// with an InvalidArgument naming the file, line and column; nothing is written).
// Node ids: in the default id space an id that is a decimal integer is used as the node id
// itself (so `dump-csv` output loads back with the same ids); any other id, and every id in a
// named space, becomes EntityNodeId("csv:" + space, id). A named id column (`person:ID`) is also
// stored as a string property of that name. Edge ids are FactEdgeId(start, type, end,
// "<file>:<line>"), so loading the same edge file twice is refused rather than duplicated.
#pragma once

#include <string>
#include <vector>

#include "graph/graph_store.h"

namespace dossier::graph {

struct CsvLoadSummary {
    uint64_t nodes = 0;
    uint64_t edges = 0;
};

// Files are read record by record; memory is bounded by `options` (see BulkLoadOptions).
Result<CsvLoadSummary> LoadCsv(GraphStore* store, const std::vector<std::string>& node_files,
                               const std::vector<std::string>& edge_files,
                               const BulkLoadOptions& options = {});

struct CsvDumpSummary {
    uint64_t nodes = 0;
    uint64_t edges = 0;
    std::string nodes_file;
    std::string edges_file;
};

// Writes DIR/nodes.csv (`:ID,:LABEL,<properties>`) and DIR/edges.csv
// (`:START_ID,:END_ID,:TYPE,<properties>`), creating DIR when needed. Refuses to overwrite
// existing files. Each property column is typed from the values it holds; a property whose
// values differ in type across nodes is written as strings. Edge ids are not kept.
Result<CsvDumpSummary> DumpCsv(const GraphReader& graph, const std::string& dir);

}  // namespace dossier::graph
