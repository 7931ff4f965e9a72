#include "importers/gazetteer/gazetteer.h"

#include <algorithm>

#include "graph/ascii.h"
#include "importers/text/tokenizer.h"

namespace dossier::importers {
namespace {

bool StartsUpper(std::string_view w) {
    if (w.empty()) return false;
    const unsigned char c = static_cast<unsigned char>(w[0]);
    return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

bool CaseMatches(const GazetteerEntry& e, std::string_view text, const std::vector<Token>& tokens,
                 size_t begin) {
    for (size_t i = 0; i < e.words.size(); ++i) {
        const Span& s = tokens[begin + i].span;
        const std::string_view w = text.substr(s.start, s.size());
        switch (e.case_rule) {
            case CaseRule::kAnyCase:
                break;
            case CaseRule::kExact:
                if (w != e.words[i]) return false;
                break;
            case CaseRule::kCapitalized:
                if (StartsUpper(e.words[i]) && !StartsUpper(w)) return false;
                break;
        }
    }
    return true;
}

// Optimal string alignment distance of `lower` and `name` (ASCII case folded) is at most 1.
bool WithinOneEditIgnoreCase(std::string_view lower, std::string_view name) {
    char buf[64];
    if (name.size() > sizeof(buf)) return false;
    for (size_t i = 0; i < name.size(); ++i) buf[i] = AsciiToLower(name[i]);
    std::string_view a = lower, b(buf, name.size());
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (i == a.size()) return true;  // b has one extra char at the end (or equal)
    if (a.size() == b.size()) {
        // substitution, or swap of neighbours
        if (a.substr(i + 1) == b.substr(i + 1)) return true;
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] &&
               a.substr(i + 2) == b.substr(i + 2);
    }
    return a.substr(i) == b.substr(i + 1);  // deletion
}

constexpr size_t kMinNearLength = 7;

}  // namespace

void Gazetteer::Add(GazetteerEntry entry) {
    std::vector<Token> tokens;
    Tokenizer::Tokenize(entry.surface, Span{0, static_cast<uint32_t>(entry.surface.size())}, 0,
                        &tokens);
    if (tokens.empty()) return;
    entry.words.clear();
    std::vector<std::string_view> words;
    for (const Token& t : tokens) {
        words.push_back(std::string_view(entry.surface).substr(t.span.start, t.span.size()));
        entry.words.emplace_back(words.back());
    }
    // Merge with an entry of the same kind and surface at this node.
    int node = GazetteerTrie::kRoot;
    for (std::string_view w : words) {
        node = node < 0 ? -1 : trie_.Child(node, w);
    }
    if (node >= 0) {
        for (uint32_t v : trie_.Values(node)) {
            GazetteerEntry& old = *entries_[v];
            if (old.kind == entry.kind && AsciiEqualsIgnoreCase(old.surface, entry.surface) &&
                old.iso2 == entry.iso2) {
                old.case_rule = std::min(old.case_rule, entry.case_rule);
                return;
            }
        }
    }
    if (entry.kind == GazetteerKind::kOrganizationHead) {
        organization_heads_.insert(HashLower(entry.surface));
    }
    const uint32_t index = static_cast<uint32_t>(entries_.size());
    if (entry.kind == GazetteerKind::kCountry && !country_names_.count(entry.iso2)) {
        country_names_[entry.iso2] = entry.canonical;
    }
    entries_.push_back(std::make_unique<GazetteerEntry>(std::move(entry)));
    // The views above pointed into the moved-from surface: rebuild them from the stored words.
    words.assign(entries_.back()->words.begin(), entries_.back()->words.end());
    trie_.Insert(words, index);
    IndexNear(index);
}

namespace {

// HashLower of `s` without its character at `skip` (npos: the whole string), with no copy.
uint64_t HashWithout(std::string_view s, size_t skip) {
    if (skip >= s.size()) return HashLower(s);
    return HashLower(s.substr(skip + 1), HashLower(s.substr(0, skip)));
}

}  // namespace

void Gazetteer::IndexNear(uint32_t index) {
    const GazetteerEntry& e = *entries_[index];
    if (e.kind != GazetteerKind::kCountry && e.kind != GazetteerKind::kCity) return;
    if (e.words.size() != 1 || e.surface.size() < kMinNearLength) return;
    for (char c : e.surface) {
        if (!std::isalpha(static_cast<unsigned char>(c))) return;
    }
    for (size_t skip = 0; skip <= e.surface.size(); ++skip) {
        std::vector<uint32_t>& v = near_[HashWithout(e.surface, skip)];
        if (std::find(v.begin(), v.end(), index) == v.end()) v.push_back(index);
    }
}

bool Gazetteer::IsOrganizationHead(std::string_view word) const {
    return organization_heads_.count(HashLower(word)) > 0;
}

void Gazetteer::AddPlaceHead(std::string_view word, PlaceHead position) {
    place_heads_.insert(HashLower(word) ^ static_cast<uint64_t>(position));
}

bool Gazetteer::IsPlaceHead(std::string_view word, PlaceHead position) const {
    return place_heads_.count(HashLower(word) ^ static_cast<uint64_t>(position)) > 0;
}

void Gazetteer::AddDictionaryWord(std::string_view lower) {
    dictionary_.insert(HashLower(lower));
}

bool Gazetteer::IsDictionaryWord(std::string_view word) const {
    return dictionary_.count(HashLower(word)) > 0;
}

void Gazetteer::AddCommonWord(std::string_view lower) {
    common_words_.insert(HashLower(lower));
}

bool Gazetteer::IsCommonWord(std::string_view word) const {
    return common_words_.count(HashLower(word)) > 0;
}

std::string_view Gazetteer::CountryName(std::string_view iso2) const {
    const auto it = country_names_.find(std::string(iso2));
    return it == country_names_.end() ? std::string_view() : std::string_view(it->second);
}

void Gazetteer::MatchAt(std::string_view text, const std::vector<Token>& tokens, size_t begin,
                        size_t end, std::vector<GazetteerHit>* hits) const {
    int node = GazetteerTrie::kRoot;
    for (size_t i = begin; i < end; ++i) {
        const Span& s = tokens[i].span;
        node = trie_.Child(node, text.substr(s.start, s.size()));
        if (node < 0) return;
        for (uint32_t v : trie_.Values(node)) {
            const GazetteerEntry& e = *entries_[v];
            if (CaseMatches(e, text, tokens, begin)) {
                hits->push_back(GazetteerHit{static_cast<int>(i - begin + 1), &e});
            }
        }
    }
}

const GazetteerEntry* Gazetteer::FindNear(std::string_view word) const {
    if (word.size() + 1 < kMinNearLength || word.size() > 40) return nullptr;
    char buf[41];
    for (size_t i = 0; i < word.size(); ++i) buf[i] = AsciiToLower(word[i]);
    const std::string_view lower(buf, word.size());
    const GazetteerEntry* found = nullptr;
    // The variants with one letter deleted meet the indexed names and their deletions: every
    // name one edit away shares a key with `word`; WithinOneEdit drops the false friends.
    for (size_t skip = 0; skip <= lower.size(); ++skip) {
        const auto it = near_.find(HashWithout(lower, skip));
        if (it == near_.end()) continue;
        for (uint32_t v : it->second) {
            const GazetteerEntry* e = entries_[v].get();
            if (found == e || !WithinOneEditIgnoreCase(lower, e->surface)) continue;
            if (found && found->canonical != e->canonical) return nullptr;  // ambiguous
            found = e;
        }
    }
    return found;
}

}  // namespace dossier::importers
