// A Person name is the name only: titles, offices, party labels, places and sentence-opening
// words before it are split off (and kept as attributes where they say something), no name runs
// over a line break, and names from many traditions stay whole. Short invented articles, one
// construction each, run through the whole pipeline.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "importers/extraction_json.h"
#include "importers/pipeline.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::EntityNamed;
using testing::FindRelation;

class PersonNameTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto p = Pipeline::Create();
        ASSERT_TRUE(p.ok());
        pipeline_ = std::move(p).value();
    }

    Document Extract(const std::string& text, const std::string& title = "") {
        Document doc;
        doc.article.key = "person-name-test";
        doc.article.title = title;
        doc.article.date = "2024-03-05";
        doc.article.text = text;
        pipeline_->Run(&doc);
        return doc;
    }

    // The texts of the name mentions of one type, in order.
    static std::vector<std::string> Names(const Document& doc, EntityType type) {
        std::vector<std::string> out;
        for (const Mention& m : doc.mentions) {
            if (m.type == type && m.form == MentionForm::kName) out.push_back(m.text);
        }
        return out;
    }

    static bool HasPerson(const Document& doc, const std::string& name) {
        for (const Entity& e : doc.entities) {
            if (e.label == EntityType::kPerson && e.name == name) return true;
        }
        return false;
    }

    static std::string EntityAttr(const Document& doc, const std::string& name,
                                  const std::string& key) {
        const int id = EntityNamed(doc, name);
        if (id < 0) return "<no entity>";
        auto it = doc.entities[id].attributes.find(key);
        return it != doc.entities[id].attributes.end() && it->second.is_string()
                   ? it->second.as_string()
                   : "";
    }

    std::unique_ptr<Pipeline> pipeline_;
};

using Strings = std::vector<std::string>;

TEST_F(PersonNameTest, StateAndTitleBeforeTheName) {
    const Document doc = Extract(
        "Texas Sen. Maria Delgado said on Monday that the water bill would pass. Delgado "
        "spoke after a hearing in Austin.");
    EXPECT_TRUE(HasPerson(doc, "Maria Delgado")) << ExtractionJson(doc);
    EXPECT_EQ(EntityAttr(doc, "Maria Delgado", "title"), "sen.");
    const Strings places = Names(doc, EntityType::kCity);
    EXPECT_NE(std::find(places.begin(), places.end(), "Texas"), places.end())
        << ExtractionJson(doc);
    for (const std::string& p : Names(doc, EntityType::kPerson)) {
        EXPECT_EQ(p.find("Texas"), std::string::npos) << p;
    }
}

TEST_F(PersonNameTest, InstitutionAndOfficeBeforeTheName) {
    const Document doc =
        Extract("House Speaker Tom Brandt told reporters the vote would wait until April.");
    EXPECT_TRUE(HasPerson(doc, "Tom Brandt")) << ExtractionJson(doc);
    EXPECT_EQ(EntityAttr(doc, "Tom Brandt", "title"), "speaker");
}

TEST_F(PersonNameTest, PartyLabelIsKeptButNotNamed) {
    const Document doc = Extract(
        "Democrat Ana Ruiz won the county seat. Republican Gov. Carl Mendes congratulated her "
        "on Tuesday.");
    EXPECT_TRUE(HasPerson(doc, "Ana Ruiz")) << ExtractionJson(doc);
    EXPECT_EQ(EntityAttr(doc, "Ana Ruiz", "party"), "Democrat");
    EXPECT_TRUE(HasPerson(doc, "Carl Mendes")) << ExtractionJson(doc);
    EXPECT_EQ(EntityAttr(doc, "Carl Mendes", "party"), "Republican");
    EXPECT_EQ(EntityAttr(doc, "Carl Mendes", "title"), "gov.");
}

TEST_F(PersonNameTest, TitleWithCountryStillGivesTheOfficeEdge) {
    const Document doc = Extract(
        "Former Peruvian President-elect Julio Arrieta met Spanish Prime Minister Elena Sotelo "
        "in Madrid.");
    EXPECT_TRUE(HasPerson(doc, "Julio Arrieta")) << ExtractionJson(doc);
    const Relation* leads = FindRelation(doc, "LEADER_OF", "Elena Sotelo", "Spain");
    ASSERT_NE(leads, nullptr) << ExtractionJson(doc);
    const Relation* elect = FindRelation(doc, "LEADER_OF", "Julio Arrieta", "Peru");
    ASSERT_NE(elect, nullptr) << ExtractionJson(doc);
    EXPECT_TRUE(elect->properties.count("former"));
}

TEST_F(PersonNameTest, NoNameRunsOverALineBreak) {
    const Document doc = Extract(
        "Harbour Workers Walk Out Over Pay\n"
        "Lena Okafor said the strike at the port would last three days.");
    for (const Mention& m : doc.mentions) {
        EXPECT_EQ(m.text.find('\n'), std::string::npos) << m.text;
    }
    EXPECT_TRUE(HasPerson(doc, "Lena Okafor")) << ExtractionJson(doc);
}

TEST_F(PersonNameTest, SentenceOpeningWordsAreNotNames) {
    const Document doc = Extract(
        "Celebrities Tom Hallworth and Rita Vance joined the march. Meanwhile Rita Vance "
        "thanked the organisers. Top-ranked Ivo Marek withdrew from the final.");
    const Strings people = Names(doc, EntityType::kPerson);
    EXPECT_EQ(people, (Strings{"Tom Hallworth", "Rita Vance", "Rita Vance", "Ivo Marek"}))
        << ExtractionJson(doc);
}

TEST_F(PersonNameTest, NamesFromManyTraditionsStayWhole) {
    const Document doc = Extract(
        "Ahmad bin Khalid Al-Rashid said the talks would resume. Jean-Luc Moreau said Paris "
        "agreed. Pedro de la Vega said the offer was fair. Kim Soo-yeon said Seoul would "
        "send observers. Talks chaired by President Karim al-Haddad ended on Friday. Ludwig "
        "van der Berg said he was hopeful.");
    const Strings people = Names(doc, EntityType::kPerson);
    EXPECT_EQ(people, (Strings{"Ahmad bin Khalid Al-Rashid", "Jean-Luc Moreau", "Pedro de la Vega",
                               "Kim Soo-yeon", "Karim al-Haddad", "Ludwig van der Berg"}))
        << ExtractionJson(doc);
}

TEST_F(PersonNameTest, RegionsArePlacesNotPeople) {
    const Document doc = Extract(
        "Aid groups said Sub-Saharan Africa and Southeast Asia would need more help. Latin "
        "America and the Middle East were spared the worst.");
    EXPECT_TRUE(Names(doc, EntityType::kPerson).empty()) << ExtractionJson(doc);
    EXPECT_EQ(Names(doc, EntityType::kCity),
              (Strings{"Sub-Saharan Africa", "Southeast Asia", "Latin America", "Middle East"}))
        << ExtractionJson(doc);
}

}  // namespace
}  // namespace dossier::importers
