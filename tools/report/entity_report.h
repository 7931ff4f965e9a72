// EntityReport: everything the graph holds about one entity, gathered for `dossier report` and
// the shell's :report, apart from how it is shown (html_report.h, markdown_report.h).
//
// Every item keeps its evidence: the article key and sentence it came from, so that a renderer
// can link it to the article in the Sources section.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "graph/export/subgraph.h"
#include "graph/graph_store.h"
#include "graph/status.h"

namespace dossier::report {

struct ReportOptions {
    // Hops of the neighbourhood graph (Article and Quote nodes left out).
    int hops = 1;
    // Most nodes the neighbourhood graph keeps (the most connected; see node_cap.h).
    size_t max_graph_nodes = 80;
    // Only facts from articles dated within [since, until] (ISO dates, inclusive); with either
    // set, facts from undated articles are left out too.
    std::optional<std::string> since;
    std::optional<std::string> until;
};

// Where an item was read: the article (its key) and the 0-based sentence index; -1 when unknown.
struct Evidence {
    std::string article;
    int64_t sentence = -1;
    std::string text;  // the sentence, when stored
};

struct Office {
    std::string type;   // LEADER_OF or OFFICIAL_OF
    std::string title;  // "president"
    std::string of;     // the country or organisation
    bool former = false;
    std::string attributed_to;
    Evidence evidence;
};

struct TimelineItem {
    std::string date;  // ISO; empty when undated
    std::string kind;  // the event kind ("uprising"), or "quote"
    std::string role;  // the entity's role in the event, or the cue verb of a quote
    std::string text;
    Evidence evidence;
};

struct QuoteItem {
    std::string speaker;
    std::string text;
    bool direct = false;
    std::string cue;
    Evidence evidence;
};

// One row of the Connections table: the relationships of one type, direction, other end,
// negation and attribution (the same fact read in several sentences is one row). SAID, ABOUT and
// PARTICIPATED_IN, which have sections of their own, give one row per type and direction (with
// `other` empty when it joins several nodes).
struct Connection {
    std::string type;
    bool outgoing = true;  // the entity is the relationship's start
    std::string other;     // caption of the node at the other end
    std::string other_label;
    bool negated = false;
    std::string attributed_to;
    Evidence evidence;           // the first
    std::vector<Evidence> more;  // the others, in the order read
    size_t count() const { return 1 + more.size(); }
};

struct CoMention {
    std::string name;
    std::string label;
    size_t articles = 0;
};

struct SourceArticle {
    std::string key;
    std::string title;
    std::string date;
    std::string source;
    std::string url;
    // The sentences that mention the entity (by name, or as the evidence of one of its facts).
    std::vector<std::pair<int64_t, std::string>> sentences;
};

struct EntityReport {
    graph::NodeId id = 0;
    std::string name;
    std::string label;
    std::vector<std::string> aliases;
    std::vector<std::string> titles;  // the `title` property and the titles of its offices
    std::vector<Office> offices;
    std::vector<std::string> countries;  // of its offices, or where it is located
    std::string first_date;              // of its articles, ISO
    std::string last_date;
    std::vector<TimelineItem> timeline;  // dated, oldest first
    std::vector<TimelineItem> undated;
    std::vector<QuoteItem> quotes;  // said by the entity: articles newest first
    std::vector<QuoteItem> quotes_about;
    std::vector<Connection> connections;
    std::vector<CoMention> co_mentions;   // most articles first
    std::vector<SourceArticle> articles;  // newest first; undated last
    graph::Subgraph graph;                // the neighbourhood to draw
    std::string graph_note;               // what the graph left out, when anything
};

// Collects the report of node `id`. NotFound when there is no such node.
Result<EntityReport> CollectEntityReport(const graph::GraphReader& reader, graph::NodeId id,
                                         const ReportOptions& options);

}  // namespace dossier::report
