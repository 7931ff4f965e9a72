// QuoteExtractor: direct quotations and reported speech, attributed to speakers.
//
// Direct quotes are found on the raw text first (pairs of straight or curly double quotation
// marks within a paragraph; a paragraph that ends inside an open quote continues it), then
// attributed in two steps: quote -> the mention next to a speech cue (`"...," he said`,
// `"...," said Mr. X`, `X said: "..."`), or the speaker of the previous quote in the same or the
// previous paragraph; mention -> entity through the coreference chains. Very short quoted
// fragments with no cue beside them ("de jure") are scare quotes, not quotations.
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
