// Graphviz DOT. Node and edge ids are quoted strings ("n<id>"); every text goes through DotQuote.
#include <string>

#include "graph/export/exporters.h"
#include "graph/export/label_style.h"

namespace dossier::graph {

namespace {

// A DOT double-quoted string. A backslash is doubled so that escString sequences (\N, \G, \l)
// cannot be injected by data; newlines become \n (a centred line break).
std::string DotQuote(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                break;
            default:
                out += c;
        }
    }
    return out + "\"";
}

std::string Tooltip(const std::string& head, const PropertyMap& properties) {
    std::string s = head;
    for (const auto& [key, value] : properties) s += "\n" + key + ": " + PlainText(value);
    return s;
}

}  // namespace

Status WriteDot(const Subgraph& graph, std::ostream& out) {
    out << "digraph dossier {\n"
           "  graph [overlap=false, splines=true];\n"
           "  node [style=filled, fontname=\"Helvetica\", fontsize=10];\n"
           "  edge [fontname=\"Helvetica\", fontsize=8];\n";
    for (const Node& n : graph.nodes()) {
        const LabelStyle style = StyleForLabels(n.labels);
        std::string labels;
        for (const std::string& l : n.labels) labels += ":" + l;
        out << "  " << DotQuote("n" + std::to_string(n.id))
            << " [label=" << DotQuote(NodeCaption(n) + "\n" + labels)
            << ", shape=" << style.dot_shape << ", fillcolor=" << DotQuote(style.colour)
            << ", tooltip=" << DotQuote(Tooltip(labels, n.properties)) << "];\n";
    }
    for (const Edge& e : graph.edges()) {
        out << "  " << DotQuote("n" + std::to_string(e.src)) << " -> "
            << DotQuote("n" + std::to_string(e.dst)) << " [label=" << DotQuote(e.type)
            << ", tooltip=" << DotQuote(Tooltip(e.type, e.properties)) << "];\n";
    }
    out << "}\n";
    out.flush();
    if (!out) return Status::IOError("could not write the DOT output");
    return Status::OK();
}

}  // namespace dossier::graph
