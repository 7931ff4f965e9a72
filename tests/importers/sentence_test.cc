#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "importers/text/sentence_splitter.h"

namespace dossier::importers {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
    auto splitter = SentenceSplitter::Create();
    EXPECT_TRUE(splitter.ok());
    std::vector<std::string> out;
    for (const Span& s : (*splitter)->Split(text)) {
        out.emplace_back(text.substr(s.start, s.size()));
    }
    return out;
}

using Strings = std::vector<std::string>;

TEST(SentenceSplitterTest, AbbreviationsDoNotEndSentences) {
    EXPECT_EQ(
        Sentences("Mr. Bakiyev said so. Gen. Smith and Dr. Jones met Sen. Lee in St. Louis "
                  "on Jan. 5. They left."),
        (Strings{"Mr. Bakiyev said so.",
                 "Gen. Smith and Dr. Jones met Sen. Lee in St. Louis on Jan. 5.", "They left."}));
    EXPECT_EQ(
        Sentences("John F. Kennedy spoke. The U.S. Army and the U.N. Security Council "
                  "agreed."),
        (Strings{"John F. Kennedy spoke.", "The U.S. Army and the U.N. Security Council agreed."}));
}

TEST(SentenceSplitterTest, AcronymEndsSentenceBeforeAnOpener) {
    EXPECT_EQ(Sentences("He moved to the U.S. He stayed there."),
              (Strings{"He moved to the U.S.", "He stayed there."}));
}

TEST(SentenceSplitterTest, QuotesAndQuestionMarks) {
    EXPECT_EQ(Sentences("\"But the condition was not fulfilled,\" he said. \"What have they "
                        "done?\" he asked.\n\"I am not going,\" he added."),
              (Strings{"\"But the condition was not fulfilled,\" he said.",
                       "\"What have they done?\" he asked.", "\"I am not going,\" he added."}));
}

TEST(SentenceSplitterTest, BlankLinesAlwaysBreakSingleNewlinesDoNot) {
    EXPECT_EQ(Sentences("A headline without a period\n\nThe body starts\nhere and ends here."),
              (Strings{"A headline without a period", "The body starts\nhere and ends here."}));
    EXPECT_EQ(Sentences("  \n\n  "), Strings{});
}

TEST(SentenceSplitterTest, OffsetsPointIntoTheWholeTextAndFillTheDocument) {
    auto splitter = SentenceSplitter::Create();
    ASSERT_TRUE(splitter.ok());
    Document doc;
    doc.article.text = "First one.\n\n  Second one. Third \xE2\x80\x9Cone\xE2\x80\x9D.";
    (*splitter)->Split(&doc);
    ASSERT_EQ(doc.sentences.size(), 3u);
    EXPECT_EQ(doc.TextOf(doc.sentences[0].span), "First one.");
    EXPECT_EQ(doc.TextOf(doc.sentences[1].span), "Second one.");
    EXPECT_EQ(doc.TextOf(doc.sentences[2].span), "Third \xE2\x80\x9Cone\xE2\x80\x9D.");
    EXPECT_EQ(doc.sentences[1].span.start, 14u);
}

}  // namespace
}  // namespace dossier::importers
