// CSV in the layout `neo4j-admin database import` reads (header types :ID, :LABEL, :START_ID,
// :END_ID, :TYPE and key:long / key:double / key:boolean / key:date / key:string[] ...).
#include <string>
#include <vector>

#include "graph/export/csv_field.h"
#include "graph/export/exporters.h"
#include "graph/export/label_style.h"
#include "graph/export/property_schema.h"

namespace dossier::graph {

namespace {

const char* Neo4jType(PropertyType type) {
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

std::string HeaderOf(const PropertyColumn& c) {
    std::string h = c.key + ":";
    if (c.type == PropertyType::kList) return h + Neo4jType(c.element_type) + "[]";
    return h + Neo4jType(c.type);
}

std::string Cell(const Value& value, const PropertyColumn& c) {
    if (value.is_null()) return "";
    if (c.type == PropertyType::kFloat && value.is_number()) {
        return Value(value.as_number()).ToCypher();
    }
    if (c.type == PropertyType::kList && value.is_list()) {
        std::string s;
        for (const Value& element : value.as_list()) {
            if (!s.empty()) s += ';';
            s += PlainText(element);
        }
        return s;
    }
    return PlainText(value);
}

void WriteProperties(const PropertyMap& properties, const std::vector<PropertyColumn>& cols,
                     std::ostream& out) {
    for (const PropertyColumn& c : cols) {
        auto it = properties.find(c.key);
        out << ',' << (it == properties.end() ? "" : CsvField(Cell(it->second, c)));
    }
}

}  // namespace

Status WriteNeo4jCsv(const Subgraph& graph, std::ostream& nodes_out, std::ostream& edges_out) {
    const std::vector<Edge> edges = graph.edges();
    std::vector<const PropertyMap*> node_maps, edge_maps;
    for (const Node& n : graph.nodes()) node_maps.push_back(&n.properties);
    for (const Edge& e : edges) edge_maps.push_back(&e.properties);
    const std::vector<PropertyColumn> node_cols = InferColumns(node_maps);
    const std::vector<PropertyColumn> edge_cols = InferColumns(edge_maps);

    nodes_out << ":ID,:LABEL";
    for (const PropertyColumn& c : node_cols) nodes_out << ',' << CsvField(HeaderOf(c));
    nodes_out << "\n";
    for (const Node& n : graph.nodes()) {
        std::string labels;
        for (const std::string& l : n.labels) labels += (labels.empty() ? "" : ";") + l;
        nodes_out << n.id << ',' << CsvField(labels);
        WriteProperties(n.properties, node_cols, nodes_out);
        nodes_out << "\n";
    }
    edges_out << ":START_ID,:END_ID,:TYPE";
    for (const PropertyColumn& c : edge_cols) edges_out << ',' << CsvField(HeaderOf(c));
    edges_out << "\n";
    for (const Edge& e : edges) {
        edges_out << e.src << ',' << e.dst << ',' << CsvField(e.type);
        WriteProperties(e.properties, edge_cols, edges_out);
        edges_out << "\n";
    }
    nodes_out.flush();
    edges_out.flush();
    if (!nodes_out || !edges_out) return Status::IOError("could not write the CSV output");
    return Status::OK();
}

}  // namespace dossier::graph
