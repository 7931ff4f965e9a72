// Notifications: unknown labels, relationship types and property keys, with suggestions.
#include "query/notifications.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "query/parser/parser.h"

namespace dossier::query {
namespace {

using ::testing::ElementsAre;
using ::testing::IsEmpty;

NamesRead Read(const std::string& text) {
    auto parsed = Parse(text);
    EXPECT_TRUE(parsed.ok()) << parsed.status().ToString();
    return parsed.ok() ? CollectNamesRead(*parsed) : NamesRead{};
}

std::vector<std::string> Names(const std::vector<NameUse>& uses) {
    std::vector<std::string> out;
    for (const NameUse& use : uses) out.push_back(use.name);
    return out;
}

std::vector<std::string> Messages(const std::string& text, const KnownNames& known) {
    std::vector<std::string> out;
    for (const Notification& n : UnknownNameNotifications(Read(text), known)) {
        out.push_back(n.code + ": " + n.message);
    }
    return out;
}

KnownNames News() {
    KnownNames known;
    known.labels = {"City", "Country", "Person", "Quote"};
    known.relationship_types = {"FLED_TO", "LEADER_OF", "SAID"};
    known.property_keys = {"evidence", "name", "since", "text"};
    return known;
}

TEST(NamesReadTest, PatternsLabelTestsAndPropertiesOfPatternVariables) {
    const NamesRead read = Read(
        "MATCH (p:Person {name: 'X'})-[r:FLED_TO|LEFT]->(c) WHERE c:City AND r.since > 2000 "
        "AND EXISTS { (p)-[:SAID]->(:Quote) } WITH p, {nick: 1} AS m "
        "RETURN p.born, p {.title}, m.nick, [(p)-[:MET]->(x:Person) | x.name]");
    EXPECT_THAT(Names(read.labels), ElementsAre("Person", "City", "Quote"));
    EXPECT_THAT(Names(read.relationship_types), ElementsAre("FLED_TO", "LEFT", "SAID", "MET"));
    // m is a map, not a node: m.nick reads no stored property key.
    EXPECT_THAT(Names(read.property_keys), ElementsAre("name", "since", "born", "title"));
}

TEST(NamesReadTest, NamesTheStatementWritesAreLeftOut) {
    const NamesRead read = Read(
        "MATCH (a:Draft {title: 'x'}) CREATE (a)-[:CITES {page: 1}]->(:Source {name: a.title}) "
        "SET a:Checked, a.checked = true MERGE (b:Draft {slug: 's'})");
    EXPECT_THAT(Names(read.labels), IsEmpty());  // Draft: MERGE may create it
    EXPECT_THAT(Names(read.relationship_types), IsEmpty());
    EXPECT_THAT(Names(read.property_keys), ElementsAre("title"));
}

TEST(UnknownNamesTest, EachUnknownNameOnceWithTheNearestKnownOne) {
    EXPECT_THAT(
        Messages("MATCH (p:Persn)-[:FLED_TO]->(c:Country), (q:Persn)-[:LEADER]->(c) "
                 "WHERE p.nme = 'X' AND p.zodiac IS NULL RETURN p.name",
                 News()),
        ElementsAre("UnknownLabel: label `Persn` is not in the database (did you mean `Person`?)",
                    "UnknownRelationshipType: relationship type `LEADER` is not in the database",
                    "UnknownPropertyKey: property key `nme` is not in the database (did you "
                    "mean `name`?)",
                    "UnknownPropertyKey: property key `zodiac` is not in the database"));
}

TEST(UnknownNamesTest, CaseMattersButIsForgivenInSuggestions) {
    EXPECT_THAT(Messages("MATCH (p:person) RETURN p", News()),
                ElementsAre("UnknownLabel: label `person` is not in the database (did you mean "
                            "`Person`?)"));
    EXPECT_THAT(Messages("MATCH (p:Person)-[:SAID]->(q:Quote) RETURN q.text", News()), IsEmpty());
}

TEST(UnknownNamesTest, APartialKeySampleIsSaidToBeOne) {
    KnownNames known = News();
    known.property_keys_complete = false;
    EXPECT_THAT(Messages("MATCH (p:Person) RETURN p.nam", known),
                ElementsAre("UnknownPropertyKey: property key `nam` was not seen in a sample of "
                            "the database (did you mean `name`?)"));
}

TEST(UnknownNamesTest, PositionsPointAtTheFirstUse) {
    const auto notes = UnknownNameNotifications(Read("MATCH (a)\nMATCH (b:Nope) RETURN b"), News());
    ASSERT_EQ(notes.size(), 1u);
    EXPECT_EQ(notes[0].pos.line, 2);
    EXPECT_EQ(notes[0].pos.column, 7);
}

}  // namespace
}  // namespace dossier::query
