// Running an entity report for `dossier report` and the shell's :report: finding the entity by
// name (or --id), collecting its report and writing it as HTML or Markdown.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "graph/graph_store.h"
#include "graph/status.h"
#include "tools/report/entity_report.h"

namespace dossier::cli {

// Exit codes of `dossier report` besides 0 (written) and 2 (bad options).
inline constexpr int kReportNotFound = 1;   // no entity by that name or id; a database error
inline constexpr int kReportAmbiguous = 3;  // the name stands for several entities
// Most hops the report's graph may take: beyond 3 a hub reaches most of any graph.
inline constexpr int kMaxReportHops = 3;

struct ReportRequest {
    std::string name;
    std::string id;      // the id() of one entity, to choose among several of one name
    std::string format;  // "html" or "md"; empty: "md" for an -o ending in .md, else "html"
    std::string output;  // the file to write; empty: `out`
    report::ReportOptions options;
};

// Parses the shell's ":report NAME [-o FILE] [--format html|md] [--id ID] [--hops K]
// [--since DATE] [--until DATE]" (NAME is every word that is not an option; without -o the
// shell prints Markdown).
Result<ReportRequest> ParseReportArguments(std::string_view args);

// Checks the request's options (dates, format) before anything is read: InvalidArgument.
Status ValidateReportRequest(const ReportRequest& request);

// Writes the report to request.output (atomically) or to `out`, and a one-line summary or the
// error to `err` after `prefix` ("dossier report: "). Returns 0, kReportNotFound or
// kReportAmbiguous (the candidates listed with their labels, article counts and --id).
int RunReport(const graph::GraphReader& reader, const ReportRequest& request, std::ostream& out,
              std::ostream& err, std::string_view prefix);

}  // namespace dossier::cli
