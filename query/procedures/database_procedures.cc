// db.labels(), db.relationshipTypes(), db.propertyKeys(), db.indexes(): what the graph contains.
#include <set>

#include "query/procedures/procedure.h"

namespace dossier::query::procedures {

namespace {

ProcedureRows OneColumn(const std::vector<std::string>& values) {
    ProcedureRows rows;
    for (const auto& v : values) rows.push_back({graph::Value(v)});
    return rows;
}

Result<ProcedureRows> Labels(const graph::GraphReader& reader, const std::vector<graph::Value>&) {
    return OneColumn(reader.Labels());
}

Result<ProcedureRows> RelationshipTypes(const graph::GraphReader& reader,
                                        const std::vector<graph::Value>&) {
    return OneColumn(reader.EdgeTypes());
}

// The store keeps no key catalogue, so this reads every node and edge once.
Result<ProcedureRows> PropertyKeys(const graph::GraphReader& reader,
                                   const std::vector<graph::Value>&) {
    std::set<std::string> keys;
    auto nodes = reader.ScanNodes();
    for (; nodes->Valid(); nodes->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node n, reader.GetNode(nodes->id()));
        for (const auto& [k, v] : n.properties) keys.insert(k);
    }
    DOSSIER_RETURN_IF_ERROR(nodes->status());
    auto edges = reader.ScanEdges();
    for (; edges->Valid(); edges->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Edge e, reader.GetEdge(edges->id()));
        for (const auto& [k, v] : e.properties) keys.insert(k);
    }
    DOSSIER_RETURN_IF_ERROR(edges->status());
    return OneColumn(std::vector<std::string>(keys.begin(), keys.end()));
}

// One row per property index: its name, label and property.
Result<ProcedureRows> Indexes(const graph::GraphReader& reader, const std::vector<graph::Value>&) {
    ProcedureRows rows;
    for (const auto& index : reader.Indexes()) {
        rows.push_back(
            {graph::Value(index.name), graph::Value(index.label), graph::Value(index.property)});
    }
    return rows;
}

}  // namespace

const std::vector<Procedure>& DatabaseProcedures() {
    static const std::vector<Procedure> procs = {
        {"db.labels", {"label"}, 0, 0, Labels},
        {"db.relationshiptypes", {"relationshipType"}, 0, 0, RelationshipTypes},
        {"db.propertykeys", {"propertyKey"}, 0, 0, PropertyKeys},
        {"db.indexes", {"name", "label", "property"}, 0, 0, Indexes},
    };
    return procs;
}

}  // namespace dossier::query::procedures
