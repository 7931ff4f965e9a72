#include "importers/gazetteer/gazetteer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "importers/text/tokenizer.h"

namespace dossier::importers {
namespace {

class GazetteerTest : public ::testing::Test {
  protected:
    void SetUp() override {
        Result<const Gazetteer*> g = Gazetteer::Default();
        if (!g.ok()) GTEST_SKIP() << g.status().ToString();
        g_ = *g;
    }

    // The longest hit at the first token of `text`, as "kind:canonical:iso2:length".
    std::string Longest(const std::string& text) {
        std::vector<Token> tokens;
        Tokenizer::Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, 0, &tokens);
        std::vector<GazetteerHit> hits;
        g_->MatchAt(text, tokens, 0, tokens.size(), &hits);
        if (hits.empty()) return "none";
        const GazetteerHit& h = hits.back();
        static const char* kinds[] = {"country", "city", "demonym", "title", "org", "orghead"};
        return std::string(kinds[static_cast<int>(h.entry->kind)]) + ":" + h.entry->canonical +
               ":" + h.entry->iso2 + ":" + std::to_string(h.length);
    }

    const Gazetteer* g_ = nullptr;
};

TEST_F(GazetteerTest, CountriesFromIsoCodesAndCommonForms) {
    EXPECT_EQ(Longest("Kyrgyzstan"), "country:Kyrgyzstan:KG:1");
    EXPECT_EQ(Longest("Belarus"), "country:Belarus:BY:1");
    EXPECT_EQ(Longest("Russia"), "country:Russia:RU:1");
    EXPECT_EQ(Longest("Russian Federation"), "country:Russia:RU:2");
    EXPECT_EQ(Longest("US air base"), "country:United States:US:1");
    EXPECT_EQ(Longest("U.S. troops"), "country:United States:US:1");
    EXPECT_EQ(Longest("South Korea"), "country:South Korea:KR:2");
    EXPECT_EQ(Longest("Britain"), "country:United Kingdom:GB:1");
    // From an ISO name with a comma ("Iran, Islamic Republic of") and its official name.
    EXPECT_EQ(Longest("Islamic Republic of Iran"), "country:Iran:IR:4");
    EXPECT_EQ(g_->CountryName("KG"), "Kyrgyzstan");
}

TEST_F(GazetteerTest, CaseRules) {
    EXPECT_EQ(Longest("us"), "none");       // the pronoun, not the country
    EXPECT_EQ(Longest("georgia"), "none");  // names need their capital
    EXPECT_EQ(Longest("foreign minister"), "title:foreign minister::2");
    EXPECT_EQ(Longest("Foreign Minister"), "title:foreign minister::2");  // one entry, any case
    EXPECT_EQ(Longest("general election"), "none");  // "General" is a title only capitalised
}

TEST_F(GazetteerTest, DemonymsCitiesTitlesOrganisations) {
    EXPECT_EQ(Longest("Kyrgyz leader"), "demonym:Kyrgyzstan:KG:1");
    EXPECT_EQ(Longest("Belarusian people"), "demonym:Belarus:BY:1");
    EXPECT_EQ(Longest("Minsk"), "city:Minsk:BY:1");
    EXPECT_EQ(Longest("St. Petersburg"), "city:St. Petersburg:RU:2");
    EXPECT_EQ(Longest("Prime Minister Vladimir Putin"), "title:Prime Minister::2");
    EXPECT_EQ(Longest("Mr. Bakiyev"), "title:Mr.::1");
    EXPECT_EQ(Longest("UN peacekeeping"), "org:United Nations::1");
    EXPECT_EQ(Longest("Court"), "orghead:Court::1");
}

TEST_F(GazetteerTest, NamesOneEditAwayResolve) {
    const GazetteerEntry* e = g_->FindNear("Kyrgystan");
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->canonical, "Kyrgyzstan");
    ASSERT_NE(g_->FindNear("Kazahkstan"), nullptr);  // neighbours swapped
    EXPECT_EQ(g_->FindNear("Kazahkstan")->iso2, "KZ");
    EXPECT_EQ(g_->FindNear("Kyrgystann"), nullptr);  // two edits
    EXPECT_EQ(g_->FindNear("Minks"), nullptr);       // short names never resolve
}

TEST_F(GazetteerTest, CommonWords) {
    EXPECT_TRUE(g_->IsCommonWord("But"));
    EXPECT_TRUE(g_->IsCommonWord("however"));
    EXPECT_FALSE(g_->IsCommonWord("Bakiyev"));
}

TEST(GazetteerLoadTest, MissingIsoCodesIsAClearError) {
    Result<std::unique_ptr<Gazetteer>> g = Gazetteer::LoadBuiltin("/nonexistent/iso_3166-1.json");
    ASSERT_FALSE(g.ok());
    EXPECT_NE(g.status().message().find("/nonexistent/iso_3166-1.json"), std::string::npos);
    EXPECT_NE(g.status().message().find("iso-codes"), std::string::npos);
}

TEST(GazetteerTrieTest, LongestMatchOverWords) {
    GazetteerTrie trie;
    trie.Insert({"new", "york"}, 1);
    trie.Insert({"new", "york", "city"}, 2);
    const int n1 = trie.Child(GazetteerTrie::kRoot, "New");
    ASSERT_GE(n1, 0);
    const int n2 = trie.Child(n1, "YORK");
    ASSERT_GE(n2, 0);
    EXPECT_EQ(trie.Values(n2), std::vector<uint32_t>{1});
    EXPECT_EQ(trie.Values(trie.Child(n2, "city")), std::vector<uint32_t>{2});
    EXPECT_EQ(trie.Child(n1, "jersey"), -1);
    EXPECT_EQ(trie.Child(GazetteerTrie::kRoot, "york"), -1);
}

}  // namespace
}  // namespace dossier::importers
