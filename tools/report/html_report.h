// The entity report as one self-contained HTML page: the header, an SVG timeline, quotes,
// connections with the neighbourhood drawn by the export's graph view, and the source articles.
// Every item links to its evidence sentence in the Sources section.
#pragma once

#include <ostream>

#include "graph/export/exporters.h"
#include "graph/status.h"
#include "tools/report/entity_report.h"

namespace dossier::report {

// `assets.page_template` is the report template (tools/report/report_template.html), with the
// markers @DOSSIER_TITLE@, <!--@DOSSIER_REPORT@-->, /*@DOSSIER_LIBRARY@*/, /*@DOSSIER_VIEW@*/,
// /*@DOSSIER_GRAPH@*/ and <!--@DOSSIER_SOURCES@--> in this order. The Sources section, the
// longest, comes after the scripts so that the graph is drawn before the browser has parsed it.
Status WriteHtmlReport(const EntityReport& report, const graph::HtmlAssets& assets,
                       std::ostream& out);

}  // namespace dossier::report
