#include <gtest/gtest.h>

#include <unordered_set>

#include "graph/graph_store.h"

namespace dossier::graph {
namespace {

TEST(NormalizeNameTest, LowerCasesDropsPunctuationFoldsSpaces) {
    EXPECT_EQ(NormalizeName("Mr. Bakiyev "), "mr bakiyev");
    EXPECT_EQ(NormalizeName("  Kurmanbek\t\tBAKIYEV\n"), "kurmanbek bakiyev");
    EXPECT_EQ(NormalizeName("U.S.A."), "usa");
    EXPECT_EQ(NormalizeName("O'Brien"), "obrien");
    EXPECT_EQ(NormalizeName("...,"), "");
    EXPECT_EQ(NormalizeName("Route 66"), "route 66");
}

TEST(NormalizeNameTest, HandlesUtf8) {
    EXPECT_EQ(NormalizeName("Émile ZOLA"), "emile zola");
    EXPECT_EQ(NormalizeName("БИШКЕК, Кыргызстан"), "бишкек кыргызстан");
    EXPECT_EQ(NormalizeName("«Ata-Meken»"), "atameken");
    // Invalid UTF-8 bytes are kept, not dropped.
    EXPECT_EQ(NormalizeName("A\xff"
                            "B"),
              "a\xff"
              "b");
    EXPECT_EQ(NormalizeName(std::string("a\0b", 3)), "ab");
}

TEST(NormalizeNameTest, FoldsAccentsSoSpellingsMeet) {
    EXPECT_EQ(NormalizeName("Peña"), NormalizeName("Pena"));
    EXPECT_EQ(NormalizeName("François"), "francois");
    EXPECT_EQ(NormalizeName("Pen\u0303a"), "pena");  // decomposed input folds the same way
    EXPECT_EQ(NormalizeName("São Paulo"), "sao paulo");
    EXPECT_EQ(NormalizeName("Ἀθῆναι"), "αθηναι");
    // Letters without a decomposition, and scripts whose marks spell, are kept.
    EXPECT_EQ(NormalizeName("Łódź"), "łodz");
    EXPECT_EQ(NormalizeName("한국"), "한국");
    EXPECT_EQ(NormalizeName("कुमार"), "कुमार");
}

TEST(EntityIdTest, DeterministicTopBitSetAndDistinct) {
    const NodeId a = EntityNodeId("Person", "kurmanbek bakiyev");
    EXPECT_EQ(a, EntityNodeId("Person", "kurmanbek bakiyev"));
    EXPECT_NE(a >> 63, 0u);
    EXPECT_NE(a, EntityNodeId("Country", "kurmanbek bakiyev"));
    EXPECT_NE(EntityNodeId("ab", "c"), EntityNodeId("a", "bc"));

    std::unordered_set<uint64_t> seen;
    for (int i = 0; i < 200000; ++i) {
        EXPECT_TRUE(seen.insert(EntityNodeId("Person", "p" + std::to_string(i))).second);
    }
    const EdgeId e = FactEdgeId(1, "SAID", 2, "article-1#3");
    EXPECT_EQ(e, FactEdgeId(1, "SAID", 2, "article-1#3"));
    EXPECT_NE(e, FactEdgeId(1, "SAID", 2, "article-1#4"));
    EXPECT_NE(e, FactEdgeId(2, "SAID", 1, "article-1#3"));
    EXPECT_NE(e >> 63, 0u);
}

}  // namespace
}  // namespace dossier::graph
