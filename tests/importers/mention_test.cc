#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "importers/mentions/mention_detector.h"
#include "importers/readers/article_reader.h"
#include "importers/text/sentence_splitter.h"
#include "importers/text/tokenizer.h"
#include "tests/shared_data.h"

namespace dossier::importers {
namespace {

class MentionDetectorTest : public ::testing::Test {
  protected:
    void SetUp() override {
        Result<MentionDetector> d = MentionDetector::CreateDefault();
        if (!d.ok()) GTEST_SKIP() << d.status().ToString();
        detector_ = std::make_unique<MentionDetector>(*d);
        auto s = SentenceSplitter::Create();
        ASSERT_TRUE(s.ok());
        splitter_ = std::move(s).value();
    }

    Document Detect(const std::string& text) {
        Document doc;
        doc.article.text = text;
        splitter_->Split(&doc);
        Tokenizer::Tokenize(&doc);
        detector_->Detect(&doc);
        return doc;
    }

    // "Type:form:text" of each mention.
    std::vector<std::string> Describe(const std::string& text) {
        std::vector<std::string> out;
        for (const Mention& m : Detect(text).mentions) {
            out.push_back(std::string(EntityTypeName(m.type)) + ":" + MentionFormName(m.form) +
                          ":" + m.text);
        }
        return out;
    }

    static const Mention* Find(const Document& doc, const std::string& text) {
        for (const Mention& m : doc.mentions) {
            if (m.text == text) return &m;
        }
        return nullptr;
    }

    static std::string Attr(const Mention* m, const std::string& key) {
        if (!m) return "<no mention>";
        auto it = m->attributes.find(key);
        if (it == m->attributes.end()) return "";
        if (it->second.is_bool()) return it->second.as_bool() ? "true" : "false";
        return it->second.is_string() ? it->second.as_string() : "?";
    }

    std::unique_ptr<MentionDetector> detector_;
    std::unique_ptr<SentenceSplitter> splitter_;
};

using Strings = std::vector<std::string>;

TEST_F(MentionDetectorTest, TitlesHonorificsAndDemonyms) {
    const Document doc = Detect(
        "Ousted Kyrgyz leader Kurmanbek Bakiyev met Russian Prime Minister Vladimir "
        "Putin. Mr. Bakiyev left.");
    const Mention* bakiyev = Find(doc, "Kurmanbek Bakiyev");
    ASSERT_NE(bakiyev, nullptr);
    EXPECT_EQ(bakiyev->type, EntityType::kPerson);
    EXPECT_EQ(Attr(bakiyev, "title"), "leader");
    EXPECT_EQ(Attr(bakiyev, "role"), "leader");
    EXPECT_EQ(Attr(bakiyev, "country"), "KG");
    EXPECT_EQ(Attr(bakiyev, "former"), "true");
    const Mention* putin = Find(doc, "Vladimir Putin");
    ASSERT_NE(putin, nullptr);
    EXPECT_EQ(Attr(putin, "title"), "Prime Minister");
    EXPECT_EQ(Attr(putin, "country"), "RU");
    const Mention* mr = Find(doc, "Bakiyev");
    ASSERT_NE(mr, nullptr);
    EXPECT_EQ(mr->rule, "honorific");
    EXPECT_EQ(Attr(mr, "gender"), "male");
    const Mention* kyrgyz = Find(doc, "Kyrgyz");
    ASSERT_NE(kyrgyz, nullptr);
    EXPECT_EQ(kyrgyz->type, EntityType::kCountry);
    EXPECT_EQ(kyrgyz->rule, "demonym");
    EXPECT_EQ(Attr(kyrgyz, "iso2"), "KG");
}

TEST_F(MentionDetectorTest, PlacesOrganisationsAndNearNames) {
    EXPECT_EQ(
        Describe("He fled to Minsk in Belarus, and the US said the UN and the National "
                 "Assembly of Kyrgystan met the Interior Ministry."),
        (Strings{"Person:pronoun:He", "City:name:Minsk", "Country:name:Belarus", "Country:name:US",
                 "Organization:name:UN", "Organization:name:National Assembly of Kyrgystan",
                 "Organization:name:Interior Ministry"}));
    const Document doc = Detect("He remained the president of Kyrgystan.");
    EXPECT_EQ(Attr(Find(doc, "Kyrgystan"), "name"), "Kyrgyzstan");
    EXPECT_EQ(Attr(Find(doc, "the president"), "country"), "KG");
}

TEST_F(MentionDetectorTest, ContextTypesUnknownNames) {
    const Document doc = Detect(
        "Zarina Omurbekova said the talks failed. Later she travelled to Talas. Omurbekova "
        "left. The Grozhny Workers Party protested.");
    const Mention* speaker = Find(doc, "Zarina Omurbekova");
    ASSERT_NE(speaker, nullptr);
    EXPECT_EQ(speaker->type, EntityType::kPerson);
    EXPECT_EQ(speaker->rule, "context:speech");
    const Mention* place = Find(doc, "Talas");
    ASSERT_NE(place, nullptr);
    EXPECT_EQ(place->type, EntityType::kCity);
    const Mention* again = Find(doc, "Omurbekova");
    ASSERT_NE(again, nullptr);
    EXPECT_EQ(again->type, EntityType::kPerson);
    const Mention* party = Find(doc, "Grozhny Workers Party");
    ASSERT_NE(party, nullptr);
    EXPECT_EQ(party->type, EntityType::kOrganization);
}

TEST_F(MentionDetectorTest, NominalsPronounsAndDates) {
    const Document doc = Detect(
        "The Russian foreign minister said on Thursday that they met early Monday morning, "
        "last week and on April 23. The parliament met on 22-06-2018.");
    const Mention* minister = Find(doc, "The Russian foreign minister");
    ASSERT_NE(minister, nullptr);
    EXPECT_EQ(minister->form, MentionForm::kNominal);
    EXPECT_EQ(Attr(minister, "title"), "foreign minister");
    EXPECT_EQ(Attr(minister, "country"), "RU");
    for (const char* date :
         {"Thursday", "early Monday morning", "last week", "April 23", "22-06-2018"}) {
        const Mention* m = Find(doc, date);
        ASSERT_NE(m, nullptr) << date;
        EXPECT_EQ(m->type, EntityType::kDate) << date;
    }
    const Mention* they = Find(doc, "they");
    ASSERT_NE(they, nullptr);
    EXPECT_EQ(they->form, MentionForm::kPronoun);
    EXPECT_EQ(Attr(they, "gender"), "plural");
    const Mention* parliament = Find(doc, "The parliament");
    ASSERT_NE(parliament, nullptr);
    EXPECT_EQ(parliament->type, EntityType::kOrganization);
    EXPECT_EQ(parliament->form, MentionForm::kNominal);
}

TEST_F(MentionDetectorTest, MentionsAreSortedAndDoNotOverlap) {
    const Document doc = Detect(
        "But Mr. Lukashenka told the Belarusian people in Minsk on Tuesday that U.S. Secretary "
        "of State Hillary Clinton and the European Union agreed.");
    ASSERT_GE(doc.mentions.size(), 5u);
    for (size_t i = 1; i < doc.mentions.size(); ++i) {
        EXPECT_LE(doc.mentions[i - 1].span.end, doc.mentions[i].span.start)
            << doc.mentions[i - 1].text << " / " << doc.mentions[i].text;
    }
    for (const Mention& m : doc.mentions) {
        EXPECT_EQ(doc.TextOf(m.span), m.text);
        EXPECT_FALSE(m.rule.empty());
    }
    EXPECT_NE(Find(doc, "Hillary Clinton"), nullptr);
    EXPECT_EQ(Attr(Find(doc, "Hillary Clinton"), "title"), "Secretary of State");
}

TEST_F(MentionDetectorTest, PlaceHeadsAndRegions) {
    const Document doc = Detect(
        "The studio moved to Hay Street in Nassau County near Mount Kenya and West "
        "Virginia, but the Central Asian country stayed.");
    for (const char* place : {"Hay Street", "Nassau County", "Mount Kenya", "West Virginia"}) {
        const Mention* m = Find(doc, place);
        ASSERT_NE(m, nullptr) << place;
        EXPECT_EQ(m->type, EntityType::kCity) << place;
    }
    EXPECT_EQ(Find(doc, "Central Asian"), nullptr);
    // Listed regions are places of kind "region"; a place found by its head word is not.
    EXPECT_EQ(Attr(Find(doc, "West Virginia"), "kind"), "region");
    EXPECT_EQ(Attr(Find(doc, "Nassau County"), "kind"), "");
}

TEST_F(MentionDetectorTest, CommonNounsAndAdjectivesAreNotMentions) {
    const Document doc = Detect(
        "Police said an official letter reached a police station. The elections in April "
        "will tell. The government spokesman agreed.");
    const Mention* police = Find(doc, "Police");
    ASSERT_NE(police, nullptr);
    EXPECT_EQ(police->type, EntityType::kOrganization);
    EXPECT_EQ(police->form, MentionForm::kNominal);
    EXPECT_EQ(Find(doc, "an official"), nullptr);
    EXPECT_EQ(Find(doc, "a police"), nullptr);
    const Mention* april = Find(doc, "April");
    ASSERT_NE(april, nullptr);
    EXPECT_EQ(april->type, EntityType::kDate);
    const Mention* spokesman = Find(doc, "The government spokesman");
    ASSERT_NE(spokesman, nullptr);
    EXPECT_EQ(spokesman->type, EntityType::kPerson);
}

TEST_F(MentionDetectorTest, DictionaryPhrasesAreNotPersons) {
    if ((*Gazetteer::Default())->dictionary_size() == 0) GTEST_SKIP() << "no word list";
    const Document doc =
        Detect("The album featured Dark Room Notes and Velvet Revolver with Kojima Minoru.");
    EXPECT_EQ(Find(doc, "Dark Room Notes"), nullptr);
    EXPECT_EQ(Find(doc, "Velvet Revolver"), nullptr);
    const Mention* person = Find(doc, "Kojima Minoru");
    ASSERT_NE(person, nullptr);
    EXPECT_EQ(person->type, EntityType::kPerson);
    EXPECT_EQ(person->rule, "shape:name");
}

TEST_F(MentionDetectorTest, InstitutionsOfACountry) {
    const Document doc = Detect(
        "He said Russia\xE2\x80\x99s special services and Kyrgyz security forces were behind it.");
    const Mention* services = Find(doc, "special services");
    ASSERT_NE(services, nullptr);
    EXPECT_EQ(services->type, EntityType::kOrganization);
    EXPECT_EQ(Attr(services, "country"), "RU");
    const Mention* forces = Find(doc, "security forces");
    ASSERT_NE(forces, nullptr);
    EXPECT_EQ(Attr(forces, "country"), "KG");
}

TEST_F(MentionDetectorTest, ProfessionsAndKinWordsIntroduceNamesWithoutOffices) {
    const Document doc = Detect("The meeting of journalist Anna Petrova and his brother Toby.");
    const Mention* anna = Find(doc, "Anna Petrova");
    ASSERT_NE(anna, nullptr);
    EXPECT_EQ(anna->type, EntityType::kPerson);
    EXPECT_EQ(anna->rule, "descriptor");
    EXPECT_EQ(Attr(anna, "descriptor"), "journalist");
    EXPECT_EQ(Attr(anna, "title"), "");  // no office
    const Mention* toby = Find(doc, "Toby");
    ASSERT_NE(toby, nullptr);
    EXPECT_EQ(toby->type, EntityType::kPerson);
}

TEST_F(MentionDetectorTest, DefinitionsNameTheKind) {
    const Document doc = Detect("Aisby is a small village. Bilka was a Danish company.");
    const Mention* village = Find(doc, "Aisby");
    ASSERT_NE(village, nullptr);
    EXPECT_EQ(village->type, EntityType::kCity);
    const Mention* company = Find(doc, "Bilka");
    ASSERT_NE(company, nullptr);
    EXPECT_EQ(company->type, EntityType::kOrganization);
}

TEST_F(MentionDetectorTest, NameBeforeACountryIsAPlaceInIt) {
    const Document doc = Detect("Protests spread to the market of Talas, Kyrgyzstan, on Friday.");
    const Mention* talas = Find(doc, "Talas");
    ASSERT_NE(talas, nullptr);
    EXPECT_EQ(talas->type, EntityType::kCity);
    EXPECT_EQ(Attr(talas, "country"), "KG");
}

TEST_F(MentionDetectorTest, HeadlineCaseGivesOnlyKnownNames) {
    const Document doc = Detect("Kyrgyz Leader Says He Will Not Seek Asylum In Minsk\n\nBody.");
    for (const Mention& m : doc.mentions) {
        // "He" is a pronoun mention, as in any sentence; no name is typed Person.
        if (m.form == MentionForm::kName) EXPECT_NE(m.type, EntityType::kPerson) << m.text;
    }
    const Mention* minsk = Find(doc, "Minsk");
    ASSERT_NE(minsk, nullptr);
    EXPECT_EQ(minsk->type, EntityType::kCity);
}

TEST_F(MentionDetectorTest, AcronymsTheArticleDefinesNameOrganisations) {
    const Document doc = Detect(
        "Fishermen joined the Coastal Harbour Workers Federation (CHWF) on Monday. The CHWF "
        "said its boats would stay in port. Unrelated initials (XQ) name nothing.");
    const Mention* full = Find(doc, "Coastal Harbour Workers Federation");
    ASSERT_NE(full, nullptr);
    EXPECT_EQ(full->type, EntityType::kOrganization);
    EXPECT_EQ(full->rule, "acronym:defined");
    int uses = 0;
    for (const Mention& m : doc.mentions) {
        if (m.text != "CHWF") continue;
        ++uses;
        EXPECT_EQ(m.rule, "acronym:use");
        EXPECT_EQ(m.attributes.at("name").as_string(), "Coastal Harbour Workers Federation");
    }
    EXPECT_EQ(uses, 2);
}

TEST_F(MentionDetectorTest, NounsBesideANameMakeItAnOrganisation) {
    const Document doc = Detect(
        "Voters backed the Zelvan party, while the mining company Korvex cut jobs. Drenni "
        "militants attacked a convoy. Islamic militants and Kremlin-backed rebels were blamed. "
        "Leaders of the Sudan People's Liberation Army and the Fish and Wildlife Agency met.");
    for (const char* org : {"Zelvan", "Korvex", "Drenni", "Sudan People's Liberation Army",
                            "Fish and Wildlife Agency"}) {
        const Mention* m = Find(doc, org);
        ASSERT_NE(m, nullptr) << org;
        EXPECT_EQ(m->type, EntityType::kOrganization) << org;
    }
    EXPECT_EQ(Find(doc, "Islamic"), nullptr);
    EXPECT_EQ(Find(doc, "Kremlin-backed"), nullptr);
}

TEST_F(MentionDetectorTest, HeadlineWordsAreNoOrganisationsOrNames) {
    const Document doc = Detect(
        "Coastal Fishing Union Dissolves Parliament As Police Arrest Protesters\n"
        "President Visits Harbor Town\n\nBody text follows here.");
    // The name ends at its head: "Dissolves" is a verb, "Parliament" the common noun.
    const Mention* fishing = Find(doc, "Coastal Fishing Union");
    ASSERT_NE(fishing, nullptr);
    EXPECT_EQ(fishing->type, EntityType::kOrganization);
    for (const Mention& m : doc.mentions) {
        EXPECT_NE(m.text, "Parliament");
        EXPECT_EQ(m.text.find("Police"), std::string::npos) << m.text;
        if (m.form == MentionForm::kName) EXPECT_NE(m.type, EntityType::kPerson) << m.text;
    }
}

TEST_F(MentionDetectorTest, MembershipContextsNameOrganisations) {
    const Document doc = Detect("He played for Rangers and later joined Deltasonic.");
    for (const char* org : {"Rangers", "Deltasonic"}) {
        const Mention* m = Find(doc, org);
        ASSERT_NE(m, nullptr) << org;
        EXPECT_EQ(m->type, EntityType::kOrganization) << org;
    }
}

TEST_F(MentionDetectorTest, SubjectOfAVerbIsAPerson) {
    const Document doc = Detect(
        "After the battle, Belgrano accepted the command. The Grozny "
        "accepted nothing.");
    const Mention* m = Find(doc, "Belgrano");
    ASSERT_NE(m, nullptr);
    EXPECT_EQ(m->type, EntityType::kPerson);
    EXPECT_EQ(m->rule, "context:subject");
    EXPECT_EQ(Find(doc, "Ozernye"), nullptr);  // after a determiner: not a clause subject
}

TEST_F(MentionDetectorTest, SeedArticlePrecision) {
    DOSSIER_NEED_SHARED_DATA(shared_data::kSeedArticle);
    const std::string seed = shared_data::SharedPath(shared_data::kSeedArticle);
    Result<std::vector<Article>> articles = ReadArticles(seed);
    ASSERT_TRUE(articles.ok());
    Document doc;
    doc.article = articles->front();
    splitter_->Split(&doc);
    Tokenizer::Tokenize(&doc);
    detector_->Detect(&doc);
    std::set<std::string> persons;
    for (const Mention& m : doc.mentions) {
        if (m.type == EntityType::kPerson && m.form == MentionForm::kName) persons.insert(m.text);
        // No Person for a place, a weekday, an adjective or a sentence opener.
        if (m.type == EntityType::kPerson) {
            for (const char* wrong : {"Minsk", "Tuesday", "Central Asian", "But", "Central",
                                      "Asian", "Moscow", "Belarusian"}) {
                EXPECT_NE(m.text, wrong);
            }
        }
    }
    EXPECT_EQ(persons, (std::set<std::string>{"Kurmanbek Bakiyev", "Bakiyev", "Vladimir Putin",
                                              "Alyaksandr Lukashenka", "Lukashenka"}));
    const Mention* minsk = Find(doc, "Minsk");
    ASSERT_NE(minsk, nullptr);
    EXPECT_EQ(minsk->type, EntityType::kCity);
    const Mention* tuesday = Find(doc, "Tuesday");
    ASSERT_NE(tuesday, nullptr);
    EXPECT_EQ(tuesday->type, EntityType::kDate);
}

}  // namespace
}  // namespace dossier::importers
