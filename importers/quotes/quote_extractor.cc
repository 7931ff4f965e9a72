#include "importers/quotes/quote_extractor.h"

#include <algorithm>
#include <cctype>

#include "graph/dcheck.h"
#include "importers/quotes/quote_cues.h"
#include "importers/quotes/quote_nominal_speaker.h"
#include "importers/text/headline_case.h"

namespace dossier::importers {
namespace {

struct RawQuote {
    uint32_t open = 0;       // offset of the opening mark
    uint32_t start = 0;      // first byte inside
    uint32_t end = 0;        // one past the last byte inside
    uint32_t close = 0;      // one past the closing mark (== end when the paragraph ran out)
    bool continues = false;  // the paragraph ended inside the quote
};

// Length of the quotation mark at text[i], or 0. `opening`/`closing` tell curly direction.
int QuoteMarkAt(std::string_view text, size_t i, bool* opening, bool* closing) {
    *opening = *closing = false;
    if (text[i] == '"') {
        *opening = *closing = true;
        return 1;
    }
    if (text.substr(i, 3) == "\u201C" || text.substr(i, 3) == "\u201E") {
        *opening = true;
        return 3;
    }
    if (text.substr(i, 3) == "\u201D") {
        *closing = true;
        return 3;
    }
    if (text.substr(i, 2) == "\u00AB") {
        *opening = true;
        return 2;
    }
    if (text.substr(i, 2) == "\u00BB") {
        *closing = true;
        return 2;
    }
    return 0;
}

// A blank line ends a paragraph (a single line break may be hard wrapping).
bool IsParagraphBreak(std::string_view text, size_t i) {
    if (text[i] != '\n') return false;
    size_t j = i + 1;
    while (j < text.size() && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
    return j >= text.size() || text[j] == '\n';
}

std::vector<RawQuote> FindRawQuotes(std::string_view text) {
    std::vector<RawQuote> out;
    bool open = false;
    RawQuote cur;
    for (size_t i = 0; i < text.size();) {
        if (IsParagraphBreak(text, i)) {
            if (open) {
                cur.end = cur.close = static_cast<uint32_t>(i);
                cur.continues = true;
                out.push_back(cur);
                open = false;
            }
            ++i;
            continue;
        }
        bool opening, closing;
        int n = QuoteMarkAt(text, i, &opening, &closing);
        if (n == 0) {
            ++i;
            continue;
        }
        if (!open && opening) {
            open = true;
            cur = RawQuote{};
            cur.open = static_cast<uint32_t>(i);
            cur.start = static_cast<uint32_t>(i + n);
        } else if (open && closing) {
            cur.end = static_cast<uint32_t>(i);
            cur.close = static_cast<uint32_t>(i + n);
            out.push_back(cur);
            open = false;
        }
        i += n;
    }
    if (open) {
        cur.end = cur.close = static_cast<uint32_t>(text.size());
        cur.continues = true;
        out.push_back(cur);
    }
    return out;
}

int CountWords(std::string_view s) {
    int words = 0;
    bool in = false;
    for (char c : s) {
        bool w = c != ' ' && c != '\n' && c != '\t';
        if (w && !in) ++words;
        in = w;
    }
    return words;
}

bool IsPunct(std::string_view tok) {
    unsigned char c = tok.empty() ? ' ' : static_cast<unsigned char>(tok[0]);
    return !(std::isalnum(c) || c >= 0x80) || IsQuoteMark(tok);
}

// A mention that can speak: a person, an organisation, a country (as its government).
bool CanSpeak(const Mention& m) {
    return m.type == EntityType::kPerson || m.type == EntityType::kOrganization ||
           m.type == EntityType::kCountry;
}

// The sentence holding `offset` (or the last one starting before it).
int SentenceOf(const Document& doc, uint32_t offset) {
    auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), offset,
                               [](uint32_t o, const Sentence& s) { return o < s.span.start; });
    return it == doc.sentences.begin() ? 0 : static_cast<int>(it - doc.sentences.begin()) - 1;
}

// Tokens scanned after a closing mark for the cue and the speaker.
constexpr int kAfterWindow = 10;
// Tokens scanned before an opening mark, and the words allowed between cue and quote ("told
// reporters", "said in a statement") and between speaker and cue ("X, the mayor, said").
constexpr int kBeforeWindow = 8;
constexpr int kCueToQuoteGap = 4;
constexpr int kSpeakerToCueGap = 3;
// Tokens of an aside between a speaker and the cue ("X, who runs the bakery, said"), commas
// included.
constexpr int kAsideMaxTokens = 10;
// Fewer words than this and no cue: scare quotes ("de jure"), not a quotation.
constexpr int kMinUnattributedWords = 4;
// Joins the halves of a quotation interrupted by its attribution in Quote::text.
constexpr std::string_view kInterruptionJoin = " ... ";

// A speaker found beside a cue: the entity of a mention (still -1 for an unresolved pronoun) or
// of a definite description ("the mayor"; -1 when it stands for no one or for several).
struct Attribution {
    bool found = false;
    int entity = -1;
    std::string cue;
    std::string rule;
};

// `"...," he said` / `"...," said Mr. X`: scans the tokens after the closing mark.
Attribution AttributeAfter(const Document& doc, const TokenIndex& ix, uint32_t close) {
    Attribution a;
    int t = ix.TokenAt(close);
    const int limit = std::min(ix.token_count(), t + kAfterWindow);
    // Not across a paragraph, nor into a new sentence that opens with a capital ("He said ...").
    std::string_view text = doc.article.text;
    if (t >= ix.token_count()) return a;
    for (uint32_t i = close; i < doc.tokens[t].span.start; ++i) {
        if (IsParagraphBreak(text, i)) return a;
    }
    const int quote_sentence = close > 0 ? doc.tokens[std::max(0, t - 1)].sentence : 0;
    std::string_view first = ix.text(t);
    if (doc.tokens[t].sentence != quote_sentence && !first.empty() && first[0] >= 'A' &&
        first[0] <= 'Z') {
        return a;
    }
    int cue = -1;
    int speaker = -1;  // token where the speaker starts
    Attribution who;
    for (int i = t; i < limit; ++i) {
        std::string_view tok = ix.text(i);
        if (IsQuoteMark(tok)) break;
        if (tok == "." || tok == "!" || tok == "?") {
            if (cue >= 0) break;
            // `"...?" he asked.`: sentence-final marks inside the quote precede the cue
            if (i > t) break;
            continue;
        }
        int m = ix.MentionAt(i);
        if (m >= 0 && CanSpeak(doc.mentions[m]) && speaker < 0) {
            speaker = i;
            who.entity = doc.mentions[m].entity;
            i = ix.MentionEnd(m) - 1;
            if (cue >= 0) break;
            continue;
        }
        if (m < 0 && speaker < 0) {
            NominalSpeaker nominal = NominalSpeakerAt(doc, ix, i);
            if (nominal.tokens > 0) {
                speaker = i;
                who.entity = nominal.entity;
                i += nominal.tokens - 1;
                if (cue >= 0) break;
                continue;
            }
        }
        if (IsSpeechCue(ix.lower(i))) {
            if (cue >= 0) break;
            cue = i;
            if (speaker >= 0) break;
            continue;
        }
        if (IsPunct(tok) && tok != ",") break;
        // Allow "the", titles and adverbs between the cue and the speaker, not clauses.
        if (cue < 0 && speaker < 0 && i > t + 1) break;
    }
    if (cue >= 0 && speaker >= 0) {
        a = who;
        a.found = true;
        a.cue = ix.lower(cue);
        a.rule = speaker < cue ? "quote-then-speaker-cue" : "quote-then-cue-speaker";
    }
    return a;
}

// The speaking mention that ends just before a comma at token `t` - 1, or -1.
int SpeakerBeforeComma(const Document& doc, const TokenIndex& ix, int t) {
    if (t < 2 || ix.lower(t - 1) != ",") return -1;
    int m = ix.MentionAt(t - 2);
    return m >= 0 && CanSpeak(doc.mentions[m]) ? m : -1;
}

// `X said: "..."` / `X told reporters, "..."`: scans the tokens before the opening mark.
Attribution AttributeBefore(const Document& doc, const TokenIndex& ix, uint32_t open) {
    Attribution a;
    int t = ix.TokenAt(open) - 1;
    const int stop = std::max(0, t - kBeforeWindow);
    int cue = -1;
    // `said: "`, `told reporters, "` or `said "`; anything else before a quotation mark ("he
    // remained leader "de jure"") is not an attribution.
    if (t < 0) return a;
    const bool punctuated = ix.lower(t) == ":" || ix.lower(t) == ",";
    if (!punctuated && !IsSpeechCue(ix.lower(t))) return a;
    for (int i = t; i >= stop; --i) {
        std::string_view tok = ix.text(i);
        if (tok == ":" || tok == ",") continue;
        if (IsQuoteMark(tok) || tok == "." || tok == "?" || tok == "!") break;
        if (cue < 0) {
            if (IsSpeechCue(ix.lower(i))) {
                cue = i;
                continue;
            }
            // "told reporters", "said in a statement": a few words between cue and quote
            if (t - i > kCueToQuoteGap) break;
            continue;
        }
        int m = ix.MentionAt(i);
        if (m >= 0 && CanSpeak(doc.mentions[m])) {
            a.found = true;
            a.entity = doc.mentions[m].entity;
            a.cue = ix.lower(cue);
            a.rule = "speaker-cue-quote";
            return a;
        }
        // `The foreign minister said: "..."`: a description that ends at token i (but in
        // `X, the mayor, said` the speaker is X).
        for (int d = i; m < 0 && d >= std::max(stop, i - kSpeakerToCueGap); --d) {
            if (ix.lower(d) != "the" || SpeakerBeforeComma(doc, ix, d) >= 0) continue;
            NominalSpeaker nominal = NominalSpeakerAt(doc, ix, d);
            if (nominal.tokens == 0 || d + nominal.tokens != i + 1) continue;
            a.found = true;
            a.entity = nominal.entity;
            a.cue = ix.lower(cue);
            a.rule = "speaker-cue-quote";
            return a;
        }
        if (cue - i > kSpeakerToCueGap) break;
    }
    // `X, who runs the bakery, said: "..."`: an aside between commas before the cue.
    if (cue >= 1 && ix.lower(cue - 1) == ",") {
        for (int c = cue - 2; c >= 1 && cue - c <= kAsideMaxTokens; --c) {
            std::string_view tok = ix.text(c);
            if (IsQuoteMark(tok) || tok == "." || tok == "?" || tok == "!") break;
            if (tok != ",") continue;
            int m = SpeakerBeforeComma(doc, ix, c + 1);
            if (m >= 0) {
                a.found = true;
                a.entity = doc.mentions[m].entity;
                a.cue = ix.lower(cue);
                a.rule = "speaker-aside-cue-quote";
            }
            break;
        }
    }
    return a;
}

int EntityOf(const Document& doc, int mention) {
    return mention >= 0 ? doc.mentions[mention].entity : -1;
}

// Adds the entities named in [begin, end) of the text to q->about.
void AddAbout(Document* doc, const TokenIndex& ix, uint32_t begin, uint32_t end, Quote* q) {
    for (int i = ix.TokenAt(begin); i < ix.token_count() && doc->tokens[i].span.end <= end; ++i) {
        int m = ix.MentionAt(i);
        if (m < 0) continue;
        int e = doc->mentions[m].entity;
        if (e < 0 || e == q->speaker) continue;
        if (doc->mentions[m].form == MentionForm::kPronoun) continue;
        if (std::find(q->about.begin(), q->about.end(), e) == q->about.end()) {
            q->about.push_back(e);
        }
    }
}

void AddAbout(Document* doc, const TokenIndex& ix, Quote* q) {
    AddAbout(doc, ix, q->span.start, q->span.end, q);
}

// The inside of a raw quote without surrounding spaces and the trailing comma that belongs to
// the attribution.
Span TrimmedInside(std::string_view text, const RawQuote& r) {
    uint32_t s = r.start, e = r.end;
    while (s < e && (text[s] == ' ' || text[s] == '\n')) ++s;
    while (e > s && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == ',')) --e;
    return {s, e};
}

// `"We will rebuild," Sund said, "and soon."`: the attribution between two quotes of one
// paragraph ends with a comma and no sentence ends inside it, so the quotation goes on.
bool ContinuesAfterAttribution(const Document& doc, const TokenIndex& ix, const RawQuote& first,
                               const RawQuote& next) {
    std::string_view text = doc.article.text;
    if (first.continues) return false;
    uint32_t last = next.open;
    while (last > first.close && (text[last - 1] == ' ' || text[last - 1] == '\n')) --last;
    if (last <= first.close || text[last - 1] != ',') return false;
    for (uint32_t i = first.close; i < next.open; ++i) {
        if (IsParagraphBreak(text, i)) return false;
    }
    for (int t = ix.TokenAt(first.close);
         t < ix.token_count() && doc.tokens[t].span.start < next.open; ++t) {
        std::string_view tok = ix.text(t);
        if (tok == "." || tok == "!" || tok == "?") return false;
    }
    return true;
}

// True when only spaces stand before the opening mark in its paragraph.
bool OpensParagraph(std::string_view text, uint32_t open) {
    for (uint32_t i = open; i > 0 && !IsParagraphBreak(text, i - 1);) {
        --i;
        if (text[i] != ' ' && text[i] != '\t' && text[i] != '\r' && text[i] != '\n') return false;
    }
    return true;
}

// True when nothing but spaces and punctuation stands beside the quote in its paragraph.
bool QuoteIsWholeParagraph(std::string_view text, const RawQuote& r) {
    if (!OpensParagraph(text, r.open)) return false;
    for (uint32_t i = r.close; i < text.size() && !IsParagraphBreak(text, i); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (std::isalnum(c) || c >= 0x80) return false;
    }
    return true;
}

// Where a direct quote stands, for carrying a speaker back from the next paragraph.
struct QuotePlace {
    int paragraph = 0;
    int first_sentence = 0;
    int last_sentence = 0;  // the sentence holding the closing mark
    bool whole_paragraph = false;
    bool opens_paragraph = false;
    bool cue = false;  // the speaker was found beside a cue
};

// A paragraph that is only an unattributed quote, followed at once by a paragraph that opens
// with a quote attributed by its cue ("\"...,\" Sund said."), takes that quote's speaker.
void CarrySpeakersBack(const std::vector<QuotePlace>& places, size_t first, Document* doc) {
    for (size_t i = 0; i + 1 < places.size(); ++i) {
        Quote& q = doc->quotes[first + i];
        const Quote& next = doc->quotes[first + i + 1];
        const QuotePlace& here = places[i];
        const QuotePlace& there = places[i + 1];
        if (q.speaker >= 0 || q.rule != "unattributed" || !here.whole_paragraph) continue;
        if (!there.cue || next.speaker < 0 || !there.opens_paragraph) continue;
        if (there.paragraph != here.paragraph + 1) continue;
        if (there.first_sentence != here.last_sentence + 1) continue;
        q.speaker = next.speaker;
        q.rule = "following-paragraph-speaker";
        q.about.erase(std::remove(q.about.begin(), q.about.end(), q.speaker), q.about.end());
    }
}

void FindDirectQuotes(Document* doc, const TokenIndex& ix) {
    const std::string_view text = doc->article.text;
    std::vector<RawQuote> raw = FindRawQuotes(text);
    int prev_speaker = -1;
    int prev_paragraph = -100;
    int prev_sentence = -100;  // the sentence holding the previous quote's closing mark
    bool prev_continues = false;
    uint32_t para_scan = 0;
    int para_count = 0;
    const size_t first_quote = doc->quotes.size();
    std::vector<QuotePlace> places;
    for (size_t k = 0; k < raw.size(); ++k) {
        const RawQuote& r = raw[k];
        Attribution a = AttributeAfter(*doc, ix, r.close);
        if (!a.found) a = AttributeBefore(*doc, ix, r.open);
        std::string_view inner = text.substr(r.start, r.end - r.start);
        // Paragraph numbers grow with the offset: count breaks since the previous quote.
        for (; para_scan < r.open; ++para_scan) {
            if (IsParagraphBreak(text, para_scan)) ++para_count;
        }
        int paragraph = para_count;
        if (!a.found && CountWords(inner) < kMinUnattributedWords) continue;  // a scare quote
        Quote q;
        Span first = TrimmedInside(text, r);
        q.span = first;
        q.text = std::string(text.substr(first.start, first.end - first.start));
        // One quotation interrupted by its attribution is one quote: the halves are joined with
        // kInterruptionJoin, and the span runs from the first half to the end of the second.
        RawQuote last = r;
        std::vector<Span> parts = {first};
        while (a.found && k + 1 < raw.size() &&
               ContinuesAfterAttribution(*doc, ix, last, raw[k + 1])) {
            last = raw[++k];
            Span more = TrimmedInside(text, last);
            q.span.end = more.end;
            q.text += kInterruptionJoin;
            q.text += text.substr(more.start, more.end - more.start);
            parts.push_back(more);
        }
        q.direct = true;
        q.sentence = SentenceOf(*doc, first.start);
        if (a.found) {
            q.speaker = a.entity;
            q.cue = a.cue;
            q.rule = a.rule;
        } else if (prev_speaker >= 0 && (paragraph == prev_paragraph ||
                                         (prev_continues && paragraph == prev_paragraph + 1))) {
            q.speaker = prev_speaker;
            q.rule = paragraph == prev_paragraph ? "same-paragraph-speaker"
                                                 : "continued-paragraph-speaker";
        } else if (prev_speaker >= 0 && paragraph == prev_paragraph + 1 &&
                   q.sentence == prev_sentence + 1 && QuoteIsWholeParagraph(text, r)) {
            // A paragraph that is only a quote, right after a paragraph that ended with an
            // attributed quote, goes on with that speaker.
            q.speaker = prev_speaker;
            q.rule = "next-paragraph-speaker";
        } else {
            q.rule = "unattributed";
        }
        for (const Span& p : parts) AddAbout(doc, ix, p.start, p.end, &q);
        prev_speaker = q.speaker;
        prev_paragraph = paragraph;
        prev_sentence = SentenceOf(*doc, last.close > 0 ? last.close - 1 : 0);
        prev_continues = last.continues;
        QuotePlace place;
        place.paragraph = paragraph;
        place.first_sentence = q.sentence;
        place.last_sentence = prev_sentence;
        place.whole_paragraph = QuoteIsWholeParagraph(text, r) && parts.size() == 1;
        place.opens_paragraph = OpensParagraph(text, r.open);
        place.cue = a.found;
        places.push_back(place);
        doc->quotes.push_back(std::move(q));
    }
    CarrySpeakersBack(places, first_quote, doc);
}

// REQUIRES: the direct quotes in doc.quotes are sorted by start and do not overlap.
bool InsideDirectQuote(const Document& doc, uint32_t offset) {
    DOSSIER_DCHECK(
        std::is_sorted(doc.quotes.begin(), doc.quotes.end(),
                       [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; }));
    auto it = std::upper_bound(doc.quotes.begin(), doc.quotes.end(), offset,
                               [](uint32_t o, const Quote& q) { return o < q.span.start; });
    if (it == doc.quotes.begin()) return false;
    --it;
    return it->direct && offset < it->span.end;
}

// The speaking mention before cue token `cue`: the nearest mention before it in the sentence,
// skipping adverbs such as "also" and "however".
// A sentence in headline case ("Cazacu Says Dock Strike Will Go On"): whatever follows its verb
// of saying is what was said.
bool IsHeadlineSentence(const TokenIndex& ix, int b, int e) {
    int words = 0, capitalised = 0;
    bool last_lower = false;
    for (int k = b; k < e; ++k) {
        const std::string_view t = ix.text(k);
        if (t.empty() || !std::isalnum(static_cast<unsigned char>(t[0]))) continue;
        last_lower = std::islower(static_cast<unsigned char>(t[0]));
        if (std::isdigit(static_cast<unsigned char>(t[0]))) continue;
        ++words;
        capitalised += std::isupper(static_cast<unsigned char>(t[0])) ? 1 : 0;
    }
    const bool period = e > b && ix.text(e - 1) == ".";
    return IsHeadlineCase(words, capitalised, period || last_lower);
}

int SubjectBefore(const Document& doc, const TokenIndex& ix, int cue, int sentence_begin) {
    for (int i = cue - 1; i >= sentence_begin && cue - i <= 6; --i) {
        int m = ix.MentionAt(i);
        if (m >= 0) return CanSpeak(doc.mentions[m]) ? m : -1;
        std::string_view w = ix.lower(i);
        if (w == "also" || w == "however" || w == "," || w == "later" || w == "then" ||
            w == "again" || w == "has" || w == "had" || w == "have" || w == "publicly" ||
            w == "repeatedly" || w == "earlier" || w == "once") {
            continue;
        }
        return -1;
    }
    return -1;
}

void FindReportedSpeech(Document* doc, const TokenIndex& ix) {
    std::vector<Quote> found;
    for (int s = 0; s < static_cast<int>(doc->sentences.size()); ++s) {
        const int b = ix.sentence_begin(s), e = ix.sentence_end(s);
        for (int i = b; i < e; ++i) {
            if (InsideDirectQuote(*doc, doc->tokens[i].span.start)) continue;
            // "..., according to X."
            if (ix.lower(i) == "according" && i + 2 < e && ix.lower(i + 1) == "to") {
                int m = ix.MentionAt(i + 2);
                if (m < 0 || !CanSpeak(doc->mentions[m]) || i <= b) continue;
                int last = i - 1;
                while (last > b && IsPunct(ix.text(last))) --last;
                Quote q;
                q.span = {doc->tokens[b].span.start, doc->tokens[last].span.end};
                q.text = std::string(doc->TextOf(q.span));
                q.direct = false;
                q.speaker = EntityOf(*doc, m);
                q.cue = "according to";
                q.sentence = s;
                q.rule = "according-to";
                AddAbout(doc, ix, &q);
                if (CountWords(q.text) >= 3) found.push_back(std::move(q));
                continue;
            }
            if (!IsSpeechCue(ix.lower(i))) continue;
            int speaker = SubjectBefore(*doc, ix, i, b);
            // "X criticized Y, saying that ...": the participle's subject is the clause's.
            if (ix.lower(i) == "saying") {
                speaker = -1;
                for (int k = b; k < i && speaker < 0; ++k) {
                    int m = ix.MentionAt(k);
                    if (m >= 0 && CanSpeak(doc->mentions[m])) speaker = m;
                }
            }
            if (speaker < 0) continue;
            // Skip time and manner adverbials up to "that": "said on Thursday that".
            int j = i + 1;
            while (j < e && j - i <= 6 && ix.lower(j) != "that" && !IsQuoteMark(ix.text(j)) &&
                   ix.lower(j) != ".") {
                ++j;
            }
            if (j >= e - 1 || ix.lower(j) != "that") {
                // "Hoffmann said Germany supported ...": a clause right after the cue, opened by
                // its subject (a name, a pronoun, or with "said" a definite noun phrase: "He said
                // the war had been ..."), is reported speech without "that".
                int subj = i + 1 < e ? ix.MentionAt(i + 1) : -1;
                bool opens_clause = subj >= 0 && doc->mentions[subj].type != EntityType::kDate;
                if (subj < 0 && i + 4 < e && (ix.lower(i) == "said" || ix.lower(i) == "says")) {
                    const std::string& w = ix.lower(i + 1);
                    opens_clause = w == "the" || w == "it" || w == "we";
                }
                opens_clause = opens_clause || IsHeadlineSentence(ix, b, e);
                bool after_quote = i > b && (IsQuoteMark(ix.text(i - 1)) || ix.lower(i - 1) == ",");
                if (!opens_clause || after_quote || ix.lower(i) == "told" ||
                    ix.lower(i) == "asked") {
                    continue;
                }
                j = i;  // the clause starts right after the cue
            }
            int last = e - 1;
            while (last > j && IsPunct(ix.text(last)) && !IsQuoteMark(ix.text(last))) --last;
            if (last <= j) continue;
            Quote q;
            q.span = {doc->tokens[j + 1].span.start, doc->tokens[last].span.end};
            q.text = std::string(doc->TextOf(q.span));
            q.direct = false;
            q.speaker = EntityOf(*doc, speaker);
            q.cue = ix.lower(i);
            q.sentence = s;
            q.rule = ix.lower(j) == "that" ? "reported-that" : "reported-clause";
            AddAbout(doc, ix, &q);
            found.push_back(std::move(q));
            i = last;
        }
    }
    // A quoted fragment inside reported speech ("saying that he was "playing politics"") is
    // the reported speaker's.
    for (Quote& d : doc->quotes) {
        if (!d.direct || d.speaker >= 0) continue;
        for (const Quote& r : found) {
            if (r.speaker >= 0 && r.span.start <= d.span.start && d.span.end <= r.span.end + 2) {
                d.speaker = r.speaker;
                d.cue = r.cue;
                d.rule = "inside-reported-speech";
            }
        }
    }
    for (Quote& q : found) doc->quotes.push_back(std::move(q));
    std::stable_sort(doc->quotes.begin(), doc->quotes.end(),
                     [](const Quote& a, const Quote& b) { return a.span.start < b.span.start; });
}

}  // namespace

void QuoteExtractor::Run(Document* doc, const TokenIndex& index) const {
    FindDirectQuotes(doc, index);
    FindReportedSpeech(doc, index);
}

}  // namespace dossier::importers
