// GEXF 1.3, the format Gephi reads natively (http://gexf.net/1.3).
#include <cstdio>
#include <string>
#include <vector>

#include "graph/export/exporters.h"
#include "graph/export/json_value.h"
#include "graph/export/label_style.h"
#include "graph/export/property_schema.h"
#include "graph/export/xml_text.h"

namespace dossier::graph {

namespace {

const char* GexfType(PropertyType type) {
    switch (type) {
        case PropertyType::kBool:
            return "boolean";
        case PropertyType::kInt:
            return "long";
        case PropertyType::kFloat:
            return "double";
        case PropertyType::kDate:
            return "date";
        default:
            return "string";
    }
}

// Attribute 0 of each class holds the labels (nodes) or the type (edges); properties follow.
void WriteAttributes(const char* cls, const char* first, const std::vector<PropertyColumn>& cols,
                     std::ostream& out) {
    out << "    <attributes class=\"" << cls << "\">\n"
        << "      <attribute id=\"0\" title=\"" << first << "\" type=\"string\"/>\n";
    for (size_t i = 0; i < cols.size(); ++i) {
        out << "      <attribute id=\"" << i + 1 << "\" title=\"" << XmlEscape(cols[i].key)
            << "\" type=\"" << GexfType(cols[i].type) << "\"/>\n";
    }
    out << "    </attributes>\n";
}

std::string AttText(const Value& value, PropertyType type) {
    if (type == PropertyType::kFloat && value.is_number())
        return Value(value.as_number()).ToCypher();
    if (value.is_list()) {
        return ValueToJson(value).dump(-1, ' ', false,
                                       nlohmann::ordered_json::error_handler_t::replace);
    }
    return PlainText(value);
}

void WriteAttValues(const std::string& first, const PropertyMap& properties,
                    const std::vector<PropertyColumn>& cols, std::ostream& out) {
    out << "<attvalues><attvalue for=\"0\" value=\"" << XmlEscape(first) << "\"/>";
    for (size_t i = 0; i < cols.size(); ++i) {
        auto it = properties.find(cols[i].key);
        if (it == properties.end() || it->second.is_null()) continue;
        out << "<attvalue for=\"" << i + 1 << "\" value=\""
            << XmlEscape(AttText(it->second, cols[i].type)) << "\"/>";
    }
    out << "</attvalues>";
}

std::string JoinLabels(const Node& node) {
    std::string s;
    for (const std::string& l : node.labels) s += (s.empty() ? "" : ";") + l;
    return s;
}

void WriteColour(const std::string& hex, std::ostream& out) {
    unsigned r = 0, g = 0, b = 0;
    std::sscanf(hex.c_str(), "#%02x%02x%02x", &r, &g, &b);
    out << "<viz:color r=\"" << r << "\" g=\"" << g << "\" b=\"" << b << "\"/>";
}

}  // namespace

Status WriteGexf(const Subgraph& graph, std::ostream& out) {
    const std::vector<Edge> edges = graph.edges();
    std::vector<const PropertyMap*> node_maps, edge_maps;
    for (const Node& n : graph.nodes()) node_maps.push_back(&n.properties);
    for (const Edge& e : edges) edge_maps.push_back(&e.properties);
    const std::vector<PropertyColumn> node_cols = InferColumns(node_maps);
    const std::vector<PropertyColumn> edge_cols = InferColumns(edge_maps);

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\" "
           "version=\"1.3\">\n"
           "  <meta><creator>Dossier</creator><description>A subgraph of a Dossier knowledge "
           "graph</description></meta>\n"
           "  <graph defaultedgetype=\"directed\" mode=\"static\">\n";
    WriteAttributes("node", "labels", node_cols, out);
    WriteAttributes("edge", "type", edge_cols, out);
    out << "    <nodes>\n";
    for (const Node& n : graph.nodes()) {
        out << "      <node id=\"n" << n.id << "\" label=\"" << XmlEscape(NodeCaption(n)) << "\">";
        WriteAttValues(JoinLabels(n), n.properties, node_cols, out);
        WriteColour(StyleForLabels(n.labels).colour, out);
        out << "</node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    for (const Edge& e : edges) {
        out << "      <edge id=\"e" << e.id << "\" source=\"n" << e.src << "\" target=\"n" << e.dst
            << "\" label=\"" << XmlEscape(e.type) << "\">";
        WriteAttValues(e.type, e.properties, edge_cols, out);
        out << "</edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
    out.flush();
    if (!out) return Status::IOError("could not write the GEXF output");
    return Status::OK();
}

}  // namespace dossier::graph
