// JSON Lines in the layout of APOC's apoc.export.json: ids are strings, one element per line.
#include <string>

#include "graph/export/exporters.h"
#include "graph/export/json_value.h"

namespace dossier::graph {

namespace {

using nlohmann::ordered_json;

std::string Dump(const ordered_json& json) {
    return json.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

ordered_json EndOf(const Subgraph& graph, NodeId id) {
    ordered_json end = ordered_json::object();
    end["id"] = IdText(id);
    end["labels"] = graph.FindNode(id)->labels;
    return end;
}

}  // namespace

Status WriteJsonLines(const Subgraph& graph, std::ostream& out) {
    for (const Node& n : graph.nodes()) {
        ordered_json line = ordered_json::object();
        line["type"] = "node";
        line["id"] = IdText(n.id);
        line["labels"] = n.labels;
        line["properties"] = PropertiesToJson(n.properties);
        out << Dump(line) << "\n";
    }
    for (const Edge& e : graph.edges()) {
        ordered_json line = ordered_json::object();
        line["type"] = "relationship";
        line["id"] = IdText(e.id);
        line["label"] = e.type;
        line["properties"] = PropertiesToJson(e.properties);
        line["start"] = EndOf(graph, e.src);
        line["end"] = EndOf(graph, e.dst);
        out << Dump(line) << "\n";
    }
    out.flush();
    if (!out) return Status::IOError("could not write the JSON Lines output");
    return Status::OK();
}

}  // namespace dossier::graph
