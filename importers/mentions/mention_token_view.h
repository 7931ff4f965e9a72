// A per-document view of the tokens with the shape features the mention stages test again and
// again (computed once per token, no allocation per token beyond the one vector).
#pragma once

#include <string_view>
#include <vector>

#include "importers/document.h"

namespace dossier::importers {

struct TokenShape {
    std::string_view text;
    bool capitalized = false;  // first letter upper case ("Minsk", "US", "Öcalan")
    bool all_caps = false;     // two or more letters, none lower case ("NATO", "U.S.")
    bool word = false;         // starts with a letter
    bool number = false;       // starts with a digit
    bool lower = false;        // starts with a lower-case letter
    bool line_start = false;   // a line break (or the start of the text) comes before it
    int sentence = 0;
};

class TokenView {
  public:
    explicit TokenView(const Document& doc);

    const TokenShape& operator[](size_t i) const { return shapes_[i]; }
    size_t size() const { return shapes_.size(); }
    // [begin, end) token range of each sentence.
    size_t sentence_begin(int s) const { return ranges_[s].first; }
    size_t sentence_end(int s) const { return ranges_[s].second; }
    size_t sentence_count() const { return ranges_.size(); }
    // True when token i opens its sentence, possibly after opening quotes or brackets.
    bool SentenceInitial(size_t i) const;

  private:
    std::vector<TokenShape> shapes_;
    std::vector<std::pair<size_t, size_t>> ranges_;
};

}  // namespace dossier::importers
