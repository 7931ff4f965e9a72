#include "graph/name_lookup.h"

#include <algorithm>
#include <unordered_map>

namespace dossier::graph {
namespace {

constexpr double kNameScore = 1.0;
constexpr double kAliasScore = 0.9;
constexpr double kPrefixScore = 0.8;

}  // namespace

std::vector<NameMatch> LookupName(const GraphReader& reader, std::string_view text, size_t limit) {
    const std::string wanted = NormalizeName(text);
    std::unordered_map<NodeId, double> best;
    if (wanted.empty() || limit == 0) return {};
    for (const NameEntry& e : reader.FindByNamePrefix(text, kLookupScanLimit)) {
        double score = kPrefixScore * static_cast<double>(wanted.size()) /
                       static_cast<double>(std::max(e.normalized.size(), size_t{1}));
        if (e.normalized == wanted) {
            auto node = reader.GetNode(e.node);
            const Value* name = node.ok() ? node->Find("name") : nullptr;
            const bool is_name =
                name != nullptr && name->is_string() && NormalizeName(name->as_string()) == wanted;
            score = is_name ? kNameScore : kAliasScore;
        }
        double& b = best[e.node];
        b = std::max(b, score);
    }
    std::vector<NameMatch> matches;
    for (const auto& [node, score] : best) matches.push_back({node, score});
    std::sort(matches.begin(), matches.end(), [](const NameMatch& a, const NameMatch& b) {
        return a.score != b.score ? a.score > b.score : a.node < b.node;
    });
    // Relationships are counted only for the matches that may be returned: those scoring at
    // least as well as the last one that fits.
    if (matches.size() > limit) {
        const double cut = matches[limit - 1].score;
        matches.erase(std::find_if(matches.begin(), matches.end(),
                                   [cut](const NameMatch& m) { return m.score < cut; }),
                      matches.end());
    }
    std::vector<std::pair<NameMatch, uint64_t>> ranked;  // (match, relationships)
    for (const NameMatch& m : matches) {
        ranked.push_back({m, reader.Degree(m.node, Direction::kBoth)});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        if (a.first.score != b.first.score) return a.first.score > b.first.score;
        return a.second > b.second;
    });
    std::vector<NameMatch> out;
    for (size_t i = 0; i < ranked.size() && i < limit; ++i) out.push_back(ranked[i].first);
    return out;
}

}  // namespace dossier::graph
