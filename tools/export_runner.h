// Writing an export to disk for `dossier export` and the shell's :export.
//
// Files are written beside their final name and renamed into place only when complete, so an
// interrupted or failed export never leaves a half-written file under the requested name.
#pragma once

#include <string>
#include <vector>

#include "graph/export/exporters.h"
#include "graph/export/subgraph.h"
#include "graph/status.h"

namespace dossier::cli {

// Nodes an export keeps by default where a person looks at it (a neighbourhood, any HTML page):
// the most connected. Headless Chromium drew 150 in 2.4-3.1 s and 300 in 4-5 s on a loaded
// two-core machine, thousands not in minutes (bench/html_draw_bench, docs/export.md).
inline constexpr size_t kDefaultExportMaxNodes = 150;

// The nodes of `graph` a browser is to draw: for HTML, the `max_nodes` most connected (see
// graph/export/node_cap.h), with "kept the N most connected nodes; left out ..." in `*note`;
// other formats keep everything. `*note` is cleared when nothing is left out.
graph::Subgraph DrawableSubgraph(graph::Subgraph graph, graph::ExportFormat format,
                                 size_t max_nodes, std::string* note);

// Writes `graph` in `format` to `path`. CSV writes two files, "<stem>-nodes.csv" and
// "<stem>-relationships.csv" (stem: `path` without a ".csv" ending). Returns the files written.
Result<std::vector<std::string>> WriteExport(const graph::Subgraph& graph,
                                             graph::ExportFormat format, const std::string& path,
                                             const std::string& title);

}  // namespace dossier::cli
