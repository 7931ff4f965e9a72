// Writers of a Subgraph in the formats that graph tools read. Each writes to a stream as it goes
// and returns IOError when the stream fails; none of them throws. Every property of every node and
// edge is written; only edges with both ends in the subgraph are written (see subgraph.h).
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "graph/export/subgraph.h"
#include "graph/status.h"

namespace dossier::graph {

enum class ExportFormat { kGraphML, kGexf, kDot, kCytoscape, kJsonl, kCsv, kHtml };

// "graphml", "gexf", "dot", "cytoscape" (or "cyjs"), "jsonl", "csv", "html"; InvalidArgument
// naming the accepted names otherwise.
Result<ExportFormat> ParseExportFormat(std::string_view name);
// The names ParseExportFormat accepts, for help texts and completion.
const char* ExportFormatNames();

// GraphML with one typed <key> per property key (attr.type boolean/long/double/string; lists and
// dates as strings, booleans as 1/0), and the node labels (":Person:Entity") and relationship type
// as the data keys "labels" and "label", as APOC writes them. Readable by Gephi, yEd, Cytoscape and
// Boost's read_graphml.
Status WriteGraphML(const Subgraph& graph, std::ostream& out);
// GEXF 1.3 (Gephi's format): typed attributes, the caption as label, a viz:color per label.
Status WriteGexf(const Subgraph& graph, std::ostream& out);
// Graphviz DOT: a digraph, nodes captioned and coloured/shaped per label, edges labelled by type,
// all properties in tooltips.
Status WriteDot(const Subgraph& graph, std::ostream& out);
// Cytoscape.js JSON: {"elements": {"nodes": [{"data": {...}}], "edges": [{"data": {...}}]}}.
// Node data: id ("n<id>"), caption, labels, colour and the properties; edge data: id ("e<id>"),
// source, target, type and the properties. A property whose name is one of those fields is written
// as "property_<name>".
Status WriteCytoscapeJson(const Subgraph& graph, std::ostream& out);
// The JSON document WriteCytoscapeJson writes (for the HTML page).
std::string CytoscapeJsonText(const Subgraph& graph, bool for_script);
// JSON Lines as APOC's export.json writes them: one object per line,
// {"type":"node","id":"1","labels":[...],"properties":{...}} then
// {"type":"relationship","id":"7","label":"MET","properties":{...},"start":{"id":"1","labels":
// [...]},"end":{...}}.
Status WriteJsonLines(const Subgraph& graph, std::ostream& out);
// CSV for `neo4j-admin database import`: a nodes file with header ":ID,:LABEL,key:type,..." and a
// relationships file with ":START_ID,:END_ID,:TYPE,key:type,..."; labels and array elements are
// separated by ';' (neo4j-admin's defaults). RFC 4180 quoting.
Status WriteNeo4jCsv(const Subgraph& graph, std::ostream& nodes_out, std::ostream& edges_out);

// The parts of the self-contained HTML page that are not the graph: `page_template` holds the
// markers @DOSSIER_TITLE@, /*@DOSSIER_LIBRARY@*/, /*@DOSSIER_VIEW@*/ and /*@DOSSIER_GRAPH@*/, in
// this order, which are replaced by the title, the graph-drawing library's JavaScript, the
// project's drawing code (tools/html/graph_view.js) and the Cytoscape.js JSON of the graph.
struct HtmlAssets {
    std::string_view page_template;
    std::string_view library_js;
    std::string_view view_js;
};
// Parallel edges are merged first (parallel_edges.h): the page draws each as one edge.
Status WriteHtml(const Subgraph& graph, const HtmlAssets& assets, std::string_view title,
                 std::ostream& out);

}  // namespace dossier::graph
