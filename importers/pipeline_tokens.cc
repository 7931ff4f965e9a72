#include "importers/pipeline_tokens.h"

#include <algorithm>

#include "graph/ascii.h"

namespace dossier::importers {

TokenIndex::TokenIndex(const Document& doc) : doc_(doc) {
    ranges_.assign(doc.sentences.size(), {0, 0});
    lower_.reserve(doc.tokens.size());
    for (size_t s = 0; s < doc.sentences.size(); ++s) ranges_[s] = {-1, -1};
    for (size_t i = 0; i < doc.tokens.size(); ++i) {
        const Token& t = doc.tokens[i];
        lower_.push_back(AsciiLower(doc.TextOf(t.span)));
        if (t.sentence < 0 || t.sentence >= static_cast<int>(ranges_.size())) continue;
        auto& r = ranges_[t.sentence];
        if (r.first < 0) r.first = static_cast<int>(i);
        r.second = static_cast<int>(i) + 1;
    }
    // Empty sentences get an empty range at the right place so loops over them do nothing.
    int last = 0;
    for (auto& r : ranges_) {
        if (r.first < 0) r = {last, last};
        last = r.second;
    }
    IndexMentions();
}

std::string_view TokenIndex::text(int token) const {
    return doc_.TextOf(doc_.tokens[token].span);
}

int TokenIndex::TokenAt(uint32_t offset) const {
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), offset,
                               [](const Token& t, uint32_t o) { return t.span.start < o; });
    return static_cast<int>(it - doc_.tokens.begin());
}

void TokenIndex::IndexMentions() {
    mention_at_.assign(doc_.tokens.size(), -1);
    mention_begin_.assign(doc_.mentions.size(), 0);
    mention_end_.assign(doc_.mentions.size(), 0);
    for (size_t m = 0; m < doc_.mentions.size(); ++m) {
        const Span& sp = doc_.mentions[m].span;
        int b = TokenAt(sp.start);
        int e = b;
        while (e < token_count() && doc_.tokens[e].span.end <= sp.end) {
            // The longest mention wins a token: later shorter ones do not steal it.
            if (mention_at_[e] < 0 || doc_.mentions[mention_at_[e]].span.size() < sp.size()) {
                mention_at_[e] = static_cast<int>(m);
            }
            ++e;
        }
        mention_begin_[m] = b;
        mention_end_[m] = std::max(b, e);
    }
}

bool IsPersonPronoun(std::string_view w) {
    return w == "he" || w == "she" || w == "him" || w == "her" || w == "his" || w == "hers" ||
           w == "himself" || w == "herself";
}

bool IsPluralPronoun(std::string_view w) {
    return w == "they" || w == "them" || w == "their";
}

bool IsQuoteMark(std::string_view t) {
    return t == "\"" || t == "\u201C" || t == "\u201D" || t == "\u201E" || t == "\u00AB" ||
           t == "\u00BB";
}

}  // namespace dossier::importers
