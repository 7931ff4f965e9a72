// db.labels(), db.relationshipTypes(), db.propertyKeys(), db.indexes(): what the graph contains;
// db.lookup(name [, limit]): nodes found by any of their names (graph/name_lookup.h).
#include <set>

#include "graph/name_lookup.h"
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

// Rows of db.lookup when no limit is given.
constexpr int64_t kDefaultLookupRows = 10;

Result<ProcedureRows> Lookup(const graph::GraphReader& reader,
                             const std::vector<graph::Value>& args) {
    if (!args[0].is_string()) {
        return Status(Status::Code::kTypeError,
                      "db.lookup: argument 1 must be the name to look up (a string), got " +
                          args[0].ToCypher(),
                      "InvalidArgumentType");
    }
    int64_t limit = kDefaultLookupRows;
    if (args.size() > 1 && !args[1].is_null()) {
        if (!args[1].is_int() || args[1].as_int() < 0) {
            return Status(Status::Code::kTypeError,
                          "db.lookup: argument 2 must be the number of rows (an integer >= 0), "
                          "got " +
                              args[1].ToCypher(),
                          "InvalidArgumentType");
        }
        limit = args[1].as_int();
    }
    ProcedureRows rows;
    for (const graph::NameMatch& m :
         graph::LookupName(reader, args[0].as_string(), static_cast<size_t>(limit))) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node n, reader.GetNode(m.node));
        rows.push_back({graph::MakeNodeValue(std::move(n)), graph::Value(m.score)});
    }
    return rows;
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
        {"db.lookup", {"node", "score"}, 1, 2, Lookup},
        {"db.indexes", {"name", "label", "property"}, 0, 0, Indexes},
    };
    return procs;
}

}  // namespace dossier::query::procedures
