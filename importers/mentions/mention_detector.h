// MentionDetector: tokens -> typed mentions (Document::mentions).
//
// Reads doc->article.text, doc->sentences and doc->tokens (SentenceSplitter and Tokenizer first)
// and appends, sorted by start offset and never overlapping one another:
//   - names (form kName) of Person, Country, City and Organization: gazetteer matches (longest
//     first), then capitalised sequences typed by context (a title or honorific before -> Person,
//     a verb of saying or an apposition after -> Person, "in"/"to"/"from" before -> a place, an
//     organisation head word -> Organization, a name one edit from a known country or city -> that
//     place, a part of a Person name seen elsewhere in the article -> Person); demonyms become
//     Country mentions with rule "demonym";
//   - nominals (form kNominal): "the Russian foreign minister" -> Person, "the parliament" ->
//     Organization;
//   - pronouns (form kPronoun, type Person): he, she, they and their other forms;
//   - dates (type Date): "April 23", "22-06-2018", "Tuesday", "early Monday morning", "last week".
// Each mention records its `rule`. Attributes (Mention::attributes) the later stages read:
//   "name" canonical name of a gazetteer match ("Kyrgyzstan" for "Kyrgystan"), "iso2" of a Country
//   mention, "country" (ISO alpha-2) of a City, of a demonym-qualified person or organisation, or
//   of "the president of X", "kind" ("region" for a City-typed place from the regions list: a
//   state, a continent), "title" and "role" (leader | official | honorific) of an office,
//   "honorific" ("Mr."), "party" ("Democrat" in "Democrat Ana Ruiz"), "former" (true after
//   "ousted", "former", ...), "gender" (pronouns and honorifics: male | female | plural).
// A Person name is the name only: titles, party labels and the words before them are never in
// its span, and no mention runs over a line break.
//
// Const and stateless between calls: one detector may serve many threads.
#pragma once

#include "graph/status.h"
#include "importers/document.h"
#include "importers/gazetteer/gazetteer.h"

namespace dossier::importers {

class MentionDetector {
  public:
    // REQUIRES: gazetteer outlives the detector.
    explicit MentionDetector(const Gazetteer* gazetteer) : gazetteer_(gazetteer) {}
    // A detector over Gazetteer::Default(); fails as that does (iso-codes missing).
    static Result<MentionDetector> CreateDefault();

    // Appends the mentions of *doc (see above) and sorts doc->mentions by start offset.
    void Detect(Document* doc) const;

  private:
    const Gazetteer* gazetteer_;
};

}  // namespace dossier::importers
