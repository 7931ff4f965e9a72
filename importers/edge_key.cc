#include "importers/edge_key.h"

#include "importers/state_fact.h"

namespace dossier::importers {
namespace {

std::string Text(const graph::Edge& e, const char* key) {
    const graph::Value* v = e.Find(key);
    if (!v) return "";
    if (v->is_string()) return v->as_string();
    if (v->is_int()) return std::to_string(v->as_int());
    return "";
}

}  // namespace

std::string EdgeKey(const graph::Edge& edge) {
    if (edge.type == "MENTIONED_IN") return Text(edge, "article");
    if (IsStateFact(edge.type)) return StateFactKey(edge.properties);
    std::string key = Text(edge, "article") + "#" + Text(edge, "sentence");
    if (edge.type == "PARTICIPATED_IN") key += "#" + Text(edge, "role");
    return key;
}

graph::EdgeId ImportedEdgeId(const graph::Edge& edge) {
    return graph::FactEdgeId(edge.src, edge.type, edge.dst, EdgeKey(edge));
}

}  // namespace dossier::importers
