#include "tools/report/report_candidates.h"

#include <algorithm>

#include "tools/report/report_context.h"

namespace dossier::report {

Result<std::vector<Candidate>> FindCandidates(const graph::GraphReader& reader,
                                              std::string_view name) {
    std::vector<Candidate> out;
    for (graph::NodeId id : reader.FindByName(name)) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node node, reader.GetNode(id));
        out.push_back(
            {id, graph::NodeCaption(node), FirstLabel(node),
             reader.Degree(id, graph::Direction::kOut, std::string_view("MENTIONED_IN"))});
    }
    std::stable_sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return a.articles > b.articles;
    });
    return out;
}

}  // namespace dossier::report
