// Sources: the articles that mention the entity, newest first, each with the sentences that name
// it or hold the evidence of one of its facts.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "graph/ascii.h"
#include "importers/pipeline_tokens.h"
#include "importers/text/sentence_splitter.h"
#include "tools/report/report_context.h"

namespace dossier::report {

namespace {

bool IsWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80) != 0;
}

// True when `lower_sentence` holds one of `lower_names` as a whole word sequence.
bool NamesAny(const std::string& lower_sentence, const std::vector<std::string>& lower_names) {
    for (const std::string& name : lower_names) {
        for (size_t at = lower_sentence.find(name); at != std::string::npos;
             at = lower_sentence.find(name, at + 1)) {
            const size_t end = at + name.size();
            if ((at == 0 || !IsWordChar(lower_sentence[at - 1])) &&
                (end == lower_sentence.size() || !IsWordChar(lower_sentence[end]))) {
                return true;
            }
        }
    }
    return false;
}

// Sentence indexes of the report's facts, per article key.
std::map<std::string, std::set<int64_t>> EvidenceSentences(const EntityReport& report) {
    std::map<std::string, std::set<int64_t>> out;
    auto add = [&](const Evidence& e) {
        if (!e.article.empty() && e.sentence >= 0) out[e.article].insert(e.sentence);
    };
    for (const Office& o : report.offices) add(o.evidence);
    for (const QuoteItem& q : report.quotes) add(q.evidence);
    for (const QuoteItem& q : report.quotes_about) add(q.evidence);
    for (const Connection& c : report.connections) {
        add(c.evidence);
        for (const Evidence& e : c.more) add(e);
    }
    for (const TimelineItem& t : report.undated) add(t.evidence);
    for (const TimelineItem& t : report.timeline) add(t.evidence);
    return out;
}

}  // namespace

Status CollectSources(ReportContext* context, EntityReport* report) {
    const graph::GraphReader& reader = context->reader();
    DOSSIER_ASSIGN_OR_RETURN(auto splitter, importers::SentenceSplitter::Create());
    std::vector<std::string> names;
    for (const std::string& n : report->aliases) names.push_back(AsciiLower(n));
    names.push_back(AsciiLower(report->name));
    const auto evidence = EvidenceSentences(*report);
    std::set<graph::NodeId> seen;
    auto it = reader.Adjacent(report->id, graph::Direction::kOut, std::string_view("MENTIONED_IN"));
    for (; it->Valid(); it->Next()) {
        if (!seen.insert(it->entry().neighbour).second) continue;
        DOSSIER_ASSIGN_OR_RETURN(graph::Node node, reader.GetNode(it->entry().neighbour));
        SourceArticle a;
        a.key = TextProperty(node.properties, "key");
        if (!context->InRange(a.key)) continue;
        a.title = TextProperty(node.properties, "title");
        a.date = TextProperty(node.properties, "date");
        a.source = TextProperty(node.properties, "source");
        a.url = TextProperty(node.properties, "url");
        const std::string text = TextProperty(node.properties, "text");
        auto facts = evidence.find(a.key);
        int64_t index = 0;
        for (const importers::Span& span : splitter->Split(text)) {
            const std::string sentence = text.substr(span.start, span.size());
            if ((facts != evidence.end() && facts->second.count(index)) ||
                NamesAny(AsciiLower(sentence), names)) {
                a.sentences.emplace_back(index, sentence);
            }
            ++index;
        }
        report->articles.push_back(std::move(a));
    }
    DOSSIER_RETURN_IF_ERROR(it->status());
    std::stable_sort(report->articles.begin(), report->articles.end(),
                     [](const SourceArticle& a, const SourceArticle& b) {
                         if (a.date.empty() != b.date.empty()) return b.date.empty();
                         return a.date > b.date;
                     });
    if (!report->articles.empty()) {
        for (const SourceArticle& a : report->articles) {
            if (a.date.empty()) continue;
            if (report->first_date.empty() || a.date < report->first_date)
                report->first_date = a.date;
            if (a.date > report->last_date) report->last_date = a.date;
        }
    }
    return Status::OK();
}

}  // namespace dossier::report
