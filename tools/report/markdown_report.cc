#include "tools/report/markdown_report.h"

#include <map>

#include "tools/report/markdown_text.h"

namespace dossier::report {

namespace {

// "[title, sentence 3]" naming where an item was read.
class SourceNames {
  public:
    explicit SourceNames(const EntityReport& r) {
        for (const SourceArticle& a : r.articles) titles_[a.key] = a.title;
    }
    std::string Cite(const Evidence& e) const {
        if (e.article.empty()) return "";
        auto it = titles_.find(e.article);
        std::string text = it == titles_.end() || it->second.empty() ? e.article : it->second;
        if (e.sentence >= 0) text += ", sentence " + std::to_string(e.sentence + 1);
        return " [" + text + "]";
    }

  private:
    std::map<std::string, std::string> titles_;
};

std::string Joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) out += (out.empty() ? "" : ", ") + s;
    return out;
}

void Header(const EntityReport& r, std::ostream& out) {
    out << "# " << r.name << "\n\n*" << r.label << "*\n\n";
    if (!r.aliases.empty()) out << "- Also called: " << Joined(r.aliases) << "\n";
    if (!r.titles.empty()) out << "- Titles: " << Joined(r.titles) << "\n";
    for (const Office& o : r.offices) {
        out << "- Office: " << (o.former ? "former " : "") << (o.title.empty() ? o.type : o.title)
            << " of " << o.of;
        if (!o.attributed_to.empty()) out << " (according to " << o.attributed_to << ")";
        out << "\n";
    }
    if (!r.countries.empty()) out << "- Country: " << Joined(r.countries) << "\n";
    out << "- Articles: " << r.articles.size();
    if (!r.first_date.empty()) out << " (" << r.first_date << " to " << r.last_date << ")";
    out << "\n";
}

void Timeline(const EntityReport& r, const SourceNames& names, std::ostream& out) {
    out << "\n## Timeline\n\n";
    for (const TimelineItem& t : r.timeline) {
        out << "- " << t.date << " **" << t.kind << "**"
            << (t.role.empty() ? "" : " (" + t.role + ")") << ": " << t.text
            << names.Cite(t.evidence) << "\n";
    }
    if (!r.undated.empty()) out << "\nUndated:\n\n";
    for (const TimelineItem& t : r.undated) {
        out << "- **" << t.kind << "**" << (t.role.empty() ? "" : " (" + t.role + ")") << ": "
            << t.text << names.Cite(t.evidence) << "\n";
    }
}

// Quotes under a heading per article (they come sorted by article, newest first).
void Quotes(const EntityReport& r, const std::vector<QuoteItem>& quotes, bool with_speaker,
            std::ostream& out) {
    if (quotes.empty()) out << "No quotes.\n";
    const std::string kNone = "\x01";
    std::string current = kNone;
    for (const QuoteItem& q : quotes) {
        if (q.evidence.article != current) {
            current = q.evidence.article;
            out << (&q == &quotes.front() ? "" : "\n") << "### ";
            for (const SourceArticle& a : r.articles) {
                if (a.key == current) {
                    out << a.title << " · " << (a.date.empty() ? "undated" : a.date)
                        << (a.source.empty() ? "" : " · " + a.source);
                }
            }
            out << "\n\n";
        }
        out << "- ";
        if (with_speaker)
            out << "**" << (q.speaker.empty() ? "unknown speaker" : q.speaker) << "** ";
        if (!q.cue.empty()) out << "_" << q.cue << "_ ";
        out << "(" << (q.direct ? "direct" : "reported") << "): ";
        out << (q.direct ? "\"" + q.text + "\"" : q.text);
        if (q.evidence.sentence >= 0) out << " (sentence " << q.evidence.sentence + 1 << ")";
        out << "\n";
    }
}

void Connections(const EntityReport& r, const SourceNames& names, std::ostream& out) {
    out << "\n## Connections\n\n| Type | Direction | Other | Negated | Attributed to | Evidence |\n"
           "| --- | --- | --- | --- | --- | --- |\n";
    for (const Connection& c : r.connections) {
        out << "| " << c.type << (c.count() > 1 ? " ×" + std::to_string(c.count()) : "") << " | "
            << (c.outgoing ? "to" : "from") << " | "
            << (c.other.empty() ? c.other_label
                                : MarkdownCell(c.other) + " (" + c.other_label + ")")
            << " | " << (c.negated ? "yes" : "") << " | " << MarkdownCell(c.attributed_to) << " | "
            << MarkdownCell(c.evidence.text + names.Cite(c.evidence))
            << (c.more.empty() ? "" : " and " + std::to_string(c.more.size()) + " more") << " |\n";
    }
    out << "\n### Mentioned in the same articles\n\n";
    int rank = 0;
    for (const CoMention& m : r.co_mentions) {
        out << ++rank << ". " << m.name << " (" << m.label << "): " << m.articles
            << (m.articles == 1 ? " article" : " articles") << "\n";
    }
}

void Sources(const EntityReport& r, std::ostream& out) {
    out << "\n## Sources\n";
    for (const SourceArticle& a : r.articles) {
        out << "\n### " << (a.title.empty() ? a.key : a.title) << "\n\n"
            << (a.date.empty() ? "undated" : a.date) << (a.source.empty() ? "" : " · " + a.source)
            << (a.url.empty() ? "" : " · <" + a.url + ">") << "\n\n";
        for (const auto& [index, sentence] : a.sentences) {
            out << "> " << index + 1 << ". " << sentence << "\n>\n";
        }
    }
}

}  // namespace

Status WriteMarkdownReport(const EntityReport& r, std::ostream& out) {
    const SourceNames names(r);
    Header(r, out);
    Timeline(r, names, out);
    out << "\n## What " << r.name << " said\n\n";
    Quotes(r, r.quotes, false, out);
    out << "\n## What others said about " << r.name << "\n\n";
    Quotes(r, r.quotes_about, true, out);
    Connections(r, names, out);
    Sources(r, out);
    out.flush();
    if (!out) return Status::IOError("could not write the Markdown report");
    return Status::OK();
}

}  // namespace dossier::report
