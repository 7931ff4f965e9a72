// What the report's sections share while collecting: the reader, the options, the articles met so
// far (read once each) and the date filter. Internal to tools/report.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/export/label_style.h"
#include "graph/graph_store.h"
#include "tools/report/entity_report.h"

namespace dossier::report {

// A string property, or "" when absent or not a string (dates are given as ISO text).
std::string TextProperty(const graph::PropertyMap& properties, std::string_view key);
bool BoolProperty(const graph::PropertyMap& properties, std::string_view key);
// article, sentence and evidence (or text) of an edge's or node's properties.
Evidence EvidenceOf(const graph::PropertyMap& properties);
// Every evidence of a relationship: the parallel `articles`/`sentences`/`evidences` lists of a
// state fact (docs/schema.md), else the one EvidenceOf.
std::vector<Evidence> EvidencesOf(const graph::PropertyMap& properties);
std::string FirstLabel(const graph::Node& node);

class ReportContext {
  public:
    ReportContext(const graph::GraphReader& reader, const ReportOptions& options)
        : reader_(reader), options_(options) {}

    const graph::GraphReader& reader() const { return reader_; }
    const ReportOptions& options() const { return options_; }

    // The Article node with this key (nullptr when there is none), read once.
    const graph::Node* Article(const std::string& key);
    // The article's ISO date, or "".
    std::string ArticleDate(const std::string& key);
    // False when a --since/--until range is set and the article lies outside it or is undated.
    // Items without an article are kept.
    bool InRange(const std::string& article_key);

  private:
    const graph::GraphReader& reader_;
    const ReportOptions& options_;
    std::map<std::string, std::optional<graph::Node>> articles_;
};

// The sections, each filling its part of `report` (report->id, name and label are set first).
Status CollectOffices(ReportContext* context, EntityReport* report);
Status CollectStatements(ReportContext* context, EntityReport* report);
Status CollectConnections(ReportContext* context, EntityReport* report);
Status CollectSources(ReportContext* context, EntityReport* report);
Status CollectGraph(ReportContext* context, EntityReport* report);

}  // namespace dossier::report
