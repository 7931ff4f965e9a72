#include "importers/events/event_extractor.h"

#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;
using testing::FindEvent;

TEST(EventExtractor, DatePlaceAndSpeaker) {
    Document doc = DocBuilder("Maria Lopez spoke at a news conference in Madrid on Tuesday.")
                       .Person("Maria Lopez")
                       .City("Madrid", "ES")
                       .Run();
    const Event* e = FindEvent(doc, "news conference");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->date, "2018-06-19");
    EXPECT_EQ(e->date_text, "Tuesday");
    ASSERT_GE(e->place, 0);
    EXPECT_EQ(doc.entities[e->place].name, "Madrid");
    ASSERT_EQ(e->participants.size(), 1u);
    EXPECT_EQ(e->participants[0].role, "speaker");
}

TEST(EventExtractor, CountsOfDeadAndInjured) {
    Document doc = DocBuilder(
                       "The attack left 12 people dead. Another attack, injuring 40, "
                       "followed.")
                       .Run();
    const Event* e = FindEvent(doc, "attack");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->properties.at("dead").as_int(), 12);
    EXPECT_EQ(e->properties.at("injured").as_int(), 40);
    EXPECT_EQ(doc.events.size(), 1u);  // the same kind named again is the same event
}

TEST(EventExtractor, DateOfAnotherClauseIsNotTaken) {
    Document doc = DocBuilder("Omar Haddad fled last week after the uprising against his rule.")
                       .Person("Omar Haddad")
                       .Run();
    const Event* e = FindEvent(doc, "uprising");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->date, "");
    ASSERT_EQ(e->participants.size(), 1u);
    EXPECT_EQ(e->participants[0].role, "target");
    EXPECT_EQ(doc.entities[e->participants[0].entity].name, "Omar Haddad");
}

TEST(EventExtractor, VerbUsesOfTriggerNounsAreNotEvents) {
    Document doc = DocBuilder("They will address the crowd and visit the museum.").Run();
    EXPECT_EQ(FindEvent(doc, "address"), nullptr);
    EXPECT_EQ(FindEvent(doc, "visit"), nullptr);
}

TEST(EventExtractor, DifferentDatesMakeDifferentEvents) {
    Document doc = DocBuilder(
                       "A protest on Monday was small. A protest on Thursday was "
                       "larger.")
                       .Run();
    int protests = 0;
    for (const Event& e : doc.events) protests += e.kind == "protest";
    EXPECT_EQ(protests, 2);
}

TEST(EventExtractor, SentenceInitialPluralTrigger) {
    Document doc = DocBuilder("Protests in Caracas last week left five people dead.")
                       .City("Caracas", "VE")
                       .Run();
    const Event* e = FindEvent(doc, "protest");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->date, "2018-06-15");
    EXPECT_EQ(e->properties.at("dead").as_int(), 5);
    ASSERT_GE(e->place, 0);
    EXPECT_EQ(doc.entities[e->place].name, "Caracas");
}

TEST(EventExtractor, FiguresBeforeTheTrigger) {
    Document doc = DocBuilder("At least 40 people were killed in an air strike near Mekelle.")
                       .City("Mekelle", "ET")
                       .Run();
    const Event* e = FindEvent(doc, "attack");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->properties.at("dead").as_int(), 40);
    ASSERT_GE(e->place, 0);
    EXPECT_EQ(doc.entities[e->place].name, "Mekelle");
}

}  // namespace
}  // namespace dossier::importers
