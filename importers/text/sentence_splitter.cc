#include "importers/text/sentence_splitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/utext.h>

#include <array>
#include <cctype>

#include "importers/text/headline_case.h"

namespace dossier::importers {
namespace {

// Titles, honorifics, months and other abbreviations written with a period that are followed by
// more of the same sentence.
constexpr std::array<std::string_view, 58> kAbbreviations = {
    "Mr.",   "Mrs.", "Ms.",  "Dr.",   "Prof.", "Gen.", "Lt.",     "Col.",   "Maj.",  "Capt.",
    "Sgt.",  "Cpl.", "Adm.", "Cmdr.", "Brig.", "Gov.", "Sen.",    "Rep.",   "Rev.",  "Fr.",
    "St.",   "Sr.",  "Jr.",  "Hon.",  "Pres.", "Amb.", "Messrs.", "Mme.",   "Mlle.", "Supt.",
    "Insp.", "Det.", "Jan.", "Feb.",  "Mar.",  "Apr.", "Jun.",    "Jul.",   "Aug.",  "Sep.",
    "Sept.", "Oct.", "Nov.", "Dec.",  "Mon.",  "Tue.", "Wed.",    "Thu.",   "Fri.",  "Sat.",
    "No.",   "Nos.", "vs.",  "v.",    "Vol.",  "Ft.",  "Mt.",     "approx."};

// Words that typically open a sentence: after "U.S." they mean the acronym ended one.
constexpr std::array<std::string_view, 32> kOpeners = {
    "The", "A",     "An",   "He",   "She",     "It",        "They",  "We",
    "I",   "You",   "This", "That", "These",   "Those",     "But",   "And",
    "Or",  "So",    "Yet",  "In",   "On",      "At",        "There", "His",
    "Her", "Their", "Its",  "Our",  "However", "Meanwhile", "After", "When"};

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// The word before `end` (stops at white space), e.g. "Mr." or "U.S.".
std::string_view WordBefore(std::string_view text, size_t end) {
    while (end > 0 && IsSpace(text[end - 1])) --end;
    size_t start = end;
    while (start > 0 && !IsSpace(text[start - 1])) --start;
    std::string_view w = text.substr(start, end - start);
    // Opening quotes or brackets do not belong to the word.
    while (!w.empty() && (w.front() == '"' || w.front() == '(' || w.front() == '\''))
        w.remove_prefix(1);
    return w;
}

std::string_view WordAfter(std::string_view text, size_t start) {
    while (start < text.size() && IsSpace(text[start])) ++start;
    size_t end = start;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    return text.substr(start, end - start);
}

// "U.S.", "U.N.", "e.g.": letters each followed by a period, two or more of them.
bool IsDottedAcronym(std::string_view w) {
    if (w.size() < 4 || w.size() % 2 != 0) return false;
    for (size_t i = 0; i < w.size(); i += 2) {
        if (!std::isalpha(static_cast<unsigned char>(w[i])) || w[i + 1] != '.') return false;
    }
    return true;
}

bool IsInitial(std::string_view w) {
    return w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) && w[1] == '.';
}

// True when the ICU break at `pos` should be dropped.
bool JoinsAcross(std::string_view text, size_t pos) {
    size_t next = pos;
    while (next < text.size() && IsSpace(text[next])) ++next;
    // A sentence does not start with a lower-case word: `"What have they done?" he asked.`
    if (next < text.size() && std::islower(static_cast<unsigned char>(text[next]))) return true;
    const std::string_view before = WordBefore(text, pos);
    if (before.empty() || before.back() != '.') return false;
    const std::string_view after = WordAfter(text, pos);
    const bool next_is_digit =
        next < text.size() && std::isdigit(static_cast<unsigned char>(text[next]));
    if (IsNonTerminalAbbreviation(before)) return true;
    if (IsInitial(before))
        return !after.empty() && std::isupper(static_cast<unsigned char>(after[0]));
    if (IsDottedAcronym(before)) {
        if (next_is_digit) return true;
        for (std::string_view o : kOpeners) {
            if (o == after) return false;
        }
        return !after.empty();
    }
    return false;
}

}  // namespace

bool IsNonTerminalAbbreviation(std::string_view word) {
    for (std::string_view a : kAbbreviations) {
        if (a == word) return true;
    }
    return false;
}

Result<std::unique_ptr<SentenceSplitter>> SentenceSplitter::Create() {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(
        icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
    if (U_FAILURE(status) || !it) {
        return Status(Status::Code::kRuntimeError,
                      std::string("ICU sentence break rules unavailable: ") + u_errorName(status));
    }
    return std::unique_ptr<SentenceSplitter>(new SentenceSplitter(std::move(it)));
}

SentenceSplitter::SentenceSplitter(std::unique_ptr<icu::BreakIterator> iterator)
    : iterator_(std::move(iterator)) {}

SentenceSplitter::~SentenceSplitter() = default;

void SentenceSplitter::SplitParagraph(std::string_view text, uint32_t offset,
                                      std::vector<Span>* out) {
    scratch_.assign(text);
    for (char& c : scratch_) {
        if (c == '\n' || c == '\r') c = ' ';
    }
    UErrorCode status = U_ZERO_ERROR;
    UText* ut =
        utext_openUTF8(nullptr, scratch_.data(), static_cast<int64_t>(scratch_.size()), &status);
    if (U_FAILURE(status)) {
        out->push_back(Span{offset, offset + static_cast<uint32_t>(text.size())});
        return;
    }
    iterator_->setText(ut, status);
    size_t start = 0;
    for (int32_t b = iterator_->next(); b != icu::BreakIterator::DONE; b = iterator_->next()) {
        const size_t pos = static_cast<size_t>(b);
        if (pos < scratch_.size() && JoinsAcross(scratch_, pos)) continue;
        // Trim and keep non-empty pieces.
        size_t s = start, e = pos;
        while (s < e && IsSpace(text[s])) ++s;
        while (e > s && IsSpace(text[e - 1])) --e;
        if (e > s) {
            out->push_back(
                Span{offset + static_cast<uint32_t>(s), offset + static_cast<uint32_t>(e)});
        }
        start = pos;
    }
    utext_close(ut);
}

std::vector<Span> SentenceSplitter::Split(std::string_view text) {
    std::vector<Span> out;
    // Paragraphs end at blank lines (a line holding only white space counts as blank).
    size_t para_start = 0;
    size_t pos = 0;
    while (pos <= text.size()) {
        const size_t nl = text.find('\n', pos);
        if (nl == std::string_view::npos) break;
        size_t next = nl + 1;
        while (next < text.size() &&
               (text[next] == ' ' || text[next] == '\t' || text[next] == '\r'))
            ++next;
        // A blank line ends a paragraph; so does the line break after a headline ("Leader Says
        // He Will Return" above the body), whose words must not run into the body's.
        const bool blank = next < text.size() && text[next] == '\n';
        const size_t line_start = text.rfind('\n', nl == 0 ? 0 : nl - 1);
        const size_t from = line_start == std::string_view::npos || nl == 0 ? 0 : line_start + 1;
        if (blank || (next < text.size() && IsHeadlineLine(text.substr(from, nl - from)))) {
            SplitParagraph(text.substr(para_start, nl - para_start),
                           static_cast<uint32_t>(para_start), &out);
            while (next < text.size() && IsSpace(text[next])) ++next;
            para_start = next;
        }
        pos = next;
    }
    if (para_start < text.size()) {
        SplitParagraph(text.substr(para_start), static_cast<uint32_t>(para_start), &out);
    }
    return out;
}

void SentenceSplitter::Split(Document* doc) {
    doc->sentences.clear();
    for (const Span& s : Split(doc->article.text)) doc->sentences.push_back(Sentence{s});
}

}  // namespace dossier::importers
