// Golden tests on the seed article: what a careful reader takes from it.
//
// SeedMeaningLayer gives the meaning stages the name mentions a gazetteer-and-context detector
// finds (listed here), so that coreference, quotes, relations and events are held to the golden
// facts on their own; the full-pipeline golden test lives in golden_pipeline_test.cc.
#include <fstream>
#include <sstream>

#include "importers/extraction_json.h"
#include "tests/importers/pipeline_fixture.h"
#include "tests/shared_data.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;
using testing::EntityNamed;
using testing::FindEvent;
using testing::FindRelation;
using testing::HasAlias;
using testing::SpeakerOf;

std::string ReadSeedBody() {
    std::ifstream in(shared_data::SharedPath(shared_data::kSeedArticle));
    if (!in) return "";
    std::stringstream ss;
    ss << in.rdbuf();
    std::string all = ss.str();
    // The body starts after the title line (the reader's job; here only the body matters).
    size_t title = all.find("Bakiyev Says");
    size_t body = all.find("\n\n", title);
    return body == std::string::npos ? "" : all.substr(body + 2);
}

Document SeedWithNames() {
    return DocBuilder(ReadSeedBody(), "2018-06-22")
        .Person("Kurmanbek Bakiyev")
        .Person("Mr. Bakiyev")
        .Person("Vladimir Putin")
        .Person("Alyaksandr Lukashenka")
        .Person("Mr. Lukashenka")
        .Country("Belarus", "BY")
        .Country("Russia", "RU")
        .Country("Kyrgyzstan", "KG")
        .Country("Kyrgystan", "KG")
        .Country("US", "US")
        .Demonym("Kyrgyz", "KG")
        .Demonym("Russian", "RU")
        .Demonym("Belarusian", "BY")
        .City("Minsk", "BY")
        .City("Moscow", "RU")
        .Org("Constitutional Court")
        .Org("National Assembly")
        .Org("UN")
        .Run();
}

class SeedMeaningLayer : public ::testing::Test {
  protected:
    void SetUp() override {
        DOSSIER_NEED_SHARED_DATA(shared_data::kSeedArticle);
        ASSERT_FALSE(ReadSeedBody().empty()) << "no body in " << shared_data::kSeedArticle;
        doc_ = SeedWithNames();
    }
    Document doc_;
};

TEST_F(SeedMeaningLayer, BakiyevIsOnePersonWithHisAliases) {
    int b = EntityNamed(doc_, "Kurmanbek Bakiyev");
    ASSERT_GE(b, 0) << ExtractionJson(doc_);
    EXPECT_EQ(doc_.entities[b].label, EntityType::kPerson);
    EXPECT_TRUE(HasAlias(doc_, b, "Mr. Bakiyev"));
    EXPECT_EQ(EntityNamed(doc_, "Bakiyev"), -1);
}

TEST_F(SeedMeaningLayer, FlightAndLeadership) {
    const Relation* former = FindRelation(doc_, "LEADER_OF", "Kurmanbek Bakiyev", "Kyrgyzstan");
    ASSERT_NE(former, nullptr) << ExtractionJson(doc_);
    EXPECT_EQ(former->properties.at("title").as_string(), "leader");
    EXPECT_TRUE(former->properties.count("former"));
    EXPECT_NE(FindRelation(doc_, "FLED_TO", "Kurmanbek Bakiyev", "Belarus"), nullptr);
    EXPECT_NE(FindRelation(doc_, "FLED_FROM", "Kurmanbek Bakiyev", "Kyrgyzstan"), nullptr);
    const Relation* putin = FindRelation(doc_, "LEADER_OF", "Vladimir Putin", "Russia");
    ASSERT_NE(putin, nullptr);
    EXPECT_EQ(putin->properties.at("title").as_string(), "prime minister");
    EXPECT_NE(FindRelation(doc_, "LOCATED_IN", "Minsk", "Belarus"), nullptr);
    const Relation* lukashenka =
        FindRelation(doc_, "LEADER_OF", "Alyaksandr Lukashenka", "Belarus");
    ASSERT_NE(lukashenka, nullptr);
    EXPECT_EQ(lukashenka->properties.at("title").as_string(), "president");
}

TEST_F(SeedMeaningLayer, EveryDirectQuoteHasItsSpeaker) {
    int direct = 0;
    for (const Quote& q : doc_.quotes) {
        if (!q.direct) continue;
        ++direct;
        std::string expected = q.text.starts_with("They are currently") ? "Alyaksandr Lukashenka"
                                                                        : "Kurmanbek Bakiyev";
        EXPECT_EQ(SpeakerOf(doc_, q), expected) << q.text;
    }
    EXPECT_EQ(direct, 11) << ExtractionJson(doc_);
}

TEST_F(SeedMeaningLayer, RussiaDidNotRecognizeBakiyev) {
    const Relation* r = FindRelation(doc_, "RECOGNIZED", "Russia", "Kurmanbek Bakiyev");
    ASSERT_NE(r, nullptr) << ExtractionJson(doc_);
    EXPECT_TRUE(r->negated);
}

TEST_F(SeedMeaningLayer, DissolutionIsAttributedToBakiyev) {
    int bakiyev = EntityNamed(doc_, "Kurmanbek Bakiyev");
    int dissolved = 0;
    for (const Relation& r : doc_.relations) {
        if (r.type != "DISSOLVED") continue;
        EXPECT_EQ(r.attributed_to, bakiyev);
        EXPECT_EQ(doc_.entities[r.source].name, "interim government");
        ++dissolved;
    }
    EXPECT_NE(FindRelation(doc_, "DISSOLVED", "interim government", "Constitutional Court"),
              nullptr)
        << ExtractionJson(doc_);
    EXPECT_GE(dissolved, 2);
}

TEST_F(SeedMeaningLayer, EventsWithDatesPlacesAndCounts) {
    const Event* uprising = FindEvent(doc_, "uprising");
    ASSERT_NE(uprising, nullptr) << ExtractionJson(doc_);
    ASSERT_TRUE(uprising->properties.count("dead"));
    EXPECT_EQ(uprising->properties.at("dead").as_int(), 83);
    const Event* conference = FindEvent(doc_, "news conference");
    ASSERT_NE(conference, nullptr);
    EXPECT_EQ(conference->date, "2018-04-23");
    ASSERT_GE(conference->place, 0);
    EXPECT_EQ(doc_.entities[conference->place].name, "Minsk");
    const Event* address = FindEvent(doc_, "address");
    ASSERT_NE(address, nullptr);
    EXPECT_EQ(address->date, "2018-06-19");  // the Tuesday before the article's Friday
    bool assembly = false, lukashenka = false;
    for (const auto& p : address->participants) {
        assembly = assembly || doc_.entities[p.entity].name == "National Assembly";
        lukashenka = lukashenka || doc_.entities[p.entity].name == "Alyaksandr Lukashenka";
    }
    EXPECT_TRUE(assembly);
    EXPECT_TRUE(lukashenka);
}

}  // namespace
}  // namespace dossier::importers
