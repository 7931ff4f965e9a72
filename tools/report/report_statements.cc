// What the entity said and what was said about it (SAID and ABOUT through Quote nodes), and the
// timeline: the events it took part in (PARTICIPATED_IN) and the dates of its quotes.
#include <algorithm>

#include "tools/report/report_context.h"

namespace dossier::report {

namespace {

// The speakers of a quote (nodes with a SAID edge to it).
Result<std::string> SpeakerOf(const graph::GraphReader& reader, graph::NodeId quote) {
    std::string speakers;
    auto it = reader.Adjacent(quote, graph::Direction::kIn, std::string_view("SAID"));
    for (; it->Valid(); it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node speaker, reader.GetNode(it->entry().neighbour));
        if (!speakers.empty()) speakers += ", ";
        speakers += graph::NodeCaption(speaker);
    }
    DOSSIER_RETURN_IF_ERROR(it->status());
    return speakers;
}

QuoteItem QuoteOf(const graph::Node& quote) {
    QuoteItem item;
    item.text = TextProperty(quote.properties, "text");
    item.direct = BoolProperty(quote.properties, "direct");
    item.cue = TextProperty(quote.properties, "cue");
    item.evidence = EvidenceOf(quote.properties);
    return item;
}

// Quotes whose node is at the other end of `type` edges in direction `dir`.
Status CollectQuotes(ReportContext* context, graph::NodeId id, graph::Direction dir,
                     std::string_view type, std::vector<QuoteItem>* out) {
    const graph::GraphReader& reader = context->reader();
    auto it = reader.Adjacent(id, dir, type);
    for (; it->Valid(); it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Node quote, reader.GetNode(it->entry().neighbour));
        if (!quote.HasLabel("Quote")) continue;
        QuoteItem item = QuoteOf(quote);
        if (!context->InRange(item.evidence.article)) continue;
        DOSSIER_ASSIGN_OR_RETURN(item.speaker, SpeakerOf(reader, quote.id));
        out->push_back(std::move(item));
    }
    return it->status();
}

// Newest article first (undated last), then in the order of the article's sentences.
void SortByArticle(ReportContext* context, std::vector<QuoteItem>* quotes) {
    std::stable_sort(quotes->begin(), quotes->end(), [&](const QuoteItem& a, const QuoteItem& b) {
        const std::string da = context->ArticleDate(a.evidence.article);
        const std::string db = context->ArticleDate(b.evidence.article);
        if (da != db) return da > db;
        if (a.evidence.article != b.evidence.article)
            return a.evidence.article < b.evidence.article;
        return a.evidence.sentence < b.evidence.sentence;
    });
}

Status CollectEvents(ReportContext* context, EntityReport* report) {
    const graph::GraphReader& reader = context->reader();
    auto it =
        reader.Adjacent(report->id, graph::Direction::kOut, std::string_view("PARTICIPATED_IN"));
    for (; it->Valid(); it->Next()) {
        DOSSIER_ASSIGN_OR_RETURN(graph::Edge edge, reader.GetEdge(it->entry().edge));
        DOSSIER_ASSIGN_OR_RETURN(graph::Node event, reader.GetNode(it->entry().neighbour));
        TimelineItem item;
        item.evidence = EvidenceOf(edge.properties);
        if (!context->InRange(item.evidence.article)) continue;
        item.date = TextProperty(event.properties, "date");
        item.kind = graph::NodeCaption(event);
        item.role = TextProperty(edge.properties, "role");
        item.text = TextProperty(event.properties, "text");
        (item.date.empty() ? report->undated : report->timeline).push_back(std::move(item));
    }
    return it->status();
}

}  // namespace

Status CollectStatements(ReportContext* context, EntityReport* report) {
    DOSSIER_RETURN_IF_ERROR(
        CollectQuotes(context, report->id, graph::Direction::kOut, "SAID", &report->quotes));
    DOSSIER_RETURN_IF_ERROR(
        CollectQuotes(context, report->id, graph::Direction::kIn, "ABOUT", &report->quotes_about));
    SortByArticle(context, &report->quotes);
    SortByArticle(context, &report->quotes_about);
    DOSSIER_RETURN_IF_ERROR(CollectEvents(context, report));
    // A quote is dated by its article.
    for (const QuoteItem& q : report->quotes) {
        TimelineItem item{context->ArticleDate(q.evidence.article), "quote", q.cue, q.text,
                          q.evidence};
        (item.date.empty() ? report->undated : report->timeline).push_back(std::move(item));
    }
    std::stable_sort(report->timeline.begin(), report->timeline.end(),
                     [](const TimelineItem& a, const TimelineItem& b) { return a.date < b.date; });
    return Status::OK();
}

}  // namespace dossier::report
