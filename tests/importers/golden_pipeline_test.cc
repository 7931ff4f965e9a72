// Golden tests of the whole pipeline (readers, text layer and meaning layer) on the seed article
// and on the bundled sample corpus: the facts a careful reader takes from them.
#include "importers/extraction_json.h"
#include "importers/pipeline.h"
#include "importers/readers/article_reader.h"
#include "tests/importers/pipeline_fixture.h"
#include "tests/shared_data.h"

namespace dossier::importers {
namespace {

using testing::EntityNamed;
using testing::FindEvent;
using testing::FindRelation;
using testing::HasAlias;
using testing::SpeakerOf;

Document Extract(const std::string& path) {
    auto articles = ReadArticles(path);
    EXPECT_TRUE(articles.ok()) << path;
    if (!articles.ok() || articles->empty()) return {};
    auto pipeline = Pipeline::Create();
    EXPECT_TRUE(pipeline.ok());
    Document doc;
    doc.article = std::move(articles->front());
    (*pipeline)->Run(&doc);
    return doc;
}

bool IsPerson(const Document& doc, std::string_view name) {
    for (const Entity& e : doc.entities) {
        if (e.label != EntityType::kPerson) continue;
        if (e.name == name || HasAlias(doc, e.id, name)) return true;
    }
    return false;
}

class SeedPipeline : public ::testing::Test {
  protected:
    void SetUp() override {
        DOSSIER_NEED_SHARED_DATA(shared_data::kSeedArticle);
        const std::string path = shared_data::SharedPath(shared_data::kSeedArticle);
        doc_ = Extract(path);
    }
    Document doc_;
};

TEST_F(SeedPipeline, WhoIsWho) {
    int b = EntityNamed(doc_, "Kurmanbek Bakiyev");
    ASSERT_GE(b, 0) << ExtractionJson(doc_);
    EXPECT_TRUE(HasAlias(doc_, b, "Bakiyev"));
    EXPECT_TRUE(HasAlias(doc_, b, "Mr. Bakiyev"));
    const Relation* former = FindRelation(doc_, "LEADER_OF", "Kurmanbek Bakiyev", "Kyrgyzstan");
    ASSERT_NE(former, nullptr);
    EXPECT_TRUE(former->properties.count("former"));
    const Relation* putin = FindRelation(doc_, "LEADER_OF", "Vladimir Putin", "Russia");
    ASSERT_NE(putin, nullptr);
    EXPECT_EQ(putin->properties.at("title").as_string(), "prime minister");
    const Relation* luka = FindRelation(doc_, "LEADER_OF", "Alyaksandr Lukashenka", "Belarus");
    ASSERT_NE(luka, nullptr);
    EXPECT_EQ(luka->properties.at("title").as_string(), "president");
    EXPECT_NE(FindRelation(doc_, "LOCATED_IN", "Minsk", "Belarus"), nullptr);
    EXPECT_NE(FindRelation(doc_, "OFFICIAL_OF", "Russian foreign minister", "Russia"), nullptr);
}

TEST_F(SeedPipeline, WhoFledWhere) {
    const Relation* to = FindRelation(doc_, "FLED_TO", "Kurmanbek Bakiyev", "Belarus");
    ASSERT_NE(to, nullptr) << ExtractionJson(doc_);
    EXPECT_EQ(to->verb, "take refuge");
    EXPECT_NE(FindRelation(doc_, "FLED_FROM", "Kurmanbek Bakiyev", "Kyrgyzstan"), nullptr);
}

TEST_F(SeedPipeline, EveryQuoteAndItsSpeaker) {
    int direct = 0, reported = 0;
    for (const Quote& q : doc_.quotes) {
        std::string speaker = SpeakerOf(doc_, q);
        if (q.direct) {
            ++direct;
            EXPECT_EQ(speaker, q.text.starts_with("They are currently") ? "Alyaksandr Lukashenka"
                                                                        : "Kurmanbek Bakiyev")
                << q.text;
        } else {
            ++reported;
            EXPECT_NE(speaker, "<none>") << q.text;
        }
    }
    EXPECT_EQ(direct, 11);  // "de jure" is a scare quote, not a quotation
    EXPECT_GE(reported, 5);
}

TEST_F(SeedPipeline, NegationAndAttribution) {
    const Relation* rec = FindRelation(doc_, "RECOGNIZED", "Russia", "Kurmanbek Bakiyev");
    ASSERT_NE(rec, nullptr) << ExtractionJson(doc_);
    EXPECT_TRUE(rec->negated);
    const Relation* acc = FindRelation(doc_, "ACCUSED", "Kurmanbek Bakiyev", "Russia");
    ASSERT_NE(acc, nullptr);
    EXPECT_TRUE(acc->negated);  // "stopped short of accusing"
    int bakiyev = EntityNamed(doc_, "Kurmanbek Bakiyev");
    const Relation* court =
        FindRelation(doc_, "DISSOLVED", "interim government", "Constitutional Court");
    ASSERT_NE(court, nullptr);
    EXPECT_EQ(court->attributed_to, bakiyev);
    const Relation* parliament =
        FindRelation(doc_, "DISSOLVED", "interim government", "parliament");
    ASSERT_NE(parliament, nullptr);
    EXPECT_EQ(parliament->attributed_to, bakiyev);
}

TEST_F(SeedPipeline, EventsWithDatesPlacesAndCounts) {
    const Event* uprising = FindEvent(doc_, "uprising");
    ASSERT_NE(uprising, nullptr);
    EXPECT_EQ(uprising->properties.at("dead").as_int(), 83);
    const Event* conference = FindEvent(doc_, "news conference");
    ASSERT_NE(conference, nullptr);
    EXPECT_EQ(conference->date, "2018-04-23");
    ASSERT_GE(conference->place, 0);
    EXPECT_EQ(doc_.entities[conference->place].name, "Minsk");
    const Event* address = FindEvent(doc_, "address");
    ASSERT_NE(address, nullptr);
    EXPECT_EQ(address->date, "2018-06-19");
    bool assembly = false;
    for (const auto& p : address->participants) {
        assembly = assembly ||
                   (doc_.entities[p.entity].name == "National Assembly" && p.role == "audience");
    }
    EXPECT_TRUE(assembly);
}

TEST_F(SeedPipeline, Precision) {
    for (std::string_view not_person : {"Minsk", "Tuesday", "Central Asian", "Moscow", "Russia",
                                        "Kyrgyz", "National Assembly", "UN"}) {
        EXPECT_FALSE(IsPerson(doc_, not_person)) << not_person;
    }
    for (const Entity& e : doc_.entities) {
        EXPECT_NE(e.name, "Central Asian");
        EXPECT_NE(e.name, "Tuesday");
    }
    int people = 0;
    for (const Entity& e : doc_.entities) people += e.label == EntityType::kPerson;
    EXPECT_EQ(people, 4);  // Bakiyev, Putin, Lukashenka, the Russian foreign minister
}

// The bundled samples: each mechanism on text the pipeline was not written around.
class SamplesPipeline : public ::testing::Test {
  protected:
    static Document Sample(const char* file) {
        return Extract(std::string(DOSSIER_SOURCE_DIR "/data/samples/") + file);
    }
};

TEST_F(SamplesPipeline, FlightLeadershipAndAccusation) {
    Document d = Sample("001_lupu_flees.txt");
    EXPECT_NE(FindRelation(d, "FLED_TO", "Andrei Lupu", "Romania"), nullptr) << ExtractionJson(d);
    const Relation* leader = FindRelation(d, "LEADER_OF", "Andrei Lupu", "Moldova");
    ASSERT_NE(leader, nullptr);
    EXPECT_TRUE(leader->properties.count("former"));
    EXPECT_NE(FindRelation(d, "ACCUSED", "Andrei Lupu", "Victor Rusu"), nullptr);
    const Event* protests = FindEvent(d, "protest");
    ASSERT_NE(protests, nullptr);
    EXPECT_EQ(protests->properties.at("dead").as_int(), 12);
    const Event* conference = FindEvent(d, "news conference");
    ASSERT_NE(conference, nullptr);
    EXPECT_EQ(conference->date, "2021-03-01");
    ASSERT_GE(conference->place, 0);
    EXPECT_EQ(d.entities[conference->place].name, "Bucharest");
    for (const Quote& q : d.quotes) {
        if (q.text.starts_with("Nobody in our movement")) EXPECT_EQ(SpeakerOf(d, q), "Victor Rusu");
        if (q.text.starts_with("The people who took power")) {
            EXPECT_EQ(SpeakerOf(d, q), "Andrei Lupu");
        }
        if (q.text.starts_with("The protests left")) EXPECT_FALSE(q.direct);  // according to
    }
}

TEST_F(SamplesPipeline, MeetingCurlyQuotesAndSpeakerFirst) {
    Document d = Sample("002_dobre_meets_lupu.txt");
    EXPECT_NE(FindRelation(d, "MET", "Ana Dobre", "Andrei Lupu"), nullptr) << ExtractionJson(d);
    const Relation* pm = FindRelation(d, "LEADER_OF", "Ana Dobre", "Romania");
    ASSERT_NE(pm, nullptr);
    EXPECT_EQ(pm->properties.at("title").as_string(), "prime minister");
    int curly = 0;
    for (const Quote& q : d.quotes) {
        if (q.text.starts_with("We are offering") || q.text.starts_with("Mr. Lupu must not")) {
            EXPECT_EQ(SpeakerOf(d, q), "Ana Dobre");
            ++curly;
        }
        if (q.text.starts_with("I will go home")) EXPECT_EQ(SpeakerOf(d, q), "Andrei Lupu");
    }
    EXPECT_EQ(curly, 2);
}

TEST_F(SamplesPipeline, DissolutionElectionDateAndOfficeNominal) {
    Document d = Sample("003_moldova_parliament.txt");
    EXPECT_NE(FindRelation(d, "DISSOLVED", "interim government", "parliament"), nullptr)
        << ExtractionJson(d);
    EXPECT_NE(FindRelation(d, "SUPPORTED", "European Union", "interim government"), nullptr);
    EXPECT_NE(FindRelation(d, "OFFICIAL_OF", "Russian foreign minister", "Russia"), nullptr);
    const Event* election = FindEvent(d, "election");
    ASSERT_NE(election, nullptr);
    EXPECT_EQ(election->date, "2021-04-25");
}

TEST_F(SamplesPipeline, ContinuedParagraphQuoteAndRally) {
    Document d = Sample("004_rusu_rally.txt");
    int rusu = 0;
    for (const Quote& q : d.quotes) rusu += q.direct && SpeakerOf(d, q) == "Victor Rusu";
    EXPECT_EQ(rusu, 3) << ExtractionJson(d);
    const Event* rally = FindEvent(d, "protest");
    ASSERT_NE(rally, nullptr);
    EXPECT_EQ(rally->date, "2021-03-14");
    ASSERT_GE(rally->place, 0);
    EXPECT_EQ(d.entities[rally->place].name, "Chisinau");
    EXPECT_FALSE(IsPerson(d, "April"));
    for (const Entity& e : d.entities) EXPECT_NE(e.name, "April");  // a month, not a place
}

TEST_F(SamplesPipeline, VisitsSupportAndOffices) {
    Document d = Sample("005_shevchuk_warsaw.txt");
    EXPECT_NE(FindRelation(d, "VISITED", "Olena Shevchuk", "Poland"), nullptr) << ExtractionJson(d);
    EXPECT_NE(FindRelation(d, "ACCUSED", "Olena Shevchuk", "Russia"), nullptr);
    EXPECT_NE(FindRelation(d, "SUPPORTED", "Marek Nowak", "Ukraine"), nullptr);
    EXPECT_NE(FindRelation(d, "LEADER_OF", "Marek Nowak", "Poland"), nullptr);
    EXPECT_NE(FindRelation(d, "OFFICIAL_OF", "Sergei Orlov", "Russia"), nullptr);
}

TEST_F(SamplesPipeline, AttackCountsAndEarlyMondayMorning) {
    Document d = Sample("007_balti_attack.txt");
    const Event* attack = FindEvent(d, "attack");
    ASSERT_NE(attack, nullptr) << ExtractionJson(d);
    EXPECT_EQ(attack->date, "2021-03-22");
    EXPECT_EQ(attack->properties.at("dead").as_int(), 3);
    EXPECT_EQ(attack->properties.at("injured").as_int(), 5);
    ASSERT_GE(attack->place, 0);
    EXPECT_EQ(d.entities[attack->place].name, "Balti");
}

TEST_F(SamplesPipeline, PronounSpeakerAfterReversedAppositive) {
    Document d = Sample("008_popa_resigns.txt");
    for (const Quote& q : d.quotes) {
        if (q.text.starts_with("Mr. Popa has chosen")) EXPECT_EQ(SpeakerOf(d, q), "Victor Rusu");
        if (q.text.starts_with("I cannot serve")) EXPECT_EQ(SpeakerOf(d, q), "Mihai Popa");
    }
    const Event* resignation = FindEvent(d, "resignation");
    ASSERT_NE(resignation, nullptr);
    EXPECT_EQ(resignation->date, "2021-03-24");
}

TEST_F(SamplesPipeline, HeadlineSpeechAndDefinedAcronym) {
    Document d = Sample("011_dock_strike.txt");
    // The headline is analysed as the text's first paragraph and ends where its line ends.
    ASSERT_FALSE(d.article.title.empty());
    ASSERT_TRUE(d.article.text.starts_with(d.article.title)) << ExtractionJson(d);
    const size_t headline_end = d.article.title.size();
    for (const Mention& m : d.mentions) {
        EXPECT_TRUE(m.span.end <= headline_end || m.span.start > headline_end) << m.text;
    }
    // "Union Leader Cazacu Says Dock Strike Will Go On": reported speech of the body's Elena
    // Cazacu, and no name runs past "Says".
    int headline_quotes = 0;
    for (const Quote& q : d.quotes) {
        if (q.text != "Dock Strike Will Go On") continue;
        ++headline_quotes;
        EXPECT_FALSE(q.direct);
        EXPECT_EQ(SpeakerOf(d, q), "Elena Cazacu");
    }
    EXPECT_EQ(headline_quotes, 1) << ExtractionJson(d);
    for (const Entity& e : d.entities) EXPECT_EQ(e.name.find("Says"), std::string::npos) << e.name;
    // "The National Dockworkers' Union (NDU)", then "The NDU represents ...": one organisation.
    const int ndu = EntityNamed(d, "National Dockworkers' Union");
    ASSERT_GE(ndu, 0);
    EXPECT_EQ(d.entities[ndu].label, EntityType::kOrganization);
    int uses = 0;
    for (const Mention& m : d.mentions) uses += m.text == "NDU" && m.entity == ndu;
    EXPECT_EQ(uses, 2);
    for (const char* org : {"Transport Ministry", "Danube Shipping Company"}) {
        const int e = EntityNamed(d, org);
        ASSERT_GE(e, 0) << org;
        EXPECT_EQ(d.entities[e].label, EntityType::kOrganization) << org;
    }
}

}  // namespace
}  // namespace dossier::importers
