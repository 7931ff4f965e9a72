// GraphML in the layout APOC's export.graphml uses: labels and relationship types as data keys.
#include <string>
#include <vector>

#include "graph/export/exporters.h"
#include "graph/export/json_value.h"
#include "graph/export/label_style.h"
#include "graph/export/property_schema.h"
#include "graph/export/xml_text.h"

namespace dossier::graph {

namespace {

const char* GraphMLType(PropertyType type) {
    switch (type) {
        case PropertyType::kBool:
            return "boolean";
        case PropertyType::kInt:
            return "long";
        case PropertyType::kFloat:
            return "double";
        default:
            return "string";
    }
}

// The text of `value` in a column of `type`. Lists are written as JSON arrays, as APOC does.
// Booleans are written 1/0: both forms are valid xsd:boolean, and Boost's read_graphml rejects
// "true"/"false" (it converts with lexical_cast<bool>).
std::string GraphMLText(const Value& value, PropertyType type) {
    if (type == PropertyType::kBool && value.is_bool()) return value.as_bool() ? "1" : "0";
    if (type == PropertyType::kFloat && value.is_number())
        return Value(value.as_number()).ToCypher();
    if (value.is_list())
        return ValueToJson(value).dump(-1, ' ', false,
                                       nlohmann::ordered_json::error_handler_t::replace);
    return PlainText(value);
}

std::string Labels(const Node& node) {
    std::string s;
    for (const std::string& l : node.labels) s += ":" + l;
    return s;
}

// Key ids are d0, d1, ... so that a node key and an edge key of the same name never clash; tools
// match keys by attr.name.
struct KeyTable {
    std::vector<PropertyColumn> columns;
    std::vector<std::string> ids;
};

void WriteKeys(const char* domain, const std::vector<PropertyColumn>& columns, int* next_id,
               KeyTable* table, std::ostream& out) {
    table->columns = columns;
    for (const PropertyColumn& c : columns) {
        const std::string id = "d" + std::to_string((*next_id)++);
        table->ids.push_back(id);
        out << "  <key id=\"" << id << "\" for=\"" << domain << "\" attr.name=\""
            << XmlEscape(c.key) << "\" attr.type=\"" << GraphMLType(c.type) << "\"/>\n";
    }
}

void WriteData(const PropertyMap& properties, const KeyTable& table, std::ostream& out) {
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const Value* v = nullptr;
        auto it = properties.find(table.columns[i].key);
        if (it != properties.end()) v = &it->second;
        if (v == nullptr || v->is_null()) continue;
        out << "<data key=\"" << table.ids[i] << "\">"
            << XmlEscape(GraphMLText(*v, table.columns[i].type)) << "</data>";
    }
}

std::vector<PropertyColumn> Without(std::vector<PropertyColumn> columns, const char* reserved) {
    std::erase_if(columns, [&](const PropertyColumn& c) { return c.key == reserved; });
    return columns;
}

}  // namespace

Status WriteGraphML(const Subgraph& graph, std::ostream& out) {
    const std::vector<Edge> edges = graph.edges();
    std::vector<const PropertyMap*> node_maps, edge_maps;
    for (const Node& n : graph.nodes()) node_maps.push_back(&n.properties);
    for (const Edge& e : edges) edge_maps.push_back(&e.properties);

    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
           "  <key id=\"labels\" for=\"node\" attr.name=\"labels\" attr.type=\"string\"/>\n"
           "  <key id=\"label\" for=\"edge\" attr.name=\"label\" attr.type=\"string\"/>\n";
    // A property named like the reserved keys would make a second key of the same name.
    int next_id = 0;
    KeyTable node_keys, edge_keys;
    WriteKeys("node", Without(InferColumns(node_maps), "labels"), &next_id, &node_keys, out);
    WriteKeys("edge", Without(InferColumns(edge_maps), "label"), &next_id, &edge_keys, out);
    out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
    for (const Node& n : graph.nodes()) {
        out << "    <node id=\"n" << n.id << "\" labels=\"" << XmlEscape(Labels(n))
            << "\"><data key=\"labels\">" << XmlEscape(Labels(n)) << "</data>";
        WriteData(n.properties, node_keys, out);
        out << "</node>\n";
    }
    for (const Edge& e : edges) {
        out << "    <edge id=\"e" << e.id << "\" source=\"n" << e.src << "\" target=\"n" << e.dst
            << "\" label=\"" << XmlEscape(e.type) << "\"><data key=\"label\">" << XmlEscape(e.type)
            << "</data>";
        WriteData(e.properties, edge_keys, out);
        out << "</edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
    out.flush();
    if (!out) return Status::IOError("could not write the GraphML output");
    return Status::OK();
}

}  // namespace dossier::graph
