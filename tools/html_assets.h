// The templates and graph-drawing code (Cytoscape.js from npm, tools/html/graph_view.js) of the
// HTML pages, built into the binary so that `dossier export --format html` and `dossier report`
// need no files at run time.
#pragma once

#include "graph/export/exporters.h"

namespace dossier::cli {

// The export page (tools/html/page_template.html).
graph::HtmlAssets EmbeddedHtmlAssets();
// The entity report page (tools/report/report_template.html) with the same library and view.
graph::HtmlAssets EmbeddedReportAssets();

}  // namespace dossier::cli
