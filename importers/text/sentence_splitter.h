// SentenceSplitter: article text -> sentences, on ICU's BreakIterator for locale "en@ss=standard"
// (whose suppression list keeps "Mr." and the like inside sentences), corrected with our own list
// of abbreviations that never end a sentence ("Gen.", "Sen.", "St.", "Jan.", initials such as
// "F.") and dotted acronyms ("U.S.", "U.N.") that end one only before a typical sentence opener.
// Blank lines (paragraph ends) always break, and so does the line break after a line in
// headline case with no closing punctuation (text/headline_case.h); any other single line break
// is read as a space, so that hard-wrapped text is not cut mid-sentence.
//
// Not thread-safe: each thread owns its splitter (the BreakIterator holds state).
#pragma once

#include <unicode/uversion.h>

#include <memory>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "importers/document.h"

U_NAMESPACE_BEGIN
class BreakIterator;
U_NAMESPACE_END

namespace dossier::importers {

class SentenceSplitter {
  public:
    // Fails only when ICU cannot provide its sentence rules (a broken ICU installation).
    static Result<std::unique_ptr<SentenceSplitter>> Create();
    ~SentenceSplitter();

    // Sentence spans of `text`, trimmed of surrounding white space, in order, never empty.
    std::vector<Span> Split(std::string_view text);
    // Replaces doc->sentences with the sentences of doc->article.text.
    void Split(Document* doc);

  private:
    explicit SentenceSplitter(std::unique_ptr<icu::BreakIterator> iterator);
    void SplitParagraph(std::string_view text, uint32_t offset, std::vector<Span>* out);

    std::unique_ptr<icu::BreakIterator> iterator_;
    std::string scratch_;  // a paragraph with its single line breaks turned into spaces
};

// True when `word` (with its final period, e.g. "Gen.") is an abbreviation that does not end a
// sentence. Case-sensitive for the first letter ("Gen." yes, "gen." no).
bool IsNonTerminalAbbreviation(std::string_view word);

}  // namespace dossier::importers
