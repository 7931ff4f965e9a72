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

std::vector<std::string> CollectNames(const graph::GraphReader& reader, size_t limit) {
    std::vector<std::string> names;
    size_t seen = 0;
    for (auto it = reader.ScanNodes(); it->Valid() && seen < limit; it->Next(), ++seen) {
        auto node = reader.GetNode(it->id());
        if (!node.ok()) continue;
        const graph::Value* name = node->Find("name");
        if (name != nullptr && name->is_string()) names.push_back(name->as_string());
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

std::vector<std::string> NamesWithPrefix(const std::vector<std::string>& names,
                                         std::string_view prefix, size_t max) {
    std::vector<std::string> out;
    for (const std::string& name : names) {
        if (name.size() < prefix.size()) continue;
        bool match = true;
        for (size_t i = 0; i < prefix.size() && match; ++i) {
            match = std::tolower(static_cast<unsigned char>(name[i])) ==
                    std::tolower(static_cast<unsigned char>(prefix[i]));
        }
        if (match) out.push_back(name);
        if (out.size() >= max) break;
    }
    return out;
}

}  // namespace dossier::cli
