// The header's offices and countries: LEADER_OF / OFFICIAL_OF relationships (with `former`),
// the countries they are of, or the country a place is located in.
#include <algorithm>

#include "tools/report/report_context.h"

namespace dossier::report {

namespace {

void AddOnce(std::vector<std::string>* list, const std::string& item) {
    if (!item.empty() && std::find(list->begin(), list->end(), item) == list->end()) {
        list->push_back(item);
    }
}

}  // namespace

Status CollectOffices(ReportContext* context, EntityReport* report) {
    const graph::GraphReader& reader = context->reader();
    for (const char* type : {"LEADER_OF", "OFFICIAL_OF", "LOCATED_IN"}) {
        auto it = reader.Adjacent(report->id, graph::Direction::kOut, std::string_view(type));
        for (; it->Valid(); it->Next()) {
            DOSSIER_ASSIGN_OR_RETURN(graph::Edge edge, reader.GetEdge(it->entry().edge));
            DOSSIER_ASSIGN_OR_RETURN(graph::Node other, reader.GetNode(it->entry().neighbour));
            Office office;
            office.evidence = EvidenceOf(edge.properties);
            if (!context->InRange(office.evidence.article)) continue;
            if (other.HasLabel("Country")) AddOnce(&report->countries, graph::NodeCaption(other));
            if (edge.type == "LOCATED_IN") continue;
            office.type = edge.type;
            office.title = TextProperty(edge.properties, "title");
            office.of = graph::NodeCaption(other);
            office.former = BoolProperty(edge.properties, "former");
            office.attributed_to = TextProperty(edge.properties, "attributed_to");
            AddOnce(&report->titles, office.title);
            // One office named in several sentences is listed once, with its first evidence.
            const bool known =
                std::any_of(report->offices.begin(), report->offices.end(), [&](const Office& o) {
                    return o.type == office.type && o.title == office.title && o.of == office.of &&
                           o.former == office.former && o.attributed_to == office.attributed_to;
                });
            if (!known) report->offices.push_back(std::move(office));
        }
        DOSSIER_RETURN_IF_ERROR(it->status());
    }
    return Status::OK();
}

}  // namespace dossier::report
