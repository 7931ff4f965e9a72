#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>

#include "tests/report/report_fixture.h"
#include "tools/report/html_report.h"
#include "tools/report/markdown_report.h"
#include "tools/report/markdown_text.h"
#include "tools/report/timeline_svg.h"

namespace dossier::report {
namespace {

constexpr std::string_view kTemplate =
    "<title>@DOSSIER_TITLE@</title><body><!--@DOSSIER_REPORT@--><script>/*@DOSSIER_LIBRARY@*/"
    "</script><script>/*@DOSSIER_VIEW@*/</script><script>const g = /*@DOSSIER_GRAPH@*/;</script>"
    "<!--@DOSSIER_SOURCES@--></body>";

EntityReport IvanovReport(const testing::ReportStore& s) {
    auto report = CollectEntityReport(s.store(), s.ivanov(), {});
    EXPECT_TRUE(report.ok());
    return std::move(report).value();
}

TEST(HtmlReportTest, SectionsLinkEveryItemToItsEvidenceSentence) {
    testing::ReportStore s;
    std::stringstream out;
    ASSERT_TRUE(WriteHtmlReport(IvanovReport(s), {kTemplate, "var lib;", "var view;"}, out).ok());
    const std::string html = out.str();
    for (const char* section : {"id=\"timeline\"", "id=\"said\"", "id=\"connections\"",
                                "id=\"sources\"", "<svg id=\"timeline-axis\""}) {
        EXPECT_NE(html.find(section), std::string::npos) << section;
    }
    // The quote of art1, sentence 1, links to that sentence, which is listed under Sources.
    EXPECT_NE(html.find("href=\"#a-art1-s1\""), std::string::npos);
    EXPECT_NE(html.find("id=\"a-art1-s1\""), std::string::npos);
    // Names are marked in the sentences; titles are escaped.
    EXPECT_NE(html.find("<mark>Pavel Ivanov</mark> fled"), std::string::npos);
    EXPECT_NE(html.find("Ivanov flees &lt;north&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<north>"), std::string::npos);
    EXPECT_NE(html.find("const g = {\"elements\""), std::string::npos);
}

TEST(HtmlReportTest, RejectsATemplateWithoutItsMarkers) {
    testing::ReportStore s;
    std::stringstream out;
    EXPECT_FALSE(WriteHtmlReport(IvanovReport(s), {"<html></html>", "", ""}, out).ok());
}

TEST(TimelineSvgTest, MarksShareADateAndKindAndLinkToEvidence) {
    Evidence e{"art", 2, ""};
    const std::vector<TimelineItem> items = {{"2022-01-01", "quote", "said", "a", e},
                                             {"2022-01-01", "quote", "said", "b", e},
                                             {"2022-02-01", "protest", "", "c", e}};
    const std::string svg = TimelineSvg(items, {"#x", "#y", "#z"});
    EXPECT_NE(svg.find("data-items=\"3\" data-marks=\"2\""), std::string::npos) << svg;
    EXPECT_NE(svg.find(">2 × quote</text>"), std::string::npos);
    EXPECT_NE(svg.find("href=\"#z\""), std::string::npos);
    EXPECT_EQ(TimelineSvg({}, {}), "");
}

TEST(TimelineSvgTest, ManyDatesAreGroupedIntoLongerSpans) {
    std::vector<TimelineItem> items;
    for (int day = 0; day < 100; ++day) {
        items.push_back({graph::Date{18993 + day}.ToIso(), "quote", "said", "q", {}});
    }
    items.push_back({graph::Date{18993 + 50}.ToIso(), "protest", "", "p", {}});
    std::stable_sort(items.begin(), items.end(),
                     [](const TimelineItem& a, const TimelineItem& b) { return a.date < b.date; });
    // 100 days in weeks: 15 groups of quotes and the protest apart.
    const std::vector<TimelineGroup> groups = GroupTimeline(items);
    ASSERT_EQ(groups.size(), 16u);
    EXPECT_EQ(groups[0].count, 7u);
    EXPECT_EQ(groups[0].from, "2022-01-01");
    EXPECT_EQ(groups[0].to, "2022-01-07");
    size_t protests = 0, quotes = 0;
    for (const TimelineGroup& g : groups) (g.kind == "protest" ? protests : quotes) += g.count;
    EXPECT_EQ(protests, 1u);
    EXPECT_EQ(quotes, 100u);
}

TEST(MarkdownReportTest, SameContentAsText) {
    testing::ReportStore s;
    std::stringstream out;
    ASSERT_TRUE(WriteMarkdownReport(IvanovReport(s), out).ok());
    const std::string md = out.str();
    EXPECT_EQ(md.rfind("# Pavel Ivanov\n", 0), 0u);
    EXPECT_NE(md.find("- Office: former president of Ruritania"), std::string::npos);
    EXPECT_NE(md.find("- 2022-05-09 **news conference** (speaker)"), std::string::npos);
    EXPECT_NE(md.find("### Ivanov flees <north> · 2022-03-01 · wire\n\n"
                      "- _said_ (direct): \"We will be back\" (sentence 2)"),
              std::string::npos)
        << md;
    EXPECT_NE(md.find("- **Olga Berg** _said_ (reported): Ivanov had no mandate"),
              std::string::npos);
    EXPECT_NE(md.find("| RECOGNIZED | from | Olga Berg (Person) | yes | Olga Berg |"),
              std::string::npos);
    EXPECT_NE(md.find("1. Olga Berg (Person): 3 articles"), std::string::npos);
}

TEST(MarkdownTextTest, CellsEscapeBarsAndLineBreaks) {
    EXPECT_EQ(MarkdownCell("a|b\nc"), "a\\|b c");
}

}  // namespace
}  // namespace dossier::report
