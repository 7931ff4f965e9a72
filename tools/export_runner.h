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

// Writes `graph` in `format` to `path`. CSV writes two files, "<stem>-nodes.csv" and
// "<stem>-relationships.csv" (stem: `path` without a ".csv" ending). Returns the files written.
Result<std::vector<std::string>> WriteExport(const graph::Subgraph& graph,
                                             graph::ExportFormat format, const std::string& path,
                                             const std::string& title);

}  // namespace dossier::cli
