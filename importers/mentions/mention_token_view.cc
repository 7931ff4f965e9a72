#include "importers/mentions/mention_token_view.h"

#include <unicode/uchar.h>

#include "importers/text/utf8.h"

namespace dossier::importers {
namespace {

TokenShape ShapeOf(std::string_view text) {
    TokenShape s;
    s.text = text;
    if (text.empty()) return s;
    size_t pos = 0;
    const char32_t first = DecodeUtf8(text, &pos);
    s.number = first >= '0' && first <= '9';
    s.word = first < 0x80 ? ((first | 0x20) >= 'a' && (first | 0x20) <= 'z') : u_isalpha(first);
    if (!s.word) return s;
    s.capitalized = first < 0x80 ? (first >= 'A' && first <= 'Z') : u_isupper(first);
    s.lower = !s.capitalized;
    int letters = 0;
    bool any_lower = false;
    for (char c : text) {
        if (c >= 'a' && c <= 'z') any_lower = true;
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) ++letters;
    }
    s.all_caps = s.capitalized && letters >= 2 && !any_lower;
    return s;
}

bool IsOpener(std::string_view t) {
    return t == "\"" || t == "(" || t == "[" || t == "'" || t == "\xE2\x80\x9C" ||
           t == "\xE2\x80\x98" || t == "\xC2\xAB" || t == "-" || t == "\xE2\x80\x94" || t == ":";
}

}  // namespace

TokenView::TokenView(const Document& doc) {
    shapes_.reserve(doc.tokens.size());
    uint32_t previous_end = 0;
    for (const Token& t : doc.tokens) {
        shapes_.push_back(ShapeOf(doc.TextOf(t.span)));
        shapes_.back().sentence = t.sentence;
        const std::string_view gap =
            t.span.start >= previous_end ? doc.TextOf(Span{previous_end, t.span.start}) : "";
        shapes_.back().line_start = shapes_.size() == 1 || gap.find('\n') != std::string_view::npos;
        previous_end = t.span.end;
    }
    ranges_.assign(doc.sentences.size(), {0, 0});
    std::vector<bool> seen(doc.sentences.size(), false);
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
        const int s = doc.tokens[i].sentence;
        if (s < 0 || static_cast<size_t>(s) >= ranges_.size()) continue;
        if (!seen[s]) {
            ranges_[s] = {i, i};
            seen[s] = true;
        }
        ranges_[s].second = i + 1;
    }
}

bool TokenView::SentenceInitial(size_t i) const {
    // Walk back over opening punctuation within the sentence to its first token.
    const int s = shapes_[i].sentence;
    if (s < 0 || static_cast<size_t>(s) >= ranges_.size()) return i == 0;
    const size_t first = ranges_[s].first;
    size_t k = i;
    while (k > first && IsOpener(shapes_[k - 1].text)) --k;
    return k == first;
}

}  // namespace dossier::importers
