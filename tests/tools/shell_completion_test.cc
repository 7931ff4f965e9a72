#include "tools/shell_completion.h"

#include <gtest/gtest.h>

namespace dossier::cli {
namespace {

using Candidates = std::vector<std::string>;

Vocabulary NewsVocabulary() {
    Vocabulary v;
    v.labels = {"City", "Country", "Person", "Quote"};
    v.edge_types = {"LEADER_OF", "MET", "MENTIONS"};
    v.property_keys = {"name", "aliases", "text"};
    v.names = [](std::string_view prefix) {
        Candidates all = {"Kurmanbek Bakiyev", "Kyrgyzstan", "Bishkek"};
        Candidates out;
        for (const std::string& n : all) {
            if (n.rfind(prefix, 0) == 0) out.push_back(n);
        }
        return out;
    };
    return v;
}

TEST(ShellCompletionTest, LabelsInNodePatterns) {
    const Completion c = Complete("MATCH (n:Pe", NewsVocabulary());
    EXPECT_EQ(c.replace_from, 9u);
    EXPECT_EQ(c.candidates, Candidates{"Person"});
    EXPECT_EQ(Complete("MATCH (:C", NewsVocabulary()).candidates, (Candidates{"City", "Country"}));
}

TEST(ShellCompletionTest, TypesInRelationshipPatterns) {
    EXPECT_EQ(Complete("MATCH (a)-[:ME", NewsVocabulary()).candidates,
              (Candidates{"MENTIONS", "MET"}));
    EXPECT_EQ(Complete("MATCH (a)-[r:l", NewsVocabulary()).candidates, Candidates{"LEADER_OF"});
}

TEST(ShellCompletionTest, PropertyKeysAfterDotAndInMaps) {
    EXPECT_EQ(Complete("MATCH (n) RETURN n.na", NewsVocabulary()).candidates, Candidates{"name"});
    EXPECT_EQ(Complete("MATCH (n {al", NewsVocabulary()).candidates, Candidates{"aliases"});
    EXPECT_EQ(Complete("MATCH (n {name: 'x', te", NewsVocabulary()).candidates, Candidates{"text"});
    // A map value is not a label.
    EXPECT_TRUE(Complete("MATCH (n {name: Pe", NewsVocabulary()).candidates.empty());
}

TEST(ShellCompletionTest, EntityNamesInsideQuotesAfterName) {
    const Completion c = Complete("MATCH (p {name: 'Kur", NewsVocabulary());
    EXPECT_EQ(c.replace_from, 17u);
    EXPECT_EQ(c.candidates, Candidates{"Kurmanbek Bakiyev'"});
    EXPECT_EQ(Complete("MATCH (p {name: \"K", NewsVocabulary()).candidates,
              (Candidates{"Kurmanbek Bakiyev\"", "Kyrgyzstan\""}));
    // Other strings are left alone.
    EXPECT_TRUE(Complete("RETURN 'Kur", NewsVocabulary()).candidates.empty());
}

TEST(ShellCompletionTest, KeywordsAndFunctions) {
    EXPECT_EQ(Complete("mat", NewsVocabulary()).candidates, Candidates{"MATCH"});
    EXPECT_EQ(Complete("RETURN toU", NewsVocabulary()).candidates, Candidates{"toUpper("});
    const Completion c = Complete("MATCH (n) RETURN co", NewsVocabulary());
    EXPECT_EQ(c.candidates, (Candidates{"CONTAINS", "coalesce(", "collect(", "cos(", "count("}));
}

TEST(ShellCompletionTest, ShellCommandsAndArguments) {
    EXPECT_EQ(Complete(":sc", NewsVocabulary()).candidates, Candidates{":schema"});
    EXPECT_EQ(Complete(":timeo", NewsVocabulary()).candidates, Candidates{":timeout"});
    EXPECT_EQ(Complete(":mode js", NewsVocabulary()).candidates, (Candidates{"json", "jsonl"}));
    EXPECT_EQ(Complete(":export gr", NewsVocabulary()).candidates, Candidates{"graphml "});
}

TEST(ShellCompletionTest, CommonPrefixKeepsWholeCharacters) {
    EXPECT_EQ(CommonPrefix({"json", "jsonl"}), "json");
    EXPECT_EQ(CommonPrefix({"Bişkek", "Biş"}), "Biş");
    EXPECT_EQ(CommonPrefix({"a\xC3\xA9", "a\xC3\xA8"}), "a");
}

}  // namespace
}  // namespace dossier::cli
