#include "tools/report/entity_report.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "tests/report/report_fixture.h"
#include "tools/report/report_candidates.h"

namespace dossier::report {
namespace {

using testing::ReportStore;

EntityReport Collect(const ReportStore& s, ReportOptions options = {}) {
    auto report = CollectEntityReport(s.store(), s.ivanov(), options);
    EXPECT_TRUE(report.ok()) << report.status().ToString();
    return report.ok() ? std::move(report).value() : EntityReport{};
}

TEST(EntityReportTest, HeaderHoldsNamesOfficesCountryAndArticleDates) {
    ReportStore s;
    const EntityReport r = Collect(s);
    EXPECT_EQ(r.name, "Pavel Ivanov");
    EXPECT_EQ(r.label, "Person");
    EXPECT_EQ(r.aliases, (std::vector<std::string>{"Ivanov", "Mr. Ivanov"}));
    EXPECT_EQ(r.titles, (std::vector<std::string>{"president"}));
    ASSERT_EQ(r.offices.size(), 1u);  // named twice, listed once
    EXPECT_EQ(r.offices[0].of, "Ruritania");
    EXPECT_TRUE(r.offices[0].former);
    EXPECT_EQ(r.countries, (std::vector<std::string>{"Ruritania"}));
    EXPECT_EQ(r.articles.size(), 3u);
    EXPECT_EQ(r.first_date, "2022-03-01");
    EXPECT_EQ(r.last_date, "2022-05-10");
}

TEST(EntityReportTest, TimelineHasDatedEventsAndQuotesApartFromUndatedOnes) {
    ReportStore s;
    const EntityReport r = Collect(s);
    std::vector<std::string> dated;
    for (const TimelineItem& t : r.timeline) dated.push_back(t.date + " " + t.kind);
    // Oldest first; a quote is dated by its article.
    EXPECT_EQ(dated, (std::vector<std::string>{"2022-03-01 quote", "2022-05-09 news conference",
                                               "2022-05-10 quote"}));
    ASSERT_EQ(r.undated.size(), 1u);
    EXPECT_EQ(r.undated[0].kind, "protest");
    EXPECT_EQ(r.undated[0].role, "target");
    EXPECT_EQ(r.undated[0].evidence.article, "art1");
}

TEST(EntityReportTest, QuotesNewestArticleFirstWithSpeakers) {
    ReportStore s;
    const EntityReport r = Collect(s);
    ASSERT_EQ(r.quotes.size(), 2u);
    EXPECT_EQ(r.quotes[0].text, "the vote was stolen");  // art2 is newer
    EXPECT_FALSE(r.quotes[0].direct);
    EXPECT_EQ(r.quotes[1].text, "We will be back");
    EXPECT_TRUE(r.quotes[1].direct);
    EXPECT_EQ(r.quotes[1].cue, "said");
    ASSERT_EQ(r.quotes_about.size(), 1u);
    EXPECT_EQ(r.quotes_about[0].speaker, "Olga Berg");
}

TEST(EntityReportTest, ConnectionsLeaveMentionsOutAndKeepNegationAndAttribution) {
    ReportStore s;
    const EntityReport r = Collect(s);
    for (const Connection& c : r.connections) EXPECT_NE(c.type, "MENTIONED_IN");
    auto recognized = std::find_if(r.connections.begin(), r.connections.end(),
                                   [](const Connection& c) { return c.type == "RECOGNIZED"; });
    ASSERT_NE(recognized, r.connections.end());
    EXPECT_FALSE(recognized->outgoing);
    EXPECT_EQ(recognized->other, "Olga Berg");
    EXPECT_TRUE(recognized->negated);
    EXPECT_EQ(recognized->attributed_to, "Olga Berg");
    // Facts come before the statement relationships (SAID, ABOUT, PARTICIPATED_IN).
    EXPECT_NE(r.connections.front().type, "SAID");
    // A fact read twice is one row; a statement type is one row per direction.
    auto row = [&](const char* type) {
        return std::find_if(r.connections.begin(), r.connections.end(),
                            [&](const Connection& c) { return c.type == type; });
    };
    ASSERT_NE(row("LEADER_OF"), r.connections.end());
    EXPECT_EQ(row("LEADER_OF")->count(), 2u);
    EXPECT_EQ(row("LEADER_OF")->other, "Ruritania");
    ASSERT_NE(row("SAID"), r.connections.end());
    EXPECT_EQ(row("SAID")->count(), 2u);
    EXPECT_EQ(row("SAID")->other, "");
    EXPECT_EQ(row("SAID")->other_label, "Quote");
    EXPECT_EQ(std::count_if(r.connections.begin(), r.connections.end(),
                            [](const Connection& c) { return c.type == "PARTICIPATED_IN"; }),
              1);
    ASSERT_GE(r.co_mentions.size(), 2u);
    EXPECT_EQ(r.co_mentions[0].name, "Olga Berg");
    EXPECT_EQ(r.co_mentions[0].articles, 3u);
    EXPECT_EQ(r.co_mentions[1].name, "Norland");
}

TEST(EntityReportTest, SourcesListTheSentencesThatMentionTheEntity) {
    ReportStore s;
    const EntityReport r = Collect(s);
    ASSERT_EQ(r.articles.size(), 3u);
    EXPECT_EQ(r.articles[0].key, "art2");  // newest first, undated last
    EXPECT_EQ(r.articles[2].key, "art3");
    const SourceArticle& art1 = r.articles[1];
    ASSERT_EQ(art1.sentences.size(), 2u);  // not "Weather was calm."
    EXPECT_EQ(art1.sentences[0].first, 0);
    EXPECT_EQ(art1.sentences[1].second, "\"We will be back,\" Mr. Ivanov said.");
}

TEST(EntityReportTest, DateRangeKeepsFactsOfArticlesWithinIt) {
    ReportStore s;
    ReportOptions options;
    options.since = "2022-04-01";
    const EntityReport r = Collect(s, options);
    ASSERT_EQ(r.articles.size(), 1u);
    EXPECT_EQ(r.articles[0].key, "art2");
    ASSERT_EQ(r.quotes.size(), 1u);
    EXPECT_TRUE(r.offices.empty());
    EXPECT_TRUE(r.undated.empty());
    for (const Connection& c : r.connections) EXPECT_EQ(c.evidence.article, "art2");
}

TEST(EntityReportTest, GraphLeavesArticlesAndQuotesOut) {
    ReportStore s;
    const EntityReport r = Collect(s);
    ASSERT_FALSE(r.graph.nodes().empty());
    for (const graph::Node& n : r.graph.nodes()) {
        EXPECT_FALSE(n.HasLabel("Article"));
        EXPECT_FALSE(n.HasLabel("Quote"));
    }
    EXPECT_TRUE(r.graph.HasNode(s.ivanov()));
    ReportOptions small;
    small.max_graph_nodes = 2;
    const EntityReport capped = Collect(s, small);
    EXPECT_EQ(capped.graph.nodes().size(), 2u);
    EXPECT_NE(capped.graph_note.find("left out"), std::string::npos) << capped.graph_note;
}

TEST(ReportCandidatesTest, ASharedNameListsEveryEntityWithItsArticles) {
    ReportStore s;
    auto both = FindCandidates(s.store(), "ivanov");
    ASSERT_TRUE(both.ok());
    ASSERT_EQ(both->size(), 2u);
    EXPECT_EQ((*both)[0].name, "Pavel Ivanov");
    EXPECT_EQ((*both)[0].articles, 3u);
    EXPECT_EQ((*both)[1].label, "Organization");
    EXPECT_EQ((*both)[1].articles, 0u);
    auto one = FindCandidates(s.store(), "Pavel Ivanov");
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->size(), 1u);
    auto none = FindCandidates(s.store(), "Nobody");
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace dossier::report
