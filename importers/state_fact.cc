#include "importers/state_fact.h"

#include <algorithm>
#include <vector>

namespace dossier::importers {
namespace {

using graph::Value;

std::string StringOf(const graph::PropertyMap& p, const char* key) {
    auto it = p.find(key);
    return it != p.end() && it->second.is_string() ? it->second.as_string() : std::string();
}

int64_t IntOf(const graph::PropertyMap& p, const char* key, int64_t fallback) {
    auto it = p.find(key);
    return it != p.end() && it->second.is_int() ? it->second.as_int() : fallback;
}

void SetEntries(graph::PropertyMap* p, const std::vector<StateEvidence>& entries, int64_t support) {
    graph::List articles, sentences, evidences;
    for (const StateEvidence& e : entries) {
        articles.emplace_back(e.article);
        sentences.emplace_back(e.sentence);
        evidences.emplace_back(e.evidence);
    }
    (*p)["support"] = support;
    if (!entries.empty()) {
        (*p)["article"] = entries.front().article;
        (*p)["sentence"] = entries.front().sentence;
        (*p)["evidence"] = entries.front().evidence;
    }
    (*p)["articles"] = Value(std::move(articles));
    (*p)["sentences"] = Value(std::move(sentences));
    (*p)["evidences"] = Value(std::move(evidences));
}

}  // namespace

bool IsStateFact(std::string_view type) {
    return type == "LOCATED_IN" || type == "LEADER_OF" || type == "OFFICIAL_OF" ||
           type == "MEMBER_OF";
}

std::string StateFactKey(const graph::PropertyMap& properties) {
    auto negated = properties.find("negated");
    const bool neg =
        negated != properties.end() && negated->second.is_bool() && negated->second.as_bool();
    return "state#" + StringOf(properties, "title") + (neg ? "#negated" : "");
}

void MakeStateFact(graph::Edge* edge) {
    StateEvidence e{StringOf(edge->properties, "article"), IntOf(edge->properties, "sentence", 0),
                    StringOf(edge->properties, "evidence")};
    SetEntries(&edge->properties, {e}, 1);
}

void MergeStateFacts(graph::Edge* into, const graph::Edge& from) {
    std::vector<StateEvidence> mine = StateEvidenceOf(into->properties);
    std::vector<StateEvidence> theirs = StateEvidenceOf(from.properties);
    // The edge whose first entry comes first gives the other properties: the choice does not
    // depend on which edge was written first.
    const bool theirs_first =
        !theirs.empty() && (mine.empty() || theirs.front().article < mine.front().article);
    std::vector<StateEvidence> all = mine;
    size_t overlap = 0;
    for (StateEvidence& e : theirs) {
        auto same = std::find_if(all.begin(), all.end(),
                                 [&e](const StateEvidence& x) { return x.article == e.article; });
        if (same == all.end()) {
            all.push_back(std::move(e));
        } else {
            ++overlap;
            if (e.sentence < same->sentence) *same = std::move(e);
        }
    }
    std::sort(all.begin(), all.end(),
              [](const StateEvidence& a, const StateEvidence& b) { return a.article < b.article; });
    if (all.size() > kMaxStateEvidence) all.resize(kMaxStateEvidence);
    const int64_t support = IntOf(into->properties, "support", 1) +
                            IntOf(from.properties, "support", 1) - static_cast<int64_t>(overlap);
    if (theirs_first) into->properties = from.properties;
    SetEntries(&into->properties, all, support);
}

static const graph::List* ListOf(const graph::PropertyMap& p, const char* key) {
    auto it = p.find(key);
    return it != p.end() && it->second.is_list() ? &it->second.as_list() : nullptr;
}

std::vector<StateEvidence> StateEvidenceOf(const graph::PropertyMap& p) {
    std::vector<StateEvidence> out;
    const graph::List* articles = ListOf(p, "articles");
    const graph::List* sentences = ListOf(p, "sentences");
    const graph::List* evidences = ListOf(p, "evidences");
    if (!articles || !sentences || !evidences) return out;
    const size_t n = std::min({articles->size(), sentences->size(), evidences->size()});
    for (size_t i = 0; i < n; ++i) {
        StateEvidence e;
        if ((*articles)[i].is_string()) e.article = (*articles)[i].as_string();
        if ((*sentences)[i].is_int()) e.sentence = (*sentences)[i].as_int();
        if ((*evidences)[i].is_string()) e.evidence = (*evidences)[i].as_string();
        out.push_back(std::move(e));
    }
    return out;
}

}  // namespace dossier::importers
