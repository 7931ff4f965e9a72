// Pieces of the report's HTML shared by its sections. Internal to tools/report.
#pragma once

#include <string>
#include <string_view>

#include "tools/report/entity_report.h"

namespace dossier::report {

std::string Html(std::string_view text);  // escaped text
// The anchor of an article in the Sources section, and of one of its sentences.
std::string ArticleAnchor(const std::string& key);
std::string SentenceAnchor(const std::string& key, int64_t sentence);
// "#a-…-s3", or "#a-…" when the sentence is unknown, or "" without an article.
std::string EvidenceHref(const Evidence& evidence);
// A small link to the evidence ("source"), or "".
std::string EvidenceLink(const Evidence& evidence);

// The sections, each a <section> element.
std::string HeaderHtml(const EntityReport& report);
std::string TimelineHtml(const EntityReport& report);
std::string QuotesHtml(const EntityReport& report);
std::string ConnectionsHtml(const EntityReport& report);
std::string SourcesHtml(const EntityReport& report);

}  // namespace dossier::report
