// The report's middle sections in HTML: timeline, quotes, connections.
#include "tools/report/html_fragments.h"
#include "tools/report/timeline_svg.h"

namespace dossier::report {

namespace {

// Links to further evidence a Connections row shows at most.
constexpr size_t kEvidenceLinksPerRow = 8;

std::string TimelineEntry(const TimelineItem& t) {
    return "<li><b>" + Html(t.kind) + "</b>" + (t.role.empty() ? "" : " (" + Html(t.role) + ")") +
           (t.date.empty() ? "" : " " + Html(t.date)) + ": " + Html(t.text) +
           EvidenceLink(t.evidence) + "</li>";
}

std::string QuoteEntry(const QuoteItem& q, bool with_speaker) {
    std::string html = "<li class=\"" + std::string(q.direct ? "direct" : "reported") + "\">";
    if (with_speaker)
        html += "<b>" + Html(q.speaker.empty() ? "unknown speaker" : q.speaker) + "</b> ";
    html += "<span class=\"cue\">" + Html(q.cue) + "</span> ";
    html += q.direct ? "<q>" + Html(q.text) + "</q>"
                     : "<span class=\"reported\">" + Html(q.text) + "</span>";
    html += " <span class=\"kind\">" + std::string(q.direct ? "direct" : "reported") + "</span>";
    return html + EvidenceLink(q.evidence) + "</li>";
}

// Quotes grouped by article (they come sorted by article).
std::string QuoteList(const EntityReport& r, const std::vector<QuoteItem>& quotes,
                      bool with_speaker) {
    std::string html;
    std::string current = "\x01";
    for (const QuoteItem& q : quotes) {
        if (q.evidence.article != current) {
            if (current != "\x01") html += "</ul>";
            current = q.evidence.article;
            std::string heading = "(no article)";
            for (const SourceArticle& a : r.articles) {
                if (a.key == current) {
                    heading = a.title + " · " + (a.date.empty() ? "undated" : a.date) +
                              (a.source.empty() ? "" : " · " + a.source);
                }
            }
            html += "<h3>" + Html(heading) + "</h3><ul class=\"quotes\">";
        }
        html += QuoteEntry(q, with_speaker);
    }
    if (current != "\x01") html += "</ul>";
    return html;
}

// Links to the further sentences of a row: "also 2 3 … and 40 more".
std::string MoreEvidence(const Connection& c) {
    if (c.more.empty()) return "";
    std::string html = " <span class=\"more\">also";
    size_t shown = 0;
    for (const Evidence& e : c.more) {
        const std::string href = EvidenceHref(e);
        if (href.empty()) continue;
        if (shown == kEvidenceLinksPerRow) break;
        html += " <a class=\"evidence\" href=\"" + Html(href) + "\">" +
                std::to_string(++shown + 1) + "</a>";
    }
    if (c.more.size() > shown) html += " and " + std::to_string(c.more.size() - shown) + " more";
    return html + "</span>";
}

}  // namespace

std::string TimelineHtml(const EntityReport& r) {
    std::vector<std::string> hrefs;
    for (const TimelineItem& t : r.timeline) hrefs.push_back(EvidenceHref(t.evidence));
    std::string html = "<section id=\"timeline\"><h2>Timeline</h2>\n";
    if (r.timeline.empty() && r.undated.empty())
        html += "<p class=\"none\">No events or quotes.</p>";
    html += TimelineSvg(r.timeline, hrefs);
    if (!r.timeline.empty()) {
        html += "<ul class=\"dated\">";
        // Grouped as on the axis; quotes are listed in full under What ... said.
        for (const TimelineGroup& g : GroupTimeline(r.timeline)) {
            const TimelineItem& t = r.timeline[g.first];
            if (g.count == 1) {
                html += TimelineEntry(t);
                continue;
            }
            html += "<li><b>" + std::to_string(g.count) + " × " + Html(g.kind) + "</b> " +
                    Html(g.from) + (g.to != g.from ? " to " + Html(g.to) : "") +
                    ", the first: " + Html(t.text) + EvidenceLink(t.evidence) + "</li>";
        }
        html += "</ul>";
    }
    if (!r.undated.empty()) {
        html += "<h3>Undated</h3><ul class=\"undated\">";
        for (const TimelineItem& t : r.undated) html += TimelineEntry(t);
        html += "</ul>";
    }
    return html + "</section>\n";
}

std::string QuotesHtml(const EntityReport& r) {
    std::string html = "<section id=\"said\"><h2>What " + Html(r.name) + " said</h2>\n";
    html += r.quotes.empty() ? "<p class=\"none\">No quotes.</p>" : QuoteList(r, r.quotes, false);
    html += "<h2 id=\"said-about\">What others said about " + Html(r.name) + "</h2>\n";
    html += r.quotes_about.empty() ? "<p class=\"none\">No quotes.</p>"
                                   : QuoteList(r, r.quotes_about, true);
    return html + "</section>\n";
}

std::string ConnectionsHtml(const EntityReport& r) {
    std::string html = "<section id=\"connections\"><h2>Connections</h2>\n";
    html += "<div id=\"graph\" data-focus=\"n" + std::to_string(r.id) + "\"></div>";
    html += "<p class=\"note\" id=\"graph-status\" data-state=\"loading\">" + Html(r.graph_note) +
            "</p>\n";
    html +=
        "<table class=\"connections\"><thead><tr><th>Type</th><th></th><th>Other</th>"
        "<th>Negated</th><th>Attributed to</th><th>Evidence</th></tr></thead><tbody>";
    for (const Connection& c : r.connections) {
        html += "<tr><td>" + Html(c.type) +
                (c.count() > 1 ? " ×" + std::to_string(c.count()) : "") + "</td><td>" +
                (c.outgoing ? "→" : "←") + "</td><td>" + Html(c.other) + " <span class=\"kind\">" +
                Html(c.other_label) + "</span></td><td>" + (c.negated ? "negated" : "") +
                "</td><td>" + Html(c.attributed_to) + "</td><td>" + Html(c.evidence.text) +
                EvidenceLink(c.evidence) + MoreEvidence(c) + "</td></tr>";
    }
    html += "</tbody></table>\n<h3>Mentioned in the same articles</h3><ol class=\"co-mentions\">";
    for (const CoMention& m : r.co_mentions) {
        html += "<li>" + Html(m.name) + " <span class=\"kind\">" + Html(m.label) + "</span> " +
                std::to_string(m.articles) + (m.articles == 1 ? " article" : " articles") + "</li>";
    }
    return html + "</ol></section>\n";
}

}  // namespace dossier::report
