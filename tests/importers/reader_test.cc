#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "importers/readers/article_date.h"
#include "importers/readers/article_reader.h"
#include "importers/readers/html_entities.h"
#include "importers/readers/html_reader.h"
#include "importers/readers/jsonl_reader.h"
#include "importers/readers/plain_text_reader.h"
#include "tests/shared_data.h"

namespace dossier::importers {
namespace {

namespace fs = std::filesystem;

class TempDir {
  public:
    TempDir() {
        path_ = fs::temp_directory_path() /
                ("dossier_reader_test_" +
                 std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(path_);
        fs::create_directories(path_);
    }
    ~TempDir() { fs::remove_all(path_); }
    std::string Write(const std::string& name, const std::string& content) const {
        const fs::path p = path_ / name;
        fs::create_directories(p.parent_path());
        std::ofstream(p, std::ios::binary) << content;
        return p.string();
    }
    std::string path() const { return path_.string(); }

  private:
    fs::path path_;
};

TEST(ArticleDateTest, RecognisesCommonShapes) {
    EXPECT_EQ(FindIsoDate("Updated at 14:13,22-06-2018"), "2018-06-22");
    EXPECT_EQ(FindIsoDate("2018-06-22T14:13:00Z"), "2018-06-22");
    EXPECT_EQ(FindIsoDate("2018-06-22 14:13:00"), "2018-06-22");
    EXPECT_EQ(FindIsoDate("published 3/4/2019"), "2019-04-03");
    EXPECT_EQ(FindIsoDate("June 22, 2018"), "2018-06-22");
    EXPECT_EQ(FindIsoDate("22 Jun 2018"), "2018-06-22");
    EXPECT_EQ(FindIsoDate("no date here"), "");
    EXPECT_EQ(FindIsoDate("31-02-2018"), "");  // no 31st of February
}

TEST(ArticleDateTest, FindsTheClockTime) {
    EXPECT_EQ(FindClockTime("Updated at 14:13,22-06-2018"), "14:13");
    EXPECT_EQ(FindClockTime("2018-06-22T14:13:05Z"), "14:13:05");
    EXPECT_EQ(FindClockTime("at 9:05 local time"), "09:05");
    EXPECT_EQ(FindClockTime("22-06-2018"), "");
    EXPECT_EQ(FindClockTime("score 25:13"), "");  // no 25th hour
}

TEST(PlainTextReaderTest, ReadsDatelineTitleAndBody) {
    const std::string content =
        "Updated at 14:13,22-06-2018\n\nBakiyev Says He Has No Intention\n\n\n"
        "First paragraph.\n\nSecond paragraph.\n";
    Result<Article> a = ParsePlainTextArticle(content, "dir/000_x.txt");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->date, "2018-06-22");
    EXPECT_EQ(a->title, "Bakiyev Says He Has No Intention");
    EXPECT_EQ(a->text, "First paragraph.\n\nSecond paragraph.");
    EXPECT_EQ(a->source, "000_x.txt");
    EXPECT_EQ(a->origin, "dir/000_x.txt");
    EXPECT_EQ(a->key, ArticleKey(a->title, a->text));
    EXPECT_EQ(a->key.size(), 16u);
}

TEST(PlainTextReaderTest, WithoutDatelineOrTitleEverythingIsBody) {
    Result<Article> a = ParsePlainTextArticle("One line.\nAnother line.\r\n", "x.txt");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->date, "");
    EXPECT_EQ(a->title, "");
    EXPECT_EQ(a->text, "One line.\nAnother line.");
}

TEST(PlainTextReaderTest, OneLineIsABodyNotATitle) {
    for (const char* content :
         {"Ana Ruiz said the bridge will reopen.", "Ana Ruiz said the bridge will reopen.\n\n\n",
          "2018-06-22\nAna Ruiz said the bridge will reopen.\n\n"}) {
        Result<Article> a = ParsePlainTextArticle(content, "one.txt");
        ASSERT_TRUE(a.ok()) << a.status().ToString();
        EXPECT_EQ(a->title, "");
        EXPECT_EQ(a->text, "Ana Ruiz said the bridge will reopen.");
    }
}

TEST(PlainTextReaderTest, RejectsBadContentNamingOrigin) {
    Result<Article> empty = ParsePlainTextArticle("  \n\n", "a.txt");
    ASSERT_FALSE(empty.ok());
    EXPECT_NE(empty.status().message().find("a.txt"), std::string::npos);
    EXPECT_NE(empty.status().message().find("empty"), std::string::npos);

    Result<Article> binary = ParsePlainTextArticle(std::string("abc\n\0def", 8), "b.bin");
    ASSERT_FALSE(binary.ok());
    EXPECT_NE(binary.status().message().find("binary"), std::string::npos);
    EXPECT_NE(binary.status().message().find("line 2"), std::string::npos);

    Result<Article> bad = ParsePlainTextArticle("ok\nthen \xC3\x28 bad", "c.txt");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.status().message().find("invalid UTF-8"), std::string::npos);
    EXPECT_NE(bad.status().message().find("line 2"), std::string::npos);

    // A lone line holding a date is the body, not a dateline.
    Result<Article> one_line = ParsePlainTextArticle("Talks resumed on 22-06-2018.\n\n", "d.txt");
    ASSERT_TRUE(one_line.ok());
    EXPECT_EQ(one_line->text, "Talks resumed on 22-06-2018.");
    EXPECT_EQ(one_line->date, "");
}

TEST(ArticleKeyTest, StableAndContentSensitive) {
    // FNV-1a 64 of "\n" alone: a fixed value, so keys do not drift between builds.
    EXPECT_EQ(ArticleKey("", ""), "af63c74c8601c8dd");
    EXPECT_EQ(ArticleKey("t", "body"), ArticleKey("t", "body"));
    EXPECT_NE(ArticleKey("t", "body"), ArticleKey("t", "body."));
    EXPECT_NE(ArticleKey("ab", "c"), ArticleKey("a", "bc"));
}

TEST(JsonReaderTest, ReadsCrawlerFields) {
    Result<Article> a = ParseJsonArticle(
        R"({"title":"T","maintext":"Body text.","date_publish":"2019-03-01 10:00:00",)"
        R"("url":"https://news.example.org/a/b","source_domain":null})",
        "f.jsonl:1");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "T");
    EXPECT_EQ(a->text, "Body text.");
    EXPECT_EQ(a->date, "2019-03-01");
    EXPECT_EQ(a->url, "https://news.example.org/a/b");
    EXPECT_EQ(a->source, "news.example.org");

    Result<Article> b = ParseJsonArticle(
        R"({"text":"  Kept exactly.  ","date":"22-06-2018","source_domain":"x.com"})", "f:2");
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->text, "  Kept exactly.  ");
    EXPECT_EQ(b->date, "2018-06-22");
    EXPECT_EQ(b->source, "x.com");
}

TEST(JsonReaderTest, RejectsMalformedLines) {
    EXPECT_FALSE(ParseJsonArticle("{\"title\": ", "f:1").ok());
    EXPECT_FALSE(ParseJsonArticle("[1,2]", "f:1").ok());
    Result<Article> no_text = ParseJsonArticle(R"({"title":"only"})", "f.jsonl:7");
    ASSERT_FALSE(no_text.ok());
    EXPECT_NE(no_text.status().message().find("f.jsonl:7"), std::string::npos);
}

TEST(HtmlReaderTest, TakesMetaAndArticleBodyWithoutChrome) {
    const std::string html = R"(<!DOCTYPE html><html><head>
<title>Site | Headline</title>
<meta property="og:title" content="Leader &amp; Party Meet">
<meta property="article:published_time" content="2020-05-04T08:00:00+00:00">
<meta property="og:site_name" content="Example News">
<script>var x = "<p>not text</p>";</script><style>p { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leader &amp; Party Meet</h1>
<p>The leader met the party in <b>Minsk</b> on Tuesday.</p>
<!-- comment -->
<p>He said it was &ldquo;useful&rdquo;.</p>
<aside>Related: other story</aside>
</article>
<footer>Copyright</footer></body></html>)";
    Result<Article> a = ParseHtmlArticle(html, "page.html");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Leader & Party Meet");
    EXPECT_EQ(a->date, "2020-05-04");
    EXPECT_EQ(a->source, "Example News");
    EXPECT_EQ(a->text,
              "The leader met the party in Minsk on Tuesday.\n\nHe said it was "
              "\xE2\x80\x9Cuseful\xE2\x80\x9D.");
}

TEST(HtmlReaderTest, FallsBackToTitleTagAndPageText) {
    Result<Article> a = ParseHtmlArticle(
        "<html><head><title> Plain Page </title></head><body><div>Hello <i>world</i>.</div>"
        "<div>Second.</div></body></html>",
        "p.htm");
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->title, "Plain Page");
    EXPECT_EQ(a->text, "Hello world.\n\nSecond.");
    EXPECT_EQ(DecodeHtmlEntities("&#8217;&#x41;&bogus;&"),
              "\xE2\x80\x99"
              "A&bogus;&");
}

TEST(ArticleReaderTest, WalksDirectoryTreeSortedAndSkipsBadItems) {
    TempDir dir;
    dir.Write("b/2.txt", "Title Two\n\nBody two.");
    dir.Write("a.txt", "Title One\n\nBody one.");
    dir.Write("c.jsonl",
              "{\"title\":\"J1\",\"text\":\"Json one.\"}\n"
              "{bad json\n"
              "\n"
              "{\"title\":\"J2\",\"maintext\":\"Json two.\"}\n");
    dir.Write("d.bin", std::string("\x7f"
                                   "ELF\0\0\0",
                                   7));
    dir.Write("e.txt", "");
    dir.Write(".hidden/x.txt", "Hidden\n\nNot read.");
    std::vector<Status> skipped;
    Result<std::vector<Article>> articles = ReadArticles(dir.path(), &skipped);
    ASSERT_TRUE(articles.ok());
    std::vector<std::string> titles;
    for (const Article& a : *articles) titles.push_back(a.title);
    EXPECT_EQ(titles, (std::vector<std::string>{"Title One", "Title Two", "J1", "J2"}));
    EXPECT_EQ((*articles)[3].origin, dir.path() + "/c.jsonl:4");
    ASSERT_EQ(skipped.size(), 3u);
    EXPECT_NE(skipped[0].message().find("c.jsonl:2"), std::string::npos);
    EXPECT_NE(skipped[1].message().find("d.bin"), std::string::npos);
    EXPECT_NE(skipped[2].message().find("e.txt"), std::string::npos);
}

TEST(ArticleReaderTest, SkipsFilesOverTheSizeLimit) {
    TempDir dir;
    const std::string big = dir.Write("big.txt", "Title\n\n" + std::string(300, 'x'));
    std::vector<Status> skipped;
    int read = 0;
    ArticleSink sink{[&read](Article&&) { ++read; },
                     [&skipped](const Status& s) { skipped.push_back(s); }};
    ReadOptions options;
    options.max_bytes = 100;
    ASSERT_TRUE(ArticleReader(options).Read(big, sink).ok());
    EXPECT_EQ(read, 0);
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_NE(skipped[0].message().find("too large"), std::string::npos);
}

TEST(ArticleReaderTest, JsonLinesFilesAreStreamedWithAPerLineLimit) {
    TempDir dir;
    std::string content;
    for (int i = 0; i < 20; ++i) {
        content += "{\"title\":\"T" + std::to_string(i) + "\",\"text\":\"Short body.\"}\n";
    }
    content += "{\"title\":\"Long\",\"text\":\"" + std::string(500, 'x') + "\"}\n";
    const std::string path = dir.Write("corpus.jsonl", content);
    std::vector<Status> skipped;
    int read = 0;
    ArticleSink sink{[&read](Article&&) { ++read; },
                     [&skipped](const Status& s) { skipped.push_back(s); }};
    ReadOptions options;
    options.max_bytes = 200;  // far below the file's size, above each short line's
    ASSERT_TRUE(ArticleReader(options).Read(path, sink).ok());
    EXPECT_EQ(read, 20);
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_NE(skipped[0].message().find("corpus.jsonl:21: too large"), std::string::npos);
}

TEST(ArticleReaderTest, InMemoryJsonLinesAlsoHaveAPerLineLimit) {
    std::vector<Status> skipped;
    int read = 0;
    ArticleSink sink{[&read](Article&&) { ++read; },
                     [&skipped](const Status& s) { skipped.push_back(s); }};
    ReadOptions options;
    options.max_bytes = 60;
    const std::string content =
        "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n{\"text\":\"" + std::string(100, 'x') + "\"}\n";
    ArticleReader(options).ReadContent(content, "<stdin>", ArticleFormat::kAuto, sink);
    EXPECT_EQ(read, 2);
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_NE(skipped[0].message().find("<stdin>:3: too large"), std::string::npos);
}

TEST(ArticleReaderTest, MissingPathIsAnError) {
    Result<std::vector<Article>> r = ReadArticles("/nonexistent/dossier/path");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("/nonexistent/dossier/path"), std::string::npos);
}

TEST(ArticleReaderTest, ReadsTheSeedArticle) {
    DOSSIER_NEED_SHARED_DATA(shared_data::kSeedArticle);
    const std::string seed = shared_data::SharedPath(shared_data::kSeedArticle);
    Result<std::vector<Article>> r = ReadArticles(seed);
    ASSERT_TRUE(r.ok());
    ASSERT_EQ(r->size(), 1u);
    const Article& a = r->front();
    EXPECT_EQ(a.date, "2018-06-22");
    EXPECT_EQ(a.time, "14:13");
    EXPECT_EQ(a.title, "Bakiyev Says He Has No Intention to Ask for Political Asylum");
    EXPECT_EQ(a.text.rfind("Ousted Kyrgyz leader", 0), 0u);
}

}  // namespace
}  // namespace dossier::importers
