// Connections: every relationship of the entity but MENTIONED_IN, and the entities most often
// mentioned in the same articles.
#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "tools/report/report_context.h"

namespace dossier::report {

namespace {

// Co-mentioned entities the report lists at most.
constexpr size_t kCoMentionsShown = 15;

// Relationship types shown in sections of their own, summarised in the table.
bool IsStatementType(const std::string& type) {
    return type == "SAID" || type == "ABOUT" || type == "PARTICIPATED_IN";
}

Status CollectRelationships(ReportContext* context, EntityReport* report) {
    const graph::GraphReader& reader = context->reader();
    // Row key -> index in report->connections.
    std::map<std::tuple<std::string, bool, std::string, bool, std::string>, size_t> rows;
    auto it = reader.Adjacent(report->id, graph::Direction::kBoth);
    for (; it->Valid(); it->Next()) {
        if (it->entry().type == "MENTIONED_IN") continue;
        DOSSIER_ASSIGN_OR_RETURN(graph::Edge edge, reader.GetEdge(it->entry().edge));
        Connection c;
        std::vector<Evidence> evidences;
        for (Evidence& e : EvidencesOf(edge.properties)) {
            if (context->InRange(e.article)) evidences.push_back(std::move(e));
        }
        if (evidences.empty()) continue;
        c.evidence = std::move(evidences.front());
        c.more.assign(std::make_move_iterator(evidences.begin() + 1),
                      std::make_move_iterator(evidences.end()));
        DOSSIER_ASSIGN_OR_RETURN(graph::Node other, reader.GetNode(it->entry().neighbour));
        c.type = edge.type;
        c.outgoing = it->entry().direction == graph::Direction::kOut;
        c.other = graph::NodeCaption(other);
        c.other_label = FirstLabel(other);
        c.negated = BoolProperty(edge.properties, "negated");
        c.attributed_to = TextProperty(edge.properties, "attributed_to");
        const bool statement = IsStatementType(c.type);
        const auto key =
            std::make_tuple(c.type, c.outgoing, statement ? "" : std::to_string(other.id),
                            c.negated, c.attributed_to);
        auto [row, added] = rows.emplace(key, report->connections.size());
        if (added) {
            report->connections.push_back(std::move(c));
        } else {
            auto& more = report->connections[row->second].more;
            more.push_back(std::move(c.evidence));
            more.insert(more.end(), std::make_move_iterator(c.more.begin()),
                        std::make_move_iterator(c.more.end()));
        }
    }
    DOSSIER_RETURN_IF_ERROR(it->status());
    for (Connection& c : report->connections) {
        if (IsStatementType(c.type) && c.count() > 1) {
            c.other.clear();  // many nodes: the type's count and the label say it
        }
    }
    // Facts first, grouped by type; then the statement summaries.
    std::stable_sort(report->connections.begin(), report->connections.end(),
                     [](const Connection& a, const Connection& b) {
                         const bool sa = IsStatementType(a.type);
                         const bool sb = IsStatementType(b.type);
                         if (sa != sb) return sb;
                         return a.type < b.type;
                     });
    return Status::OK();
}

Status CollectCoMentions(ReportContext* context, EntityReport* report) {
    const graph::GraphReader& reader = context->reader();
    std::map<graph::NodeId, size_t> counts;
    auto articles =
        reader.Adjacent(report->id, graph::Direction::kOut, std::string_view("MENTIONED_IN"));
    std::set<graph::NodeId> seen_articles;
    for (; articles->Valid(); articles->Next()) {
        const graph::NodeId article = articles->entry().neighbour;
        if (!seen_articles.insert(article).second) continue;
        DOSSIER_ASSIGN_OR_RETURN(graph::Node node, reader.GetNode(article));
        if (!context->InRange(TextProperty(node.properties, "key"))) continue;
        std::set<graph::NodeId> here;
        auto others =
            reader.Adjacent(article, graph::Direction::kIn, std::string_view("MENTIONED_IN"));
        for (; others->Valid(); others->Next()) {
            const graph::NodeId other = others->entry().neighbour;
            if (other != report->id && here.insert(other).second) ++counts[other];
        }
        DOSSIER_RETURN_IF_ERROR(others->status());
    }
    DOSSIER_RETURN_IF_ERROR(articles->status());
    std::vector<std::pair<graph::NodeId, size_t>> ranked(counts.begin(), counts.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    if (ranked.size() > kCoMentionsShown) ranked.resize(kCoMentionsShown);
    for (const auto& [id, count] : ranked) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node node, reader.GetNode(id));
        report->co_mentions.push_back({graph::NodeCaption(node), FirstLabel(node), count});
    }
    return Status::OK();
}

}  // namespace

Status CollectConnections(ReportContext* context, EntityReport* report) {
    DOSSIER_RETURN_IF_ERROR(CollectRelationships(context, report));
    return CollectCoMentions(context, report);
}

}  // namespace dossier::report
