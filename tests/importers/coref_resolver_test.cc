#include "importers/coref/coreference_resolver.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;
using testing::EntityNamed;
using testing::HasAlias;

TEST(CoreferenceResolver, ProperHeadMatchAndHonorific) {
    Document doc = DocBuilder(
                       "Maria Lopez arrived in the capital. Mr. Haddad met Lopez there. "
                       "Omar Haddad left.")
                       .Person("Maria Lopez")
                       .Person("Lopez")
                       .Person("Mr. Haddad")
                       .Person("Omar Haddad")
                       .Run();
    int lopez = EntityNamed(doc, "Maria Lopez");
    int haddad = EntityNamed(doc, "Omar Haddad");
    ASSERT_GE(lopez, 0);
    ASSERT_GE(haddad, 0);
    EXPECT_TRUE(HasAlias(doc, lopez, "Lopez"));
    EXPECT_TRUE(HasAlias(doc, haddad, "Mr. Haddad"));
    EXPECT_EQ(doc.entities.size(), 2u);
}

TEST(CoreferenceResolver, AmbiguousSurnameIsNotMerged) {
    Document doc = DocBuilder("Anna Smith met John Smith. Smith left early.")
                       .Person("Anna Smith")
                       .Person("John Smith")
                       .Person("Smith")
                       .Run();
    EXPECT_FALSE(HasAlias(doc, EntityNamed(doc, "Anna Smith"), "Smith"));
    EXPECT_FALSE(HasAlias(doc, EntityNamed(doc, "John Smith"), "Smith"));
}

TEST(CoreferenceResolver, CountryMentionsJoinByCode) {
    Document doc = DocBuilder(
                       "Kyrgyz officials said Kyrgyzstan would stay calm. Kyrgystan "
                       "is small.")
                       .Demonym("Kyrgyz", "KG")
                       .Country("Kyrgyzstan", "KG")
                       .Country("Kyrgystan", "KG")
                       .Run();
    ASSERT_EQ(doc.entities.size(), 1u);
    EXPECT_EQ(doc.entities[0].name, "Kyrgyzstan");
    EXPECT_EQ(doc.entities[0].attributes.at("iso2").as_string(), "KG");
}

TEST(CoreferenceResolver, PronounsAgreeInGenderPreferSubjectsAndPossessivesTheNearest) {
    Document doc = DocBuilder(
                       "Ms. Lopez said Mr. Haddad had called his lawyer. He denied it. "
                       "She said he lied. Ms. Lopez left and he stayed.")
                       .Person("Ms. Lopez")
                       .Person("Mr. Haddad")
                       .Run();
    int lopez = EntityNamed(doc, "Lopez");
    int haddad = EntityNamed(doc, "Haddad");
    ASSERT_GE(lopez, 0);
    ASSERT_GE(haddad, 0);
    std::vector<int> he;
    for (const Mention& m : doc.mentions) {
        if (m.text == "his" || m.text == "He" || m.text == "he") he.push_back(m.entity);
        if (m.text == "She") EXPECT_EQ(m.entity, lopez);
    }
    ASSERT_EQ(he.size(), 4u);
    for (int e : he) EXPECT_EQ(e, haddad);
}

TEST(CoreferenceResolver, CataphoricPossessiveInOpeningPhrase) {
    Document doc = DocBuilder(
                       "Maria Lopez spoke first. In his annual address, Omar Haddad "
                       "thanked the army.")
                       .Person("Maria Lopez")
                       .Person("Omar Haddad")
                       .Run();
    for (const Mention& m : doc.mentions) {
        if (m.text == "his") EXPECT_EQ(m.entity, EntityNamed(doc, "Omar Haddad"));
    }
}

TEST(CoreferenceResolver, DemonymOfficeNominalIsAnOfficeHolder) {
    Document doc = DocBuilder("The Russian foreign minister said the talks had failed.")
                       .Demonym("Russian", "RU")
                       .Run();
    int minister = EntityNamed(doc, "Russian foreign minister");
    ASSERT_GE(minister, 0);
    EXPECT_EQ(doc.entities[minister].label, EntityType::kPerson);
    EXPECT_EQ(doc.entities[minister].attributes.at("title").as_string(), "foreign minister");
}

TEST(CoreferenceResolver, OfficeNominalJoinsTheNamedLeader) {
    Document doc = DocBuilder(
                       "Ousted Kyrgyz leader Kurmanbek Bakiyev is in Minsk. Officials "
                       "said the deposed president of Kyrgyzstan had arrived on Monday.")
                       .Person("Kurmanbek Bakiyev")
                       .Demonym("Kyrgyz", "KG")
                       .Country("Kyrgyzstan", "KG")
                       .City("Minsk", "BY")
                       .Run();
    int bakiyev = EntityNamed(doc, "Kurmanbek Bakiyev");
    ASSERT_GE(bakiyev, 0);
    bool joined = false;
    for (const Mention& m : doc.mentions) {
        if (m.form == MentionForm::kNominal) joined = joined || m.entity == bakiyev;
    }
    EXPECT_TRUE(joined);
    EXPECT_EQ(doc.entities[bakiyev].attributes.at("title").as_string(), "leader");
}

TEST(CoreferenceResolver, TheyResolvesToAnOrganisationSubject) {
    Document doc = DocBuilder(
                       "The interim government met at noon. They dissolved the "
                       "parliament.")
                       .Run();
    int gov = EntityNamed(doc, "interim government");
    ASSERT_GE(gov, 0);
    for (const Mention& m : doc.mentions) {
        if (m.text == "They") EXPECT_EQ(m.entity, gov);
    }
}

TEST(CoreferenceResolver, GazetteerCanonicalNamesJoinChains) {
    Document doc =
        DocBuilder("The United Nations met in Geneva. The UN said it would act.")
            .Add("United Nations", EntityType::kOrganization, {{"name", "United Nations"}})
            .Add("UN", EntityType::kOrganization, {{"name", "United Nations"}})
            .Run();
    int un = EntityNamed(doc, "United Nations");
    ASSERT_GE(un, 0);
    EXPECT_TRUE(HasAlias(doc, un, "UN"));
}

}  // namespace
}  // namespace dossier::importers
