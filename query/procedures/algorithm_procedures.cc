// Graph algorithms as procedures, computed by Boost.Graph over a projection of the store
// (graph/boost_view.h): algo.pageRank, algo.betweenness, algo.degree and
// algo.connectedComponents. Each takes optional (label, relationshipType) arguments that restrict
// the projection to nodes of that label and edges of that type (null or absent: all), and yields
// `node, score` (or `node, component`).
#include "graph/boost_view.h"
#include "query/procedures/procedure.h"

namespace dossier::query::procedures {

namespace {

Result<std::optional<std::string>> OptionalName(const std::vector<graph::Value>& args, size_t i) {
    if (args.size() <= i || args[i].is_null()) return std::optional<std::string>();
    if (!args[i].is_string()) {
        return Status(Status::Code::kTypeError,
                      "procedure argument " + std::to_string(i + 1) +
                          " must be a label or relationship type name, got " + args[i].ToCypher(),
                      "InvalidArgumentType");
    }
    return std::optional<std::string>(args[i].as_string());
}

Result<graph::ProjectionSpec> SpecFrom(const std::vector<graph::Value>& args) {
    graph::ProjectionSpec spec;
    spec.with_properties = false;
    DOSSIER_ASSIGN_OR_RETURN(auto label, OptionalName(args, 0));
    DOSSIER_ASSIGN_OR_RETURN(auto type, OptionalName(args, 1));
    if (label) spec.labels.push_back(*label);
    if (type) spec.types.push_back(*type);
    return spec;
}

// One row per node: the whole node, then its result.
template <typename Number>
Result<ProcedureRows> Rows(const graph::GraphReader& reader,
                           const std::vector<std::pair<graph::NodeId, Number>>& results) {
    ProcedureRows rows;
    rows.reserve(results.size());
    for (const auto& [id, value] : results) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node n, reader.GetNode(id));
        rows.push_back({graph::MakeNodeValue(std::move(n)), graph::Value(value)});
    }
    return rows;
}

Result<ProcedureRows> PageRank(const graph::GraphReader& reader,
                               const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(graph::ProjectionSpec spec, SpecFrom(args));
    DOSSIER_ASSIGN_OR_RETURN(graph::NodeScores scores, graph::PageRank(reader, spec));
    return Rows(reader, scores);
}

Result<ProcedureRows> Betweenness(const graph::GraphReader& reader,
                                  const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(graph::ProjectionSpec spec, SpecFrom(args));
    DOSSIER_ASSIGN_OR_RETURN(graph::NodeScores scores, graph::Betweenness(reader, spec));
    return Rows(reader, scores);
}

Result<ProcedureRows> Degree(const graph::GraphReader& reader,
                             const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(graph::ProjectionSpec spec, SpecFrom(args));
    DOSSIER_ASSIGN_OR_RETURN(graph::NodeScores scores, graph::DegreeCentrality(reader, spec));
    return Rows(reader, scores);
}

Result<ProcedureRows> Components(const graph::GraphReader& reader,
                                 const std::vector<graph::Value>& args) {
    DOSSIER_ASSIGN_OR_RETURN(graph::ProjectionSpec spec, SpecFrom(args));
    DOSSIER_ASSIGN_OR_RETURN(auto components, graph::ConnectedComponents(reader, spec));
    return Rows(reader, components);
}

}  // namespace

const std::vector<Procedure>& AlgorithmProcedures() {
    static const std::vector<Procedure> procs = {
        {"algo.pagerank", {"node", "score"}, 0, 2, PageRank},
        {"algo.betweenness", {"node", "score"}, 0, 2, Betweenness},
        {"algo.degree", {"node", "score"}, 0, 2, Degree},
        {"algo.connectedcomponents", {"node", "component"}, 0, 2, Components},
    };
    return procs;
}

}  // namespace dossier::query::procedures
