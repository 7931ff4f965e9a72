// A definite description standing for a speaker the article named before: "the mayor" for
// "Mayor Lena Sund", "the ministry" for "the Finance Ministry". Used by the quote extractor for
// `"...," the mayor said.` when the coreference stage made no mention of the description.
#pragma once

#include "importers/document.h"
#include "importers/pipeline_tokens.h"

namespace dossier::importers {

struct NominalSpeaker {
    int tokens = 0;   // tokens of the description ("the mayor": 2); 0 when there is none
    int entity = -1;  // the one entity it can stand for, or -1 (none or several: no guess)
};

// Reads `the <office>` (a person earlier given that title) or `the <word>` (an organisation
// earlier named with that last word) at token `t`, looking back only at mentions before it.
NominalSpeaker NominalSpeakerAt(const Document& doc, const TokenIndex& ix, int t);

}  // namespace dossier::importers
