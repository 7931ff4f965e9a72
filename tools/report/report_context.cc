#include "tools/report/report_context.h"

#include "importers/state_fact.h"

namespace dossier::report {

std::string TextProperty(const graph::PropertyMap& properties, std::string_view key) {
    auto it = properties.find(std::string(key));
    if (it == properties.end()) return "";
    if (it->second.is_string()) return it->second.as_string();
    if (it->second.is_date()) return it->second.as_date().ToIso();
    return "";
}

bool BoolProperty(const graph::PropertyMap& properties, std::string_view key) {
    auto it = properties.find(std::string(key));
    return it != properties.end() && it->second.is_bool() && it->second.as_bool();
}

Evidence EvidenceOf(const graph::PropertyMap& properties) {
    Evidence e;
    e.article = TextProperty(properties, "article");
    auto it = properties.find("sentence");
    if (it != properties.end() && it->second.is_int()) e.sentence = it->second.as_int();
    e.text = TextProperty(properties, "evidence");
    return e;
}

std::vector<Evidence> EvidencesOf(const graph::PropertyMap& properties) {
    std::vector<Evidence> out;
    for (importers::StateEvidence& e : importers::StateEvidenceOf(properties)) {
        out.push_back({std::move(e.article), e.sentence, std::move(e.evidence)});
    }
    if (out.empty()) out.push_back(EvidenceOf(properties));
    return out;
}

std::string FirstLabel(const graph::Node& node) {
    return node.labels.empty() ? "" : node.labels.front();
}

const graph::Node* ReportContext::Article(const std::string& key) {
    auto it = articles_.find(key);
    if (it == articles_.end()) {
        auto node = reader_.GetNode(graph::EntityNodeId("Article", key));
        it = articles_
                 .emplace(key,
                          node.ok() ? std::optional<graph::Node>(std::move(*node)) : std::nullopt)
                 .first;
    }
    return it->second ? &*it->second : nullptr;
}

std::string ReportContext::ArticleDate(const std::string& key) {
    const graph::Node* article = Article(key);
    return article == nullptr ? "" : TextProperty(article->properties, "date");
}

bool ReportContext::InRange(const std::string& article_key) {
    if (!options_.since && !options_.until) return true;
    if (article_key.empty()) return true;
    const std::string date = ArticleDate(article_key);
    if (date.empty()) return false;
    // ISO dates compare as text.
    if (options_.since && date < *options_.since) return false;
    if (options_.until && date > *options_.until) return false;
    return true;
}

}  // namespace dossier::report
