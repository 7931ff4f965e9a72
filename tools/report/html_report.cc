#include "tools/report/html_report.h"

#include <algorithm>

#include "graph/ascii.h"
#include "graph/export/exporters.h"
#include "graph/export/page_template.h"
#include "graph/export/parallel_edges.h"
#include "graph/export/xml_text.h"
#include "importers/pipeline_tokens.h"
#include "tools/report/html_fragments.h"

namespace dossier::report {

std::string Html(std::string_view text) {
    return graph::XmlEscape(text);
}

std::string ArticleAnchor(const std::string& key) {
    return "a-" + key;
}

std::string SentenceAnchor(const std::string& key, int64_t sentence) {
    return "a-" + key + "-s" + std::to_string(sentence);
}

std::string EvidenceHref(const Evidence& e) {
    if (e.article.empty()) return "";
    return "#" +
           (e.sentence >= 0 ? SentenceAnchor(e.article, e.sentence) : ArticleAnchor(e.article));
}

std::string EvidenceLink(const Evidence& e) {
    const std::string href = EvidenceHref(e);
    if (href.empty()) return "";
    return " <a class=\"evidence\" href=\"" + Html(href) + "\">source</a>";
}

std::string HeaderHtml(const EntityReport& r) {
    auto joined = [](const std::vector<std::string>& items) {
        std::string out;
        for (const std::string& s : items) out += (out.empty() ? "" : ", ") + Html(s);
        return out;
    };
    std::string html = "<header><h1>" + Html(r.name) + "</h1><span class=\"label\">" +
                       Html(r.label) + "</span>\n<dl class=\"facts\">";
    auto row = [&](const char* term, const std::string& value) {
        if (!value.empty()) html += "<dt>" + std::string(term) + "</dt><dd>" + value + "</dd>";
    };
    row("Also called", joined(r.aliases));
    row("Titles", joined(r.titles));
    std::string offices;
    for (const Office& o : r.offices) {
        offices += "<li>" + std::string(o.former ? "former " : "") +
                   Html(o.title.empty() ? o.type : o.title) + " of " + Html(o.of);
        if (!o.attributed_to.empty())
            offices += " <i>(according to " + Html(o.attributed_to) + ")</i>";
        offices += EvidenceLink(o.evidence) + "</li>";
    }
    if (!offices.empty()) row("Offices", "<ul>" + offices + "</ul>");
    row("Country", joined(r.countries));
    std::string articles = std::to_string(r.articles.size());
    if (!r.first_date.empty()) articles += " (" + r.first_date + " to " + r.last_date + ")";
    row("Articles", articles);
    return html + "</dl></header>\n";
}

namespace {

// `sentence` with each occurrence of one of `names` (lower case ASCII) marked.
std::string Highlighted(const std::string& sentence, const std::vector<std::string>& names) {
    const std::string lower = AsciiLower(sentence);
    std::vector<std::pair<size_t, size_t>> spans;
    for (const std::string& name : names) {
        if (name.empty()) continue;
        for (size_t at = lower.find(name); at != std::string::npos; at = lower.find(name, at + 1))
            spans.emplace_back(at, at + name.size());
    }
    std::sort(spans.begin(), spans.end());
    std::string out;
    size_t done = 0;
    for (const auto& [begin, end] : spans) {
        if (begin < done) continue;  // inside a longer name already marked
        out += Html(sentence.substr(done, begin - done)) + "<mark>" +
               Html(sentence.substr(begin, end - begin)) + "</mark>";
        done = end;
    }
    return out + Html(sentence.substr(done));
}

}  // namespace

std::string SourcesHtml(const EntityReport& r) {
    std::vector<std::string> names{AsciiLower(r.name)};
    for (const std::string& a : r.aliases) names.push_back(AsciiLower(a));
    // Longer names first, so that "Kurmanbek Bakiyev" is marked whole rather than "Bakiyev".
    std::stable_sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
        return a.size() > b.size();
    });
    std::string html = "<section id=\"sources\"><h2>Sources</h2>\n";
    for (const SourceArticle& a : r.articles) {
        html += "<article id=\"" + Html(ArticleAnchor(a.key)) + "\"><h3>";
        html += a.url.empty() ? Html(a.title)
                              : "<a href=\"" + Html(a.url) + "\">" + Html(a.title) + "</a>";
        html += "</h3><div class=\"meta\">" + Html(a.date.empty() ? "undated" : a.date) +
                (a.source.empty() ? "" : " · " + Html(a.source)) + "</div><ol class=\"sentences\">";
        for (const auto& [index, sentence] : a.sentences) {
            html += "<li value=\"" + std::to_string(index + 1) + "\" id=\"" +
                    Html(SentenceAnchor(a.key, index)) + "\">" + Highlighted(sentence, names) +
                    "</li>";
        }
        html += "</ol></article>\n";
    }
    return html + "</section>\n";
}

Status WriteHtmlReport(const EntityReport& report, const graph::HtmlAssets& assets,
                       std::ostream& out) {
    if (assets.library_js.find("</script") != std::string_view::npos ||
        assets.view_js.find("</script") != std::string_view::npos) {
        return Status::InvalidArgument("the graph library's JavaScript contains </script>");
    }
    const std::string title = Html(report.name + " — Dossier report");
    const std::string body =
        HeaderHtml(report) + TimelineHtml(report) + QuotesHtml(report) + ConnectionsHtml(report);
    const std::string graph_json =
        graph::CytoscapeJsonText(graph::MergeParallelEdges(report.graph), /*for_script=*/true);
    return graph::FillTemplate(assets.page_template,
                               {{"@DOSSIER_TITLE@", title},
                                {"<!--@DOSSIER_REPORT@-->", body},
                                {"/*@DOSSIER_LIBRARY@*/", assets.library_js},
                                {"/*@DOSSIER_VIEW@*/", assets.view_js},
                                {"/*@DOSSIER_GRAPH@*/", graph_json},
                                {"<!--@DOSSIER_SOURCES@-->", SourcesHtml(report)}},
                               out);
}

}  // namespace dossier::report
