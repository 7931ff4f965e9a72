#include "importers/relations/relation_extractor.h"

#include <set>

#include "importers/relations/relation_verb_table.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;
using testing::FindRelation;

TEST(VerbTable, HasAtLeastSixtyVerbsAndPhrases) {
    std::set<std::string_view> lemmas;
    for (const VerbFrame& f : VerbFrames()) lemmas.insert(f.lemma);
    EXPECT_GE(lemmas.size(), 60u);
    for (const VerbForm& f : VerbForms()) EXPECT_FALSE(f.words.empty());
}

TEST(RelationExtractor, FleeFramesByPreposition) {
    Document doc = DocBuilder(
                       "Omar Haddad fled Syria last year. Maria Lopez fled to Spain. "
                       "Anna Petrova took refuge in France.")
                       .Person("Omar Haddad")
                       .Person("Maria Lopez")
                       .Person("Anna Petrova")
                       .Country("Syria", "SY")
                       .Country("Spain", "ES")
                       .Country("France", "FR")
                       .Run();
    EXPECT_NE(FindRelation(doc, "FLED_FROM", "Omar Haddad", "Syria"), nullptr);
    EXPECT_NE(FindRelation(doc, "FLED_TO", "Maria Lopez", "Spain"), nullptr);
    EXPECT_NE(FindRelation(doc, "FLED_TO", "Anna Petrova", "France"), nullptr);
    EXPECT_EQ(FindRelation(doc, "FLED_FROM", "Maria Lopez", "Spain"), nullptr);
}

TEST(RelationExtractor, NegationIsKeptNotDropped) {
    Document doc = DocBuilder(
                       "Spain did not recognize Omar Haddad. France recognized Omar "
                       "Haddad.")
                       .Person("Omar Haddad")
                       .Country("Spain", "ES")
                       .Country("France", "FR")
                       .Run();
    const Relation* spain = FindRelation(doc, "RECOGNIZED", "Spain", "Omar Haddad");
    const Relation* france = FindRelation(doc, "RECOGNIZED", "France", "Omar Haddad");
    ASSERT_NE(spain, nullptr);
    ASSERT_NE(france, nullptr);
    EXPECT_TRUE(spain->negated);
    EXPECT_FALSE(france->negated);
    EXPECT_EQ(spain->verb, "recognize");
}

TEST(RelationExtractor, PassiveVoiceSwapsTheEnds) {
    Document doc = DocBuilder("Omar Haddad was ousted by the National Council.")
                       .Person("Omar Haddad")
                       .Org("National Council")
                       .Run();
    EXPECT_NE(FindRelation(doc, "OUSTED", "National Council", "Omar Haddad"), nullptr);
    EXPECT_EQ(FindRelation(doc, "OUSTED", "Omar Haddad", "National Council"), nullptr);
}

TEST(RelationExtractor, CoordinatedTargetsAndRelativeClauseSubject) {
    Document doc = DocBuilder(
                       "Maria Lopez, who leads the party, criticized Omar Haddad and "
                       "Anna Petrova.")
                       .Person("Maria Lopez")
                       .Person("Omar Haddad")
                       .Person("Anna Petrova")
                       .Run();
    EXPECT_NE(FindRelation(doc, "CRITICIZED", "Maria Lopez", "Omar Haddad"), nullptr);
    EXPECT_NE(FindRelation(doc, "CRITICIZED", "Maria Lopez", "Anna Petrova"), nullptr);
}

TEST(RelationExtractor, RoleAppositivesGiveLeaderAndOfficial) {
    Document doc = DocBuilder(
                       "Russian Prime Minister Vladimir Putin met French Foreign "
                       "Minister Anne Martin.")
                       .Person("Vladimir Putin")
                       .Person("Anne Martin")
                       .Demonym("Russian", "RU")
                       .Demonym("French", "FR")
                       .Country("Russia", "RU")
                       .Country("France", "FR")
                       .Run();
    // Country entities exist only through the demonyms here.
    int ru = -1, fr = -1;
    for (const Entity& e : doc.entities) {
        if (e.label == EntityType::kCountry && e.attributes.at("iso2").as_string() == "RU")
            ru = e.id;
        if (e.label == EntityType::kCountry && e.attributes.at("iso2").as_string() == "FR")
            fr = e.id;
    }
    bool leader = false, official = false, met = false;
    for (const Relation& r : doc.relations) {
        const std::string& src = doc.entities[r.source].name;
        if (r.type == "LEADER_OF" && src == "Vladimir Putin" && r.target == ru) {
            leader = r.properties.at("title").as_string() == "prime minister";
        }
        if (r.type == "OFFICIAL_OF" && src == "Anne Martin" && r.target == fr) {
            official = r.properties.at("title").as_string() == "foreign minister";
        }
        met = met || (r.type == "MET" && src == "Vladimir Putin");
    }
    EXPECT_TRUE(leader);
    EXPECT_TRUE(official);
    EXPECT_TRUE(met);
}

TEST(RelationExtractor, ClaimsInsideQuotesAreAttributed) {
    Document doc = DocBuilder(
                       "\"Spain has betrayed us and Spain supported the coup,\" Omar "
                       "Haddad said.")
                       .Person("Omar Haddad")
                       .Country("Spain", "ES")
                       .Run();
    // No target after "supported" that is an entity: no relation; but attribution is checked
    // on a claim with both ends below.
    Document doc2 = DocBuilder("\"France supported Spain for years,\" Omar Haddad said.")
                        .Person("Omar Haddad")
                        .Country("Spain", "ES")
                        .Country("France", "FR")
                        .Run();
    const Relation* r = FindRelation(doc2, "SUPPORTED", "France", "Spain");
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->attributed_to, testing::EntityNamed(doc2, "Omar Haddad"));
    EXPECT_EQ(FindRelation(doc, "SUPPORTED", "Spain", "Omar Haddad"), nullptr);
}

TEST(RelationExtractor, CapitalActsForItsCountryAndCityIsLocated) {
    Document doc = DocBuilder("Russia is large. Moscow did not recognize Omar Haddad.")
                       .Person("Omar Haddad")
                       .Country("Russia", "RU")
                       .City("Moscow", "RU")
                       .Run();
    const Relation* r = FindRelation(doc, "RECOGNIZED", "Russia", "Omar Haddad");
    ASSERT_NE(r, nullptr);
    EXPECT_TRUE(r->negated);
    EXPECT_EQ(r->properties.at("via").as_string(), "Moscow");
    EXPECT_NE(FindRelation(doc, "LOCATED_IN", "Moscow", "Russia"), nullptr);
}

TEST(RelationExtractor, TitleBeforeTargetNameAndCoordinatedVerb) {
    Document doc = DocBuilder(
                       "Maria Lopez met German Chancellor Anna Weber in Berlin. Omar "
                       "Haddad condemned the talks and accused Germany of meddling.")
                       .Person("Maria Lopez")
                       .Person("Anna Weber")
                       .Person("Omar Haddad")
                       .Demonym("German", "DE")
                       .Country("Germany", "DE")
                       .City("Berlin", "DE")
                       .Run();
    EXPECT_NE(FindRelation(doc, "MET", "Maria Lopez", "Anna Weber"), nullptr);
    EXPECT_EQ(FindRelation(doc, "MET", "Maria Lopez", "Germany"), nullptr);
    EXPECT_NE(FindRelation(doc, "ACCUSED", "Omar Haddad", "Germany"), nullptr);
}

}  // namespace
}  // namespace dossier::importers
