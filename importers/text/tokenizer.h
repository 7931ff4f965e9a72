// Tokenizer: sentences -> tokens with UTF-8 byte offsets and their sentence index.
//
// A token is one of: a word (letters and digits, with inner hyphens "five-year", inner apostrophes
// "O'Neill", dotted acronyms "U.S."); a number ("83", "1,000", "3.5", "14:13", "22-06-2018"); an
// abbreviation with its period ("Mr.", "Gen.", an initial "F."); the possessive "'s"/"’s" split off
// its word ("Russia" "’s"); or one punctuation mark (quotes straight and curly, brackets, dashes;
// "..." and "--" stay whole). White space (including no-break and other Unicode spaces) separates
// tokens and is never part of one. The scanner allocates nothing per token.
#pragma once

#include <string_view>
#include <vector>

#include "importers/document.h"

namespace dossier::importers {

class Tokenizer {
  public:
    // Appends the tokens of text[span] to *out, each tagged with `sentence`. Offsets are into
    // `text` (the whole article text), not into the span.
    static void Tokenize(std::string_view text, Span span, int sentence, std::vector<Token>* out);
    // Replaces doc->tokens with the tokens of every sentence in doc->sentences, in order.
    static void Tokenize(Document* doc);
};

}  // namespace dossier::importers
