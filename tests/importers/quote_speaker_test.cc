// Speakers of direct quotes in the plain forms of news copy, and a quotation interrupted by its
// attribution. The last case scores every sentence here and prints the counts.
#include <cstdio>
#include <functional>
#include <vector>

#include "importers/quotes/quote_extractor.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;
using testing::SpeakerOf;

constexpr const char* kNone = "<none>";

struct Case {
    const char* name;
    std::function<Document()> build;
    std::vector<std::string> speakers;  // one per expected direct quote, in order
};

std::vector<const Quote*> DirectQuotes(const Document& doc) {
    std::vector<const Quote*> out;
    for (const Quote& q : doc.quotes) {
        if (q.direct) out.push_back(&q);
    }
    return out;
}

const std::vector<Case>& Cases() {
    static const std::vector<Case> cases = {
        {"interrupted",
         [] {
             return DocBuilder(
                        "\"We will rebuild the harbour,\" Mayor Lena Sund said, \"and we will do "
                        "it this year.\"")
                 .Person("Lena Sund")
                 .Run();
         },
         {"Lena Sund"}},
        {"quote-name-said",
         [] {
             return DocBuilder(
                        "Lena Sund opened the council meeting on Monday.\n\n"
                        "\"The ferry service will resume in May,\" Sund said.")
                 .Person("Lena Sund")
                 .Person("Sund")
                 .Run();
         },
         {"Lena Sund"}},
        {"name-said-colon",
         [] {
             return DocBuilder("Tomas Brandt said: \"Nobody in this valley will lose a job.\"")
                 .Person("Tomas Brandt")
                 .Run();
         },
         {"Tomas Brandt"}},
        {"quote-said-name",
         [] {
             return DocBuilder("\"The dam is safe for another fifty years,\" said Tomas Brandt.")
                 .Person("Tomas Brandt")
                 .Run();
         },
         {"Tomas Brandt"}},
        {"says",
         [] {
             return DocBuilder(
                        "\"Rents have doubled since the bridge opened,\" Ines Carvalho says.")
                 .Person("Ines Carvalho")
                 .Run();
         },
         {"Ines Carvalho"}},
        {"writes",
         [] {
             return DocBuilder(
                        "Columnist Ines Carvalho writes: \"The council has forgotten the "
                        "fishermen.\"")
                 .Person("Ines Carvalho")
                 .Run();
         },
         {"Ines Carvalho"}},
        {"tweeted",
         [] {
             return DocBuilder(
                        "\"Proud of every volunteer who came out tonight,\" Tomas Brandt tweeted "
                        "on Tuesday.")
                 .Person("Tomas Brandt")
                 .Run();
         },
         {"Tomas Brandt"}},
        {"told-reporters",
         [] {
             return DocBuilder(
                        "\"We expect the first trains to run in the spring,\" Ines Carvalho told "
                        "reporters.")
                 .Person("Ines Carvalho")
                 .Run();
         },
         {"Ines Carvalho"}},
        {"aside-before-cue",
         [] {
             return DocBuilder(
                        "Ines Carvalho, who runs the bakery on the quay, said: \"We lost "
                        "everything.\"")
                 .Person("Ines Carvalho")
                 .Run();
         },
         {"Ines Carvalho"}},
        {"appositive-title-before-cue",
         [] {
             return DocBuilder(
                        "Mayor Tomas Brandt opened the bridge.\n\n"
                        "Lena Sund, the mayor of the island, said: \"Nobody asked us about the "
                        "bridge.\"")
                 .Person("Tomas Brandt")
                 .Person("Lena Sund")
                 .Run();
         },
         {"Lena Sund"}},
        {"the-mayor",
         [] {
             return DocBuilder(
                        "Mayor Lena Sund visited the flooded quarter on Sunday.\n\n"
                        "\"No family will be left without a roof,\" the mayor said.")
                 .Person("Lena Sund")
                 .Run();
         },
         {"Lena Sund"}},
        {"the-mayor-told",
         [] {
             return DocBuilder(
                        "Mayor Lena Sund toured the flooded quarter on Sunday.\n\n"
                        "The mayor told residents: \"Every family will have a roof by winter.\"")
                 .Person("Lena Sund")
                 .Run();
         },
         {"Lena Sund"}},
        {"ministry-statement",
         [] {
             return DocBuilder(
                        "\"Fuel subsidies will end in March,\" the Finance Ministry said in a "
                        "statement.")
                 .Org("Finance Ministry")
                 .Run();
         },
         {"Finance Ministry"}},
        {"the-ministry",
         [] {
             return DocBuilder(
                        "The Finance Ministry published its budget on Friday.\n\n"
                        "\"Fuel subsidies will end in March,\" the ministry said in a statement.")
                 .Org("Finance Ministry")
                 .Run();
         },
         {"Finance Ministry"}},
        {"outlet-reported",
         [] {
             return DocBuilder(
                        "\"The contract was signed without a tender,\" The Daily Courier "
                        "reported.")
                 .Org("The Daily Courier")
                 .Run();
         },
         {"Daily Courier"}},
        {"quote-only-paragraph",
         [] {
             return DocBuilder(
                        "\"The ferry service will resume in May,\" Tomas Brandt said.\n\n"
                        "\"After that we will add a second boat for the islands.\"")
                 .Person("Tomas Brandt")
                 .Run();
         },
         {"Tomas Brandt", "Tomas Brandt"}},
        {"quote-paragraph-before-attributed",
         [] {
             return DocBuilder(
                        "\"Nobody expected the water to rise so fast.\"\n\n"
                        "\"We lost the bakery in one night,\" Ines Carvalho said.")
                 .Person("Ines Carvalho")
                 .Run();
         },
         {"Ines Carvalho", "Ines Carvalho"}},
        {"speaker-introduced-after-quote-paragraph",
         [] {
             return DocBuilder(
                        "\"Nobody expected the water to rise so fast.\"\n\n"
                        "Ines Carvalho said: \"We lost everything we had.\"")
                 .Person("Ines Carvalho")
                 .Run();
         },
         {kNone, "Ines Carvalho"}},
        {"no-cue-no-speaker",
         [] {
             return DocBuilder(
                        "Tomas Brandt opened the meeting.\n\n"
                        "\"The harbour must be rebuilt before the autumn storms arrive.\"")
                 .Person("Tomas Brandt")
                 .Run();
         },
         {kNone}},
        {"sentence-intervenes",
         [] {
             return DocBuilder(
                        "\"The ferry service will resume in May,\" Tomas Brandt said. The council "
                        "then adjourned.\n\n"
                        "\"The harbour must be rebuilt before the autumn storms arrive.\"")
                 .Person("Tomas Brandt")
                 .Run();
         },
         {"Tomas Brandt", kNone}},
        {"nominal-without-antecedent",
         [] {
             return DocBuilder(
                        "Tomas Brandt arrived late.\n\n"
                        "\"No family will be left without a roof,\" the mayor said.")
                 .Person("Tomas Brandt")
                 .Run();
         },
         {kNone}},
    };
    return cases;
}

// Runs the named case and checks its direct quotes' speakers.
void ExpectCase(const char* name) {
    for (const Case& c : Cases()) {
        if (std::string_view(c.name) != name) continue;
        Document doc = c.build();
        std::vector<const Quote*> quotes = DirectQuotes(doc);
        ASSERT_EQ(quotes.size(), c.speakers.size()) << name;
        for (size_t i = 0; i < quotes.size(); ++i) {
            EXPECT_EQ(SpeakerOf(doc, *quotes[i]), c.speakers[i]) << name << ": " << quotes[i]->text;
        }
        return;
    }
    FAIL() << "no case " << name;
}

TEST(QuoteSpeaker, InterruptedQuoteIsOneQuote) {
    ExpectCase("interrupted");
    Document doc = Cases()[0].build();
    std::vector<const Quote*> quotes = DirectQuotes(doc);
    ASSERT_EQ(quotes.size(), 1u);
    EXPECT_EQ(quotes[0]->text, "We will rebuild the harbour ... and we will do it this year.");
    EXPECT_EQ(quotes[0]->cue, "said");
    EXPECT_TRUE(quotes[0]->about.empty());
}

TEST(QuoteSpeaker, InterruptedAfterSentenceEndStaysTwoQuotes) {
    Document doc = DocBuilder(
                       "\"We will rebuild the harbour,\" Lena Sund said. \"Nobody believed us "
                       "last year.\"")
                       .Person("Lena Sund")
                       .Run();
    std::vector<const Quote*> quotes = DirectQuotes(doc);
    ASSERT_EQ(quotes.size(), 2u);
    EXPECT_EQ(SpeakerOf(doc, *quotes[1]), "Lena Sund");
}

TEST(QuoteSpeaker, QuoteThenNameThenCue) {
    ExpectCase("quote-name-said");
}
TEST(QuoteSpeaker, NameCueColonQuote) {
    ExpectCase("name-said-colon");
}
TEST(QuoteSpeaker, QuoteThenCueThenName) {
    ExpectCase("quote-said-name");
}
TEST(QuoteSpeaker, PresentTense) {
    ExpectCase("says");
}
TEST(QuoteSpeaker, Writes) {
    ExpectCase("writes");
}
TEST(QuoteSpeaker, Tweeted) {
    ExpectCase("tweeted");
}
TEST(QuoteSpeaker, ToldReporters) {
    ExpectCase("told-reporters");
}
TEST(QuoteSpeaker, AsideBetweenSpeakerAndCue) {
    ExpectCase("aside-before-cue");
}
TEST(QuoteSpeaker, AppositiveTitleLeavesTheNamedSpeaker) {
    ExpectCase("appositive-title-before-cue");
}
TEST(QuoteSpeaker, OfficeNominalNamesThePersonWithThatTitle) {
    ExpectCase("the-mayor");
}
TEST(QuoteSpeaker, OfficeNominalBeforeTheQuote) {
    ExpectCase("the-mayor-told");
}
TEST(QuoteSpeaker, OrganisationInAStatement) {
    ExpectCase("ministry-statement");
}
TEST(QuoteSpeaker, OrganisationNominal) {
    ExpectCase("the-ministry");
}
TEST(QuoteSpeaker, OutletReported) {
    ExpectCase("outlet-reported");
}
TEST(QuoteSpeaker, QuoteOnlyParagraphTakesThePreviousSpeaker) {
    ExpectCase("quote-only-paragraph");
}
TEST(QuoteSpeaker, QuoteOnlyParagraphTakesTheNextSpeaker) {
    ExpectCase("quote-paragraph-before-attributed");
}
TEST(QuoteSpeaker, TextBeforeTheNextQuoteStopsTheCarryBack) {
    ExpectCase("speaker-introduced-after-quote-paragraph");
}
TEST(QuoteSpeaker, NoCueMeansNoSpeaker) {
    ExpectCase("no-cue-no-speaker");
}
TEST(QuoteSpeaker, InterveningSentenceStopsTheCarryOver) {
    ExpectCase("sentence-intervenes");
}
TEST(QuoteSpeaker, NominalWithoutAntecedentIsNoGuess) {
    ExpectCase("nominal-without-antecedent");
}

TEST(QuoteSpeaker, AmbiguousNominalIsNoGuess) {
    Document doc = DocBuilder(
                       "Mayor Lena Sund met Mayor Tomas Brandt in the town hall.\n\n"
                       "\"We agreed on nothing,\" the mayor said.")
                       .Person("Lena Sund")
                       .Person("Tomas Brandt")
                       .Run();
    std::vector<const Quote*> quotes = DirectQuotes(doc);
    ASSERT_EQ(quotes.size(), 1u);
    EXPECT_EQ(SpeakerOf(doc, *quotes[0]), kNone);
}

// Scores all cases: direct quotes found against expected, and speakers right in the cases whose
// quote count is right (a correct null counts as right).
TEST(QuoteSpeaker, Score) {
    int expected = 0, found = 0, right = 0;
    for (const Case& c : Cases()) {
        Document doc = c.build();
        std::vector<const Quote*> quotes = DirectQuotes(doc);
        expected += static_cast<int>(c.speakers.size());
        found += static_cast<int>(quotes.size());
        if (quotes.size() != c.speakers.size()) continue;
        for (size_t i = 0; i < quotes.size(); ++i) {
            right += SpeakerOf(doc, *quotes[i]) == c.speakers[i] ? 1 : 0;
        }
    }
    std::printf("quote speakers: %zu cases, %d quotes expected, %d found, %d speakers right\n",
                Cases().size(), expected, found, right);
    EXPECT_EQ(found, expected);
    EXPECT_EQ(right, expected);
}

}  // namespace
}  // namespace dossier::importers
