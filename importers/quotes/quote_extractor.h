// QuoteExtractor: direct quotations and reported speech, attributed to speakers.
//
// Direct quotes are found on the raw text first (pairs of straight or curly double quotation
// marks within a paragraph; a paragraph that ends inside an open quote continues it), then
// attributed in two steps: quote -> the mention next to a speech cue (`"...," he said`,
// `"...," said Mr. X`, `X said: "..."`, `"...," the ministry said in a statement`; cues in
// data/speech_cues.inc), or the speaker of the previous quote in the same paragraph, in the
// previous paragraph when the quote ran on into this one, or when this paragraph is only a quote
// and the previous one ended with an attributed quote (or, failing that, the next one opens with
// a quote attributed by its cue); mention -> entity through the coreference
// chains. A description with no mention ("the mayor", "the ministry") names the one person
// given that title or the one organisation with that last word earlier, else no one. A quote
// with no speaker found keeps speaker -1. A quotation interrupted by its attribution
// (`"We will rebuild," Sund said, "and soon."`) is one quote: text "We will rebuild ... and
// soon.", span from the first half to the end of the second. Very short quoted fragments with no
// cue beside them ("de jure") are scare quotes, not quotations.
// Reported speech ("X said that ...", "X said on Thursday that ...", "..., according to X") gives
// quotes with direct = false whose text is the reported clause.
// REQUIRES: coreference has run (mention.entity set).
#pragma once

#include "importers/document.h"
#include "importers/pipeline_tokens.h"

namespace dossier::importers {

class QuoteExtractor {
  public:
    void Run(Document* doc, const TokenIndex& index) const;
};

}  // namespace dossier::importers
