#include "importers/quotes/quote_extractor.h"

#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;
using testing::SpeakerOf;

TEST(QuoteExtractor, QuoteFirstWithPronounSpeaker) {
    Document doc = DocBuilder(
                       "Anna Petrova arrived late.\n\n"
                       "\"We will not give up the fight for our town,\" she said.")
                       .Person("Anna Petrova")
                       .Run();
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_TRUE(doc.quotes[0].direct);
    EXPECT_EQ(doc.quotes[0].text, "We will not give up the fight for our town");
    EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Anna Petrova");
    EXPECT_EQ(doc.quotes[0].cue, "said");
}

TEST(QuoteExtractor, CurlyQuotesCueBeforeSpeaker) {
    Document doc = DocBuilder(
                       "\u201CThe talks failed because nobody listened,\u201D said "
                       "Omar Haddad, the mediator.")
                       .Person("Omar Haddad")
                       .Run();
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Omar Haddad");
    EXPECT_EQ(doc.quotes[0].rule, "quote-then-cue-speaker");
}

TEST(QuoteExtractor, SplitQuoteSecondHalfTakesTheSameSpeaker) {
    Document doc = DocBuilder(
                       "\"There is still time to act,\" Mr. Okafor said. \"But the "
                       "government has done nothing at all.\"\n\n"
                       "Mr. Okafor left the hall.")
                       .Person("Mr. Okafor")
                       .Run();
    ASSERT_EQ(doc.quotes.size(), 2u);
    EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Okafor");
    EXPECT_EQ(SpeakerOf(doc, doc.quotes[1]), "Okafor");
    EXPECT_EQ(doc.quotes[1].rule, "same-paragraph-speaker");
}

TEST(QuoteExtractor, SpeakerFirstWithColon) {
    Document doc = DocBuilder(
                       "Maria Lopez told reporters: \"The border will stay open for "
                       "everyone.\"")
                       .Person("Maria Lopez")
                       .Run();
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Maria Lopez");
    EXPECT_EQ(doc.quotes[0].cue, "told");
}

TEST(QuoteExtractor, ReportedSpeechWithTimeAdverbial) {
    Document doc = DocBuilder("Maria Lopez said on Thursday that the border would stay open.")
                       .Person("Maria Lopez")
                       .Run();
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_FALSE(doc.quotes[0].direct);
    EXPECT_EQ(doc.quotes[0].text, "the border would stay open");
    EXPECT_EQ(SpeakerOf(doc, doc.quotes[0]), "Maria Lopez");
}

TEST(QuoteExtractor, AccordingTo) {
    Document doc = DocBuilder("Twelve ministers resigned overnight, according to Maria Lopez.")
                       .Person("Maria Lopez")
                       .Run();
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_FALSE(doc.quotes[0].direct);
    EXPECT_EQ(doc.quotes[0].cue, "according to");
    EXPECT_EQ(doc.quotes[0].text, "Twelve ministers resigned overnight");
}

TEST(QuoteExtractor, ScareQuotesAreNotQuotations) {
    Document doc = DocBuilder("He said he remained leader \"de jure.\"").Run();
    for (const Quote& q : doc.quotes) EXPECT_FALSE(q.direct) << q.text;
}

TEST(QuoteExtractor, QuoteMentionsBecomeAbout) {
    Document doc = DocBuilder("\"Russia must withdraw its troops now,\" Maria Lopez said.")
                       .Person("Maria Lopez")
                       .Country("Russia", "RU")
                       .Run();
    ASSERT_EQ(doc.quotes.size(), 1u);
    ASSERT_EQ(doc.quotes[0].about.size(), 1u);
    EXPECT_EQ(doc.entities[doc.quotes[0].about[0]].name, "Russia");
}

TEST(QuoteExtractor, ReportedClauseWithoutThat) {
    Document doc = DocBuilder("Maria Lopez said Spain would not back the plan.")
                       .Person("Maria Lopez")
                       .Country("Spain", "ES")
                       .Run();
    ASSERT_EQ(doc.quotes.size(), 1u);
    EXPECT_FALSE(doc.quotes[0].direct);
    EXPECT_EQ(doc.quotes[0].text, "Spain would not back the plan");
    EXPECT_EQ(doc.quotes[0].rule, "reported-clause");
}

TEST(QuoteExtractor, FragmentInsideReportedSpeechTakesItsSpeaker) {
    Document doc = DocBuilder(
                       "Maria Lopez criticized Omar Haddad, saying that he was "
                       "\"playing politics with a crisis.\"")
                       .Person("Maria Lopez")
                       .Person("Omar Haddad")
                       .Run();
    bool fragment = false;
    for (const Quote& q : doc.quotes) {
        EXPECT_EQ(SpeakerOf(doc, q), "Maria Lopez") << q.text;
        fragment = fragment || (q.direct && q.rule == "inside-reported-speech");
    }
    EXPECT_TRUE(fragment);
}

}  // namespace
}  // namespace dossier::importers
