#include <string>

#include "graph/export/exporters.h"

namespace dossier::graph {

const char* ExportFormatNames() {
    return "graphml, gexf, dot, cytoscape, jsonl, csv, html";
}

Result<ExportFormat> ParseExportFormat(std::string_view name) {
    if (name == "graphml") return ExportFormat::kGraphML;
    if (name == "gexf") return ExportFormat::kGexf;
    if (name == "dot" || name == "graphviz") return ExportFormat::kDot;
    if (name == "cytoscape" || name == "cyjs") return ExportFormat::kCytoscape;
    if (name == "jsonl") return ExportFormat::kJsonl;
    if (name == "csv") return ExportFormat::kCsv;
    if (name == "html") return ExportFormat::kHtml;
    return Status::InvalidArgument("unknown export format '" + std::string(name) +
                                   "' (expected one of: " + ExportFormatNames() + ")");
}

}  // namespace dossier::graph
