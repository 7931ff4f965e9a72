// The HTML reader on news pages with their furniture: metadata sources in order, the body
// without navigation, banners, related lists, comments, captions, share and promo boxes.
#include "importers/readers/html_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "importers/document.h"

namespace dossier::importers {
namespace {

std::string ReadTestPage(const std::string& name) {
    std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/tests/importers/data/" + name,
                     std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

bool Contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

TEST(HtmlReaderTest, NewsPageGivesMetadataFromJsonLdAndTheBodyWithoutFurniture) {
    const std::string page = ReadTestPage("news_page.html");
    ASSERT_FALSE(page.empty());
    Result<Article> a = ParseHtmlArticle(page, "news_page.html");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    // JSON-LD (inside @graph, @type as a list) wins over OpenGraph, <meta> and <title>.
    EXPECT_EQ(a->title, "Harbour Strike Ends After Nine Days");
    EXPECT_EQ(a->date, "2021-03-13");
    EXPECT_EQ(a->author, "Inés Peña, Tom Okafor");
    EXPECT_EQ(a->source, "The Coastal Ledger");
    EXPECT_EQ(a->url, "https://ledger.example.com/2021/03/harbour-strike-ends");
    EXPECT_EQ(
        a->text,
        "Dock workers in Valmora voted on Saturday to end a nine-day strike that had left "
        "dozens of cargo ships waiting offshore.\n\n"
        "The port authority said normal operations would resume on Monday morning, after "
        "the union accepted a wage rise of six percent.\n\n"
        "\xE2\x80\x9CThis is a fair result for families who depend on the harbour,\xE2\x80\x9D "
        "said union leader Marta Quiroga.\n\n"
        "Exporters had warned that fruit shipments worth millions were at risk of spoiling.");
    for (const char* furniture : {"cookies",
                                  "Accept all",
                                  "Local news since",
                                  "World",
                                  "Sport",
                                  "Share on social",
                                  "Email this story",
                                  "Cranes stand idle",
                                  "morning briefing",
                                  "Related stories",
                                  "Shipping rates",
                                  "Subscribe now",
                                  "Reader comments",
                                  "About time",
                                  "Most read",
                                  "ferry timetable",
                                  "Bridge repairs",
                                  "Copyright",
                                  "tracking text",
                                  "By In"}) {
        EXPECT_FALSE(Contains(a->text, furniture)) << furniture;
    }
}

TEST(HtmlReaderTest, BrokenJsonLdFallsBackToOpenGraphAndMeta) {
    const std::string page = R"(<html><head>
<title>Flood defences hold | Riverside Post</title>
<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Wrong", }</script>
<meta property="og:title" content="Flood defences hold as river peaks">
<meta property="og:site_name" content="Riverside Post">
<meta name="pubdate" content="2019-11-08">
<meta name="author" content="By Karel Novák">
</head><body>
<p>The river crested two metres above its usual level overnight, officials said.</p>
<p>No homes were flooded in the lower town, the mayor told reporters on Friday.</p>
</body></html>)";
    Result<Article> a = ParseHtmlArticle(page, "flood.html");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Flood defences hold as river peaks");
    EXPECT_EQ(a->date, "2019-11-08");
    EXPECT_EQ(a->author, "Karel Novák");
    EXPECT_EQ(a->source, "Riverside Post");
    EXPECT_EQ(a->text,
              "The river crested two metres above its usual level overnight, officials said.\n\n"
              "No homes were flooded in the lower town, the mayor told reporters on Friday.");
}

TEST(HtmlReaderTest, WithoutArticleTheDensestBlockIsTheBody) {
    const std::string page = R"(<html><head><title>Budget vote delayed</title></head><body>
<div class="top"><p>Breaking: markets open higher.</p></div>
<div class="content-wrap">
  <div class="text">
    <p>Lawmakers postponed the budget vote until next week after talks between the two largest
    parties broke down late on Wednesday.</p>
    <p>The finance minister said the delay would not affect public sector salaries.</p>
    <p>Opposition leaders accused the government of hiding the true size of the deficit.</p>
  </div>
</div>
<div id="disqus_thread"><p>First! This budget is a disgrace and everyone knows it already.</p></div>
<ul class="links"><li><a href="/1">Election dates announced</a></li>
<li><a href="/2">Tax reform explained</a></li></ul>
</body></html>)";
    Result<Article> a = ParseHtmlArticle(page, "budget.htm");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Budget vote delayed");
    EXPECT_EQ(a->source, "budget.htm");
    EXPECT_EQ(a->text.rfind("Lawmakers postponed the budget vote", 0), 0u) << a->text;
    EXPECT_TRUE(Contains(a->text, "size of the deficit."));
    EXPECT_FALSE(Contains(a->text, "markets open higher"));
    EXPECT_FALSE(Contains(a->text, "disgrace"));
    EXPECT_FALSE(Contains(a->text, "Election dates"));
}

TEST(HtmlReaderTest, LargestArticleWinsOverTeaserArticles) {
    const std::string page = R"(<html><body>
<article class="teaser"><h2>Other story</h2><p>A short teaser.</p></article>
<article><h1>Port reopens</h1><p>The port reopened on Tuesday after a week of repairs to the
main quay, the harbour master said.</p><p>Ferries will run on the winter timetable.</p></article>
</body></html>)";
    Result<Article> a = ParseHtmlArticle(page, "port.html");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Port reopens");  // the first <h1>, repeated in the body: dropped there
    EXPECT_EQ(a->text,
              "The port reopened on Tuesday after a week of repairs to the main quay, the harbour "
              "master said.\n\nFerries will run on the winter timetable.");
}

TEST(HtmlReaderTest, DeclaredLatin1PageIsConverted) {
    const std::string page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
        "charset=ISO-8859-1\"><title>Pe\xF1"
        "a wins</title></head><body><p>Ana Pe\xF1"
        "a won the regional vote in C\xE1"
        "diz on Sunday.</p></body></html>";
    Result<Article> a = ParseHtmlArticle(page, "cadiz.html");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Peña wins");
    EXPECT_EQ(a->text, "Ana Peña won the regional vote in Cádiz on Sunday.");
}

TEST(HtmlReaderTest, MojibakeInThePageIsRepairedBeforeExtraction) {
    const std::string page =
        "<html><head><meta property=\"og:title\" content=\"FranÃ§ois Dupont resigns\"></head>"
        "<body><article><p>FranÃƒÂ§ois Dupont said he was leaving â€œwith regretâ€\xC2\x9D.</p>"
        "</article></body></html>";
    Result<Article> a = ParseHtmlArticle(page, "dupont.html");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "François Dupont resigns");
    EXPECT_EQ(a->text, "François Dupont said he was leaving “with regret”.");
}

TEST(HtmlReaderTest, PageWithoutTextIsRejectedNamingTheFile) {
    Result<Article> a = ParseHtmlArticle(
        "<html><body><nav><a href=\"/\">Home</a></nav><script>x()</script></body></html>",
        "dir/empty.html");
    ASSERT_FALSE(a.ok());
    EXPECT_TRUE(Contains(a.status().message(), "dir/empty.html"));
    EXPECT_TRUE(Contains(a.status().message(), "no body text"));
}

}  // namespace
}  // namespace dossier::importers
