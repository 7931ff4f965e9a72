// MentionRun: one mention detection pass over one document, the working state behind
// MentionDetector::Detect (mention_detector.h states the behaviour). Internal to the text layer.
//
// Split by concept: mention_run.cc (the pass, gazetteer hits, emitting, capitalised sequences),
// mention_offices.cc (titles, honorifics, nominals, institutions), mention_names.cc (typing
// names no list knows, by context and by the whole article).
#pragma once

#include <cstddef>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "importers/document.h"
#include "importers/gazetteer/gazetteer.h"
#include "importers/mentions/mention_dates.h"
#include "importers/mentions/mention_token_view.h"

namespace dossier::importers {

// A stretch of capitalised tokens whose type needs the whole article to decide.
struct PendingName {
    size_t begin, end;
    bool after_determiner;
    bool place_hint = false;  // after "in", "to", "from", ...: a place unless shown a person
};

class MentionRun {
  public:
    MentionRun(const Gazetteer& g, Document* doc);
    // Detects the mentions of the document and sorts those it added by start offset.
    void Run();
    void set_first_mention(size_t n) { first_mention_ = n; }

  private:
    // The date expression starting at token i (within its sentence).
    const DateMatch& DateAt(size_t i) const { return dates_[i]; }

    // The longest gazetteer hit at token i of one of the wanted kinds.
    GazetteerHit Longest(size_t i, size_t e, std::initializer_list<GazetteerKind> kinds);

    GazetteerHit Place(size_t i, size_t e);

    GazetteerHit Title(size_t i, size_t e) { return Longest(i, e, {GazetteerKind::kTitle}); }

    GazetteerHit Demonym(size_t i, size_t e) { return Longest(i, e, {GazetteerKind::kDemonym}); }

    Mention& Emit(size_t b, size_t e, EntityType type, MentionForm form, std::string rule);

    void EmitGazetteer(size_t b, const GazetteerHit& h, const char* rule);

    void Sentence(size_t b, size_t e);

    // A sentence in headline case: most words capitalised. Only gazetteer and title evidence
    // counts there.
    bool IsHeadlineCase(size_t b, size_t e) const;

    // End of the capitalised sequence starting at i.
    size_t ChunkEnd(size_t i, size_t e);

    bool HasConnector(size_t i, size_t j) const;

    // In a headline every word is capitalised: a verb of saying or a common word at j ("Says",
    // "Will", "In", "He") ends the name before it ("Velasquez Says She Will Return").
    bool EndsHeadlineName(size_t j) const;

    // In a headline, token j is a verb: one of saying ("Says") or a present-tense form whose
    // stem the dictionary lists ("Dissolves", "Visits").
    bool IsHeadlineVerb(size_t j) const;

    // End of the capitalised run starting at k when its last word is an organisation head
    // ("Agriculture Organization", "Liberation Army"), else 0.
    size_t OrganizationRunEnd(size_t k, size_t e) const;

    // Token j is a possessive written onto the word before it: "People's", "Workers'".
    bool IsInnerPossessive(size_t j) const;

    // Every token of [i, j) is a dictionary word ("Food", "Science"), none an acronym.
    bool DictionaryWordsOnly(size_t i, size_t j) const;

    // The capitalised token after a run of one or two name particles at j ("de la Vega" ->
    // "Vega", "bin Khalid" -> "Khalid") on the same line, else 0.
    size_t AfterParticles(size_t j, size_t e) const;

    // End of the person's name starting at the capitalised token k: capitalised words, particles
    // between them, lower-case particle surnames ("al-Assad"); never past a line break, a title
    // or a date.
    size_t NameEnd(size_t k, size_t e);

    // True when token b, opening the capitalised sequence [b, j), is a word before a name rather
    // than part of it: "Top-ranked", "Kremlin-backed", or a dictionary word that opens the
    // sentence ahead of a name of two or more words ("Celebrities Tom Hanks").
    bool IsLeadingModifier(size_t b, size_t j) const;

    // Token b is a hyphenated adjective: "Kremlin-backed", "London-based".
    bool IsAdjectiveCompound(size_t b) const;

    // Title or honorific at i followed by a capitalised name: "Prime Minister Vladimir Putin",
    // "Mr. Bakiyev", "leader Kurmanbek Bakiyev". Returns the tokens consumed (0: no match).
    size_t TitledName(size_t i, size_t e);

    // Country and "former" found before a title at i: "Ousted Kyrgyz leader", "Russia's
    // Foreign Minister", "former President".
    void AddQualifiers(size_t i, Mention* m);

    // "the Russian foreign minister", "the deposed president of Kyrgyzstan", "the parliament".
    size_t Nominal(size_t i, size_t e);

    // "Russia's special services", "Russian security forces": an institution of the country
    // named just before (a Country mention, possibly with a possessive). Emits the institution
    // as a nominal Organization with that country.
    size_t CountryInstitution(size_t i, size_t e);

    // ISO code of "of <Country>" at token k ("president of Kyrgyzstan"), else empty.
    std::string CountryAfterOf(size_t k, size_t e);

    // "Nassau County", "Mount Everest", "West Virginia" (but not "Central Asian country").
    bool IsPlaceChunk(size_t b, size_t j) const;

    bool IsOrganizationChunk(size_t b, size_t j) const;

    void TypeChunk(size_t b, size_t j, size_t e);

    // A capitalised sequence no list knows: type it from its context.
    void TypeUnknown(size_t b, size_t j, size_t e);

    // A single unknown word that acts like a person: the subject of a verb ("Belgrano
    // accepted", "Hans is punishing") at a clause start, and no dictionary word.
    // True after "joined", "played for", "signed to", "member of" and the like.
    bool IsOrganizationContext(size_t b) const;

    // 1 when "is/was a ... village" (a place) follows token j-1, 2 for "... a company/band"
    // (an organisation), else 0.
    int DefinedKind(size_t j, size_t e) const;

    bool IsSubjectName(size_t b, size_t j, size_t e) const;

    // A lower-case noun for an organisation or its members at token j, maybe after one modifier:
    // "party", "oil company", "militants" (importers/data/organization_nouns.inc).
    bool IsOrganizationNounAfter(size_t j, size_t e) const;

    // Longest unknown name a noun beside it makes an organisation: "the Movement for Democratic
    // Change party" has five words; longer runs are more often a headline or a list.
    static constexpr size_t kMaxOrganizationWords = 5;

    // Acronyms that name no organisation: Roman numerals ("XXX", "IV") and everyday
    // abbreviations ("TV", "DJ", "GMT").
    static bool IsCommonAcronym(std::string_view t);

    // ", who", ", the ... president", ", a ... leader" after a name.
    bool IsApposition(size_t j, size_t e);

    // Acronyms the article defines: "Liberation Tigers of Tamil Eelam (LTTE)" becomes an
    // Organization mention, and every later "LTTE" one of it (mention_acronyms.cc).
    void DefinedAcronyms();

    // An acronym the article defined, at token i: emits it with the full name. False if none.
    bool AcronymUse(size_t i);

    std::string Initials(size_t k, size_t p, bool with_connectors) const;

    // Names typed by what the whole article says about their words.
    void ResolvePending();

    // Two or three capitalised words, none a common word, not after "the", not an adjective
    // before a noun ("the Central Asian country").
    bool LooksLikePersonName(const PendingName& p) const;

    const Gazetteer& g_;
    Document* doc_;
    TokenView v_;
    std::vector<bool> used_ = std::vector<bool>(doc_->tokens.size(), false);
    std::vector<GazetteerHit> all_hits_;
    std::vector<DateMatch> dates_;   // per token
    std::vector<size_t> hit_begin_;  // hits at token i: all_hits_[hit_begin_[i], hit_begin_[i+1])
    std::vector<PendingName> pending_;
    std::unordered_map<std::string, std::string> acronyms_;  // "LTTE" -> its full name
    size_t first_mention_ = 0;
    bool headline_ = false;
};

}  // namespace dossier::importers
