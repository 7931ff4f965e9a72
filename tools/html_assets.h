// The template and graph-drawing library (Cytoscape.js from npm) of the HTML export, built into
// the binary so that `dossier export --format html` needs no files at run time.
#pragma once

#include "graph/export/exporters.h"

namespace dossier::cli {

graph::HtmlAssets EmbeddedHtmlAssets();

}  // namespace dossier::cli
