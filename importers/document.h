// Document: the one model an article flows through in the extraction pipeline.
//
// Each stage reads earlier layers and appends its own; none rewrites another's:
//   ArticleReader -> Article
//   SentenceSplitter -> sentences;  Tokenizer -> tokens
//   MentionDetector -> mentions (typed: Person, Country, City, Organization, Event, Date)
//   CoreferenceResolver -> entities (chains of mentions), mention.entity
//   QuoteExtractor / QuoteAttributor -> quotes
//   RelationExtractor -> relations;  EventExtractor -> events
//   DropUnsignedRelations -> relations that break their type's signature move to
//   dropped_relations (the one stage that removes what another added)
// Offsets are [start, end) UTF-8 byte offsets into article.text. Every item records the `rule`
// that made it, so `dossier extract` explains itself.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/value.h"

namespace dossier::importers {

struct Span {
    uint32_t start = 0;
    uint32_t end = 0;
    uint32_t size() const { return end - start; }
    bool Contains(const Span& o) const { return start <= o.start && o.end <= end; }
};

struct Article {
    std::string key;  // content hash of title + text (hex); the Article node's key
    std::string title;
    std::string date;    // ISO "YYYY-MM-DD" when known, else empty
    std::string time;    // local clock time "HH:MM[:SS]" of publication when given, else empty
    std::string author;  // byline as the page or crawler gives it ("A. Peña, B. Smith"), or empty
    std::string source;  // source domain or file name
    std::string url;
    std::string text;    // the body analysed; all offsets point into it
    std::string origin;  // where it was read: "path" or "path:line"
};

struct Sentence {
    Span span;
};

struct Token {
    Span span;
    int sentence = 0;  // index into Document::sentences
};

enum class EntityType : uint8_t { kPerson, kCountry, kCity, kOrganization, kEvent, kDate };
enum class MentionForm : uint8_t { kName, kNominal, kPronoun };

const char* EntityTypeName(EntityType t);    // "Person", "Country", ...
const char* MentionFormName(MentionForm f);  // "name", "nominal", "pronoun"

struct Mention {
    Span span;
    std::string text;
    EntityType type = EntityType::kPerson;
    MentionForm form = MentionForm::kName;
    int sentence = 0;
    int entity = -1;  // index into Document::entities once coreference has run
    std::string rule;
    // Attributes found with the mention: e.g. {"title": "Prime Minister"} for "Russian Prime
    // Minister Vladimir Putin", {"country": "RU"} for a demonym, {"iso2": "KG"} for a country.
    graph::Map attributes;
};

struct Entity {
    int id = 0;
    EntityType label = EntityType::kPerson;
    std::string name;  // canonical (the longest proper name in the chain)
    std::vector<std::string> aliases;
    std::vector<int> mentions;  // indices into Document::mentions
    graph::Map attributes;      // e.g. {"iso2": "KG"} for a Country
};

struct Quote {
    Span span;  // the quoted words (without the quotation marks) or the reported clause
    std::string text;
    bool direct = true;
    int speaker = -1;  // entity index, or -1 when unattributed
    std::string cue;   // "said", "added", "stressed", ...
    int sentence = 0;
    std::string rule;
    std::vector<int> about;  // entities the quote talks about
};

struct Relation {
    std::string type;  // SAID, FLED_TO, LEADER_OF, ACCUSED, ...
    int source = -1;   // entity index
    int target = -1;   // entity index (or event index when target_is_event)
    bool target_is_event = false;
    bool negated = false;
    int attributed_to = -1;  // entity index of the speaker when the claim is inside a quote
    std::string verb;
    int sentence = 0;
    Span span;
    std::string rule;
    graph::Map properties;  // e.g. {"title": "president", "former": true}
};

// A relation dropped because its ends break its type's signature
// (importers/relations/relation_signature.h); kept so the drop rate per rule can be watched.
struct DroppedRelation {
    std::string type;
    std::string rule;
    std::string source_label;
    std::string target_label;
    int sentence = 0;
};

struct EventParticipant {
    int entity = -1;
    std::string role;
};

struct Event {
    int id = 0;
    std::string kind;  // uprising, protest, election, news conference, address, ...
    std::string date;  // ISO when resolved, else empty
    std::string date_text;
    int place = -1;  // entity index
    std::vector<EventParticipant> participants;
    int sentence = 0;
    Span span;
    std::string text;
    std::string rule;
    graph::Map properties;  // e.g. {"dead": 83}
};

struct Document {
    Article article;
    std::vector<Sentence> sentences;
    std::vector<Token> tokens;
    std::vector<Mention> mentions;
    std::vector<Entity> entities;
    std::vector<Quote> quotes;
    std::vector<Relation> relations;
    std::vector<DroppedRelation> dropped_relations;
    std::vector<Event> events;

    std::string_view TextOf(const Span& s) const {
        return std::string_view(article.text).substr(s.start, s.end - s.start);
    }
};

}  // namespace dossier::importers
