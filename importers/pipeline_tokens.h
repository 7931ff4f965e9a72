// Token-level helpers shared by the meaning stages (coreference, quotes, relations, events, dates).
// They read Document::tokens and Document::sentences only; tokens are assumed sorted by offset and
// each to carry its sentence index, as the Tokenizer contract in document.h says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/ascii.h"
#include "importers/document.h"

namespace dossier::importers {

// The [begin, end) token index range of each sentence, and mention lookups by token.
class TokenIndex {
  public:
    explicit TokenIndex(const Document& doc);

    int sentence_begin(int sentence) const { return ranges_[sentence].first; }
    int sentence_end(int sentence) const { return ranges_[sentence].second; }
    int token_count() const { return static_cast<int>(lower_.size()); }
    // Lower-case token text, with a trailing period of an abbreviation kept ("mr.").
    const std::string& lower(int token) const { return lower_[token]; }
    std::string_view text(int token) const;
    // Index of the first token starting at or after byte `offset` (token_count() when none).
    int TokenAt(uint32_t offset) const;
    // Index of the mention covering token `token`, or -1.
    int MentionAt(int token) const { return mention_at_[token]; }
    // First and one-past-last token of mention `m`.
    int MentionBegin(int m) const { return mention_begin_[m]; }
    int MentionEnd(int m) const { return mention_end_[m]; }
    // Recomputes the mention lookups after mentions were added.
    void IndexMentions();

  private:
    const Document& doc_;
    std::vector<std::pair<int, int>> ranges_;
    std::vector<std::string> lower_;
    std::vector<int> mention_at_;
    std::vector<int> mention_begin_;
    std::vector<int> mention_end_;
};

// True for "he", "she", "his", ... (third person, singular, personal).
bool IsPersonPronoun(std::string_view lower);
// True for "they", "them", "their".
bool IsPluralPronoun(std::string_view lower);
// True for a quotation mark: " “ ” „ «  » (as whole tokens).
bool IsQuoteMark(std::string_view token);

}  // namespace dossier::importers
