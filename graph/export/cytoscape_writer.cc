// Cytoscape.js JSON (the elements layout of cy.json(), which Cytoscape desktop imports too).
#include <set>
#include <string>

#include "graph/export/exporters.h"
#include "graph/export/json_value.h"
#include "graph/export/label_style.h"

namespace dossier::graph {

namespace {

using nlohmann::ordered_json;

void AddProperties(const PropertyMap& properties, const std::set<std::string>& reserved,
                   ordered_json* data) {
    for (const auto& [key, value] : properties) {
        const std::string name = reserved.count(key) ? "property_" + key : key;
        (*data)[name] = ValueToJson(value);
    }
}

ordered_json CytoscapeJson(const Subgraph& graph) {
    static const std::set<std::string> kNodeFields = {"id", "caption", "labels", "colour",
                                                      "parent"};
    static const std::set<std::string> kEdgeFields = {"id", "source", "target", "type"};
    ordered_json nodes = ordered_json::array();
    for (const Node& n : graph.nodes()) {
        ordered_json data = ordered_json::object();
        data["id"] = "n" + std::to_string(n.id);
        data["caption"] = NodeCaption(n);
        data["labels"] = n.labels;
        data["colour"] = StyleForLabels(n.labels).colour;
        AddProperties(n.properties, kNodeFields, &data);
        nodes.push_back({{"data", std::move(data)}});
    }
    ordered_json edges = ordered_json::array();
    for (const Edge& e : graph.edges()) {
        ordered_json data = ordered_json::object();
        data["id"] = "e" + std::to_string(e.id);
        data["source"] = "n" + std::to_string(e.src);
        data["target"] = "n" + std::to_string(e.dst);
        data["type"] = e.type;
        AddProperties(e.properties, kEdgeFields, &data);
        edges.push_back({{"data", std::move(data)}});
    }
    ordered_json root = ordered_json::object();
    root["elements"] = {{"nodes", std::move(nodes)}, {"edges", std::move(edges)}};
    return root;
}

}  // namespace

std::string CytoscapeJsonText(const Subgraph& graph, bool for_script) {
    const ordered_json json = CytoscapeJson(graph);
    if (for_script) return DumpForScript(json);
    return json.dump(1, ' ', false, ordered_json::error_handler_t::replace);
}

Status WriteCytoscapeJson(const Subgraph& graph, std::ostream& out) {
    out << CytoscapeJsonText(graph, false) << "\n";
    out.flush();
    if (!out) return Status::IOError("could not write the Cytoscape.js JSON output");
    return Status::OK();
}

}  // namespace dossier::graph
