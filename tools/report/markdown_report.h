// The entity report as Markdown, for a terminal or a wiki: the same sections as the HTML page
// (the timeline as a list, the graph left out), each item with its article and sentence.
#pragma once

#include <ostream>

#include "graph/status.h"
#include "tools/report/entity_report.h"

namespace dossier::report {

Status WriteMarkdownReport(const EntityReport& report, std::ostream& out);

}  // namespace dossier::report
