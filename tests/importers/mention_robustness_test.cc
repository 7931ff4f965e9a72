// Invariants of the text layer on arbitrary text: sentences, tokens and mentions stay inside the
// text, in order and without overlap, whatever the input looks like.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "importers/mentions/mention_detector.h"
#include "importers/text/sentence_splitter.h"
#include "importers/text/tokenizer.h"
#include "importers/text/utf8.h"

namespace dossier::importers {
namespace {

// Random text built from pieces that stress the rules: names, titles, quotes, abbreviations,
// punctuation, non-ASCII letters and spaces, dates and stray bytes of UTF-8 sequences.
std::string RandomText(std::mt19937* rng) {
    static const std::vector<std::string> kPieces = {"Mr.",
                                                     "Bakiyev",
                                                     "said",
                                                     "the",
                                                     "president",
                                                     "of",
                                                     "Kyrgystan",
                                                     "U.S.",
                                                     "\"",
                                                     "\xE2\x80\x9C",
                                                     "\xE2\x80\x9D",
                                                     "\xE2\x80\x99s",
                                                     "'s",
                                                     ".",
                                                     ",",
                                                     "?",
                                                     "!",
                                                     "\n",
                                                     "\n\n",
                                                     " ",
                                                     "  ",
                                                     "Minsk",
                                                     "on",
                                                     "Tuesday",
                                                     "early",
                                                     "Monday",
                                                     "morning",
                                                     "April",
                                                     "23",
                                                     "22-06-2018",
                                                     "in",
                                                     "to",
                                                     "Prime",
                                                     "Minister",
                                                     "Vladimir",
                                                     "Putin",
                                                     "Court",
                                                     "National",
                                                     "Assembly",
                                                     "he",
                                                     "they",
                                                     "Gen.",
                                                     "St.",
                                                     "Öcalan",
                                                     "\xC2\xA0",
                                                     "...",
                                                     "--",
                                                     "(",
                                                     ")",
                                                     "Russian",
                                                     "foreign",
                                                     "minister",
                                                     "a",
                                                     "an",
                                                     "official",
                                                     "Police",
                                                     "West",
                                                     "County",
                                                     "and",
                                                     "Ministry",
                                                     "for",
                                                     "\xE2\x80\x94",
                                                     "1,000",
                                                     "14:13",
                                                     "A.",
                                                     "B",
                                                     "x",
                                                     "last",
                                                     "week",
                                                     "United",
                                                     "Nations"};
    std::uniform_int_distribution<size_t> piece(0, kPieces.size() - 1);
    std::uniform_int_distribution<int> length(0, 80);
    std::string text;
    const int n = length(*rng);
    for (int i = 0; i < n; ++i) {
        text += kPieces[piece(*rng)];
        if ((*rng)() % 3) text += ' ';
    }
    return text;
}

TEST(TextLayerRobustnessTest, InvariantsHoldOnRandomText) {
    Result<MentionDetector> detector = MentionDetector::CreateDefault();
    if (!detector.ok()) GTEST_SKIP() << detector.status().ToString();
    auto splitter = SentenceSplitter::Create();
    ASSERT_TRUE(splitter.ok());
    std::mt19937 rng(20240601);
    for (int round = 0; round < 400; ++round) {
        Document doc;
        doc.article.text = RandomText(&rng);
        ASSERT_EQ(FindInvalidUtf8(doc.article.text), std::string::npos);
        (*splitter)->Split(&doc);
        Tokenizer::Tokenize(&doc);
        detector->Detect(&doc);
        const uint32_t size = static_cast<uint32_t>(doc.article.text.size());
        uint32_t last = 0;
        for (const Sentence& s : doc.sentences) {
            ASSERT_LT(s.span.start, s.span.end);
            ASSERT_LE(s.span.end, size);
            ASSERT_LE(last, s.span.start);
            last = s.span.end;
        }
        last = 0;
        for (const Token& t : doc.tokens) {
            ASSERT_LT(t.span.start, t.span.end);
            ASSERT_LE(last, t.span.start);
            ASSERT_TRUE(doc.sentences[t.sentence].span.Contains(t.span));
            // Tokens never split a UTF-8 sequence.
            ASSERT_EQ(FindInvalidUtf8(doc.TextOf(t.span)), std::string::npos);
            last = t.span.end;
        }
        last = 0;
        for (const Mention& m : doc.mentions) {
            ASSERT_LE(last, m.span.start) << doc.article.text;
            ASSERT_LT(m.span.start, m.span.end);
            ASSERT_LE(m.span.end, size);
            ASSERT_EQ(doc.TextOf(m.span), m.text);
            ASSERT_TRUE(doc.sentences[m.sentence].span.Contains(m.span));
            ASSERT_FALSE(m.rule.empty());
            last = m.span.end;
        }
    }
}

TEST(TextLayerRobustnessTest, EmptyAndBlankDocuments) {
    Result<MentionDetector> detector = MentionDetector::CreateDefault();
    if (!detector.ok()) GTEST_SKIP() << detector.status().ToString();
    auto splitter = SentenceSplitter::Create();
    ASSERT_TRUE(splitter.ok());
    for (const char* text : {"", " ", "\n\n\n", "...", "\"\""}) {
        Document doc;
        doc.article.text = text;
        (*splitter)->Split(&doc);
        Tokenizer::Tokenize(&doc);
        detector->Detect(&doc);
        EXPECT_TRUE(doc.mentions.empty()) << text;
    }
}

}  // namespace
}  // namespace dossier::importers
