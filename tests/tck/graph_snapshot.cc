#include "tests/tck/graph_snapshot.h"

#include <algorithm>
#include <iterator>

namespace dossier::tck {
namespace {

template <typename Set>
int64_t Missing(const Set& from, const Set& in) {
    int64_t n = 0;
    for (const auto& x : from) n += in.count(x) == 0 ? 1 : 0;
    return n;
}

}  // namespace

Result<GraphSnapshot> TakeSnapshot(const graph::GraphReader& reader) {
    GraphSnapshot s;
    for (auto it = reader.ScanNodes(); it->Valid(); it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node n, reader.GetNode(it->id()));
        s.nodes.insert(n.id);
        s.labels.insert(n.labels.begin(), n.labels.end());
        for (const auto& [k, v] : n.properties) s.properties.emplace('n', n.id, k, v.ToCypher());
    }
    for (auto it = reader.ScanEdges(); it->Valid(); it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Edge e, reader.GetEdge(it->id()));
        s.relationships.insert(e.id);
        for (const auto& [k, v] : e.properties) s.properties.emplace('r', e.id, k, v.ToCypher());
    }
    return s;
}

std::map<std::string, int64_t> SideEffects(const GraphSnapshot& before,
                                           const GraphSnapshot& after) {
    return {
        {"+nodes", Missing(after.nodes, before.nodes)},
        {"-nodes", Missing(before.nodes, after.nodes)},
        {"+relationships", Missing(after.relationships, before.relationships)},
        {"-relationships", Missing(before.relationships, after.relationships)},
        {"+labels", Missing(after.labels, before.labels)},
        {"-labels", Missing(before.labels, after.labels)},
        {"+properties", Missing(after.properties, before.properties)},
        {"-properties", Missing(before.properties, after.properties)},
    };
}

}  // namespace dossier::tck
