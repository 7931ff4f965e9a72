#include "importers/text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::importers {
namespace {

std::vector<std::string> Tokens(std::string_view text) {
    std::vector<Token> tokens;
    Tokenizer::Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, 0, &tokens);
    std::vector<std::string> out;
    for (const Token& t : tokens) out.emplace_back(text.substr(t.span.start, t.span.size()));
    return out;
}

using Strings = std::vector<std::string>;

TEST(TokenizerTest, WordsPunctuationAndAbbreviations) {
    EXPECT_EQ(Tokens("Mr. Bakiyev said: \"I can't.\""),
              (Strings{"Mr.", "Bakiyev", "said", ":", "\"", "I", "can't", ".", "\""}));
    EXPECT_EQ(Tokens("the U.S. air base, John F. Kennedy"),
              (Strings{"the", "U.S.", "air", "base", ",", "John", "F.", "Kennedy"}));
}

TEST(TokenizerTest, NumbersDatesAndHyphens) {
    EXPECT_EQ(Tokens("left 83 people dead at 14:13,22-06-2018 in a five-year rule of 1,000.5"),
              (Strings{"left", "83", "people", "dead", "at", "14:13", ",", "22-06-2018", "in", "a",
                       "five-year", "rule", "of", "1,000.5"}));
}

TEST(TokenizerTest, CurlyQuotesAndPossessives) {
    EXPECT_EQ(
        Tokens("\xE2\x80\x9CI can\xE2\x80\x99t say that Russia\xE2\x80\x99s services\xE2\x80\x9D"),
        (Strings{"\xE2\x80\x9C", "I", "can\xE2\x80\x99t", "say", "that", "Russia", "\xE2\x80\x99s",
                 "services", "\xE2\x80\x9D"}));
    EXPECT_EQ(Tokens("the country's O'Neill"), (Strings{"the", "country", "'s", "O'Neill"}));
}

TEST(TokenizerTest, UnicodeLettersSpacesAndEllipsis) {
    EXPECT_EQ(Tokens("Lukashenka\xC2\xA0met Öcalan \xE2\x80\x94 wait... ok--fine"),
              (Strings{"Lukashenka", "met", "Öcalan", "\xE2\x80\x94", "wait", "...", "ok", "--",
                       "fine"}));
}

TEST(TokenizerTest, OffsetsAndSentenceIndexes) {
    Document doc;
    doc.article.text = "One two. Three.";
    doc.sentences = {Sentence{{0, 8}}, Sentence{{9, 15}}};
    Tokenizer::Tokenize(&doc);
    ASSERT_EQ(doc.tokens.size(), 5u);
    EXPECT_EQ(doc.tokens[2].span.start, 7u);
    EXPECT_EQ(doc.tokens[2].span.end, 8u);
    EXPECT_EQ(doc.tokens[2].sentence, 0);
    EXPECT_EQ(doc.TextOf(doc.tokens[3].span), "Three");
    EXPECT_EQ(doc.tokens[3].sentence, 1);
}

}  // namespace
}  // namespace dossier::importers
