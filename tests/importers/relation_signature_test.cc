#include "importers/relations/relation_signature.h"

#include <set>

#include "importers/relations/relation_verb_table.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;
using testing::FindRelation;

TEST(RelationSignature, EveryExtractedTypeHasOne) {
    std::set<std::string_view> signed_types;
    for (std::string_view t : SignedRelationTypes()) signed_types.insert(t);
    for (const VerbFrame& f : VerbFrames()) {
        EXPECT_TRUE(signed_types.count(f.type)) << f.type << " has no signature";
    }
    for (std::string_view t : {"LEADER_OF", "OFFICIAL_OF", "LOCATED_IN"}) {
        EXPECT_TRUE(signed_types.count(t)) << t;
    }
}

TEST(RelationSignature, DeclaredLabels) {
    EXPECT_TRUE(SignatureAllows("LEADER_OF", "Person", "Country"));
    EXPECT_TRUE(SignatureAllows("LEADER_OF", "Person", "Organization"));
    EXPECT_TRUE(SignatureAllows("LEADER_OF", "Person", "City"));
    EXPECT_FALSE(SignatureAllows("LEADER_OF", "Person", "Person"));
    EXPECT_FALSE(SignatureAllows("LEADER_OF", "Country", "Country"));
    EXPECT_TRUE(SignatureAllows("MEMBER_OF", "Person", "Organization"));
    EXPECT_FALSE(SignatureAllows("MEMBER_OF", "Person", "Person"));
    EXPECT_TRUE(SignatureAllows("SUPPORTED", "Country", "Person"));
    EXPECT_FALSE(SignatureAllows("SUPPORTED", "City", "Person"));
    EXPECT_FALSE(SignatureAllows("NO_SUCH_TYPE", "Person", "Person"));
}

TEST(RelationSignature, BrokenSignaturesAreDroppedAndCounted) {
    // "leads" finds a person after it, and a city with no country in the article cannot stand
    // for one: both extractions break their signatures.
    Document doc = DocBuilder(
                       "Omar Haddad leads Maria Lopez on the council. Springfield backed "
                       "Maria Lopez. Anna Petrova leads the Green Party.")
                       .Person("Omar Haddad")
                       .Person("Maria Lopez")
                       .Person("Anna Petrova")
                       .City("Springfield", "US")
                       .Org("Green Party")
                       .Run();
    EXPECT_EQ(FindRelation(doc, "LEADER_OF", "Omar Haddad", "Maria Lopez"), nullptr);
    EXPECT_EQ(FindRelation(doc, "SUPPORTED", "Springfield", "Maria Lopez"), nullptr);
    EXPECT_NE(FindRelation(doc, "LEADER_OF", "Anna Petrova", "Green Party"), nullptr);
    ASSERT_EQ(doc.dropped_relations.size(), 2u);
    std::set<std::string> dropped;
    for (const DroppedRelation& d : doc.dropped_relations) {
        dropped.insert(d.type + " " + d.rule + " " + d.source_label + "->" + d.target_label);
    }
    EXPECT_TRUE(dropped.count("LEADER_OF verb-frame Person->Person"));
    EXPECT_TRUE(dropped.count("SUPPORTED verb-frame City->Person"));

    RelationTally tally;
    tally.Add(doc);
    EXPECT_EQ(tally.dropped(), 2u);
    EXPECT_EQ(tally.found(), doc.relations.size() + 2);
    EXPECT_EQ(tally.by_rule().at("LEADER_OF/verb-frame").found, 2u);
    EXPECT_EQ(tally.by_rule().at("LEADER_OF/verb-frame").dropped, 1u);
    EXPECT_NE(tally.Summary().find("LEADER_OF/verb-frame 1 of 2"), std::string::npos)
        << tally.Summary();
}

}  // namespace
}  // namespace dossier::importers
