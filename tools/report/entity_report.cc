#include "tools/report/entity_report.h"

#include "tools/report/report_context.h"

namespace dossier::report {

Result<EntityReport> CollectEntityReport(const graph::GraphReader& reader, graph::NodeId id,
                                         const ReportOptions& options) {
    DOSSIER_ASSIGN_OR_RETURN(graph::Node node, reader.GetNode(id));
    EntityReport report;
    report.id = id;
    report.name = graph::NodeCaption(node);
    report.label = FirstLabel(node);
    auto aliases = node.properties.find("aliases");
    if (aliases != node.properties.end() && aliases->second.is_list()) {
        for (const graph::Value& v : aliases->second.as_list()) {
            if (v.is_string()) report.aliases.push_back(v.as_string());
        }
    }
    const std::string title = TextProperty(node.properties, "title");
    if (!title.empty()) report.titles.push_back(title);
    ReportContext context(reader, options);
    DOSSIER_RETURN_IF_ERROR(CollectOffices(&context, &report));
    DOSSIER_RETURN_IF_ERROR(CollectStatements(&context, &report));
    DOSSIER_RETURN_IF_ERROR(CollectConnections(&context, &report));
    DOSSIER_RETURN_IF_ERROR(CollectSources(&context, &report));
    DOSSIER_RETURN_IF_ERROR(CollectGraph(&context, &report));
    return report;
}

}  // namespace dossier::report
