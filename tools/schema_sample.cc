#include "tools/schema_sample.h"

#include <algorithm>
#include <cctype>

namespace dossier::cli {

SchemaSample SampleSchema(const graph::GraphReader& reader, size_t limit) {
    SchemaSample s;
    s.labels = reader.Labels();
    s.edge_types = reader.EdgeTypes();
    for (auto it = reader.ScanNodes(); it->Valid() && s.nodes_sampled < limit; it->Next()) {
        auto node = reader.GetNode(it->id());
        if (!node.ok()) continue;
        ++s.nodes_sampled;
        for (const auto& [key, value] : node->properties) ++s.node_keys[key];
    }
    for (auto it = reader.ScanEdges(); it->Valid() && s.edges_sampled < limit; it->Next()) {
        auto edge = reader.GetEdge(it->id());
        if (!edge.ok()) continue;
        ++s.edges_sampled;
        for (const auto& [key, value] : edge->properties) ++s.edge_keys[key];
    }
    return s;
}

}  // namespace dossier::cli
