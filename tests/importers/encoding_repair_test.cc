// Text that comes in badly encoded: mojibake, Latin-1 and Windows-1252 bytes, character
// references, through the helpers and through every reader.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "importers/readers/article_reader.h"
#include "importers/readers/article_text.h"
#include "importers/readers/charset.h"
#include "importers/readers/html_entities.h"
#include "importers/readers/jsonl_reader.h"
#include "importers/readers/mojibake.h"
#include "importers/readers/plain_text_reader.h"

namespace dossier::importers {
namespace {

TEST(MojibakeTest, RepairsTextDecodedAsWindows1252OnceOrTwice) {
    EXPECT_EQ(RepairMojibake("PeÃ±a"), "Peña");
    EXPECT_EQ(RepairMojibake("Ã‰lodie MÃ¼ller"), "Élodie Müller");
    EXPECT_EQ(RepairMojibake("the minister\xE2\x80\x99s"), "the minister’s");  // already fine
    EXPECT_EQ(RepairMojibake("the ministerâ€™s aide"), "the minister’s aide");
    // Twice: through Windows-1252 (ƒ for byte 0x83) and through Latin-1 (U+0083), or with the
    // invisible C1 control lost on the way.
    EXPECT_EQ(RepairMojibake("FranÃƒÂ§ois"), "François");
    EXPECT_EQ(RepairMojibake("FranÃ\xC2\x83Â§ois"), "François");
    EXPECT_EQ(RepairMojibake("FranÃÂ§ois"), "François");
    EXPECT_EQ(RepairMojibake("Ã¢â‚¬Å“Noâ€¦Ã¢â‚¬Â\xC2\x9D"), "“No…”");
    // Cyrillic comes back as a word, not as stray letters ("с" is D1 81; 0x81 read as U+0081).
    EXPECT_EQ(RepairMojibake("ÐœÐ¾Ñ\xC2\x81ÐºÐ²Ð°"), "Москва");
}

TEST(MojibakeTest, LeavesCorrectTextAlone) {
    for (const std::string text :
         {"São Paulo", "ÀÁÂ", "Ação, não", "ESPAÑA”", "café…”", "Straße»", "Ça va", "Œuvre", "Ñ±",
          "Zürich", "plain ASCII text", "Ã alone", "Москва", "naïve résumé"}) {
        EXPECT_EQ(RepairMojibake(text), text) << text;
    }
    // Not valid UTF-8: returned unchanged.
    EXPECT_EQ(RepairMojibake("Pe\xF1"
                             "a Ã±"),
              "Pe\xF1"
              "a Ã±");
}

TEST(HtmlEntitiesTest, DecodesNamedAndNumericReferences) {
    EXPECT_EQ(DecodeHtmlEntities("Peace &amp; Security"), "Peace & Security");
    EXPECT_EQ(DecodeHtmlEntities("Caf&eacute; &Eacute;lys&eacute;e"), "Café Élysée");
    EXPECT_EQ(DecodeHtmlEntities("Brussels&#8217; reply &#x2019;&#X2014;"), "Brussels’ reply ’—");
    EXPECT_EQ(DecodeHtmlEntities("&ldquo;Yes&rdquo;&nbsp;&euro;5"), "“Yes” €5");
    EXPECT_EQ(DecodeHtmlEntities("AT&T &bogus; &#0; &#xD800; &#12x; & &amp"),
              "AT&T &bogus; &#0; &#xD800; &#12x; & &amp");
}

TEST(CharsetTest, FindsTheDeclaredCharset) {
    EXPECT_EQ(DeclaredCharset("<html><head><meta charset=\"Windows-1252\">"), "windows-1252");
    EXPECT_EQ(DeclaredCharset("<meta http-equiv='Content-Type' content='text/html; "
                              "charset=iso-8859-1'>"),
              "iso-8859-1");
    EXPECT_EQ(DeclaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?><rss>"),
              "iso-8859-15");
    EXPECT_EQ(DeclaredCharset("<html><p>charset=koi8-r is only text here</p>"), "");
    EXPECT_EQ(DeclaredCharset("Plain text."), "");
}

TEST(CharsetTest, SniffsWindows1252TextButNotGarbage) {
    EXPECT_TRUE(
        LooksLikeWindows1252("Ana Pe\xF1"
                             "a met \x93the press\x94 \xE0 Paris."));
    EXPECT_FALSE(LooksLikeWindows1252("then \xC3\x28 bad"));  // a stray byte, not a word
    EXPECT_FALSE(LooksLikeWindows1252("word\x81word"));       // unused in Windows-1252
    EXPECT_FALSE(LooksLikeWindows1252("ctrl\x01\xE9t\xE9"));
}

TEST(CharsetTest, ConvertsWithIcuAndNamesWhereItFails) {
    Result<std::string> latin1 = ConvertToUtf8(
        "Gr\xFC\xDF"
        "e \x93hi\x94",
        "latin1", "a.txt");
    ASSERT_TRUE(latin1.ok()) << latin1.status().ToString();
    EXPECT_EQ(*latin1, "Grüße “hi”");  // Latin-1 labels read as Windows-1252, as browsers do
    Result<std::string> koi8 = ConvertToUtf8("\xEB\xC9\xC5\xD7", "koi8-r", "k.html");
    ASSERT_TRUE(koi8.ok());
    EXPECT_EQ(*koi8, "Киев");
    Result<std::string> unknown = ConvertToUtf8("abc", "x-no-such-set", "u.html");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.status().message().find("u.html: unknown character set 'x-no-such-set'"),
              std::string::npos);
    Result<std::string> bad = ConvertToUtf8("ok\nline \xBF two", "iso-8859-8", "b.html");
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.status().message().find("b.html: byte 8 (line 2)"), std::string::npos)
        << bad.status().ToString();
}

TEST(ReaderEncodingTest, PlainTextInLatin1AndWindows1252IsConverted) {
    Result<Article> latin1 = ParsePlainTextArticle(
        "Pe\xF1"
        "a re-elected\n\nInés is a typo-free name; Jos\xE9 Pe\xF1"
        "a won in Le\xF3n.",
        "latin1.txt");
    // Mixed bytes: "Inés" is UTF-8 inside Latin-1 text, so the file is not valid UTF-8 and
    // the UTF-8 letters read as two Windows-1252 characters each.
    ASSERT_TRUE(latin1.ok()) << latin1.status().ToString();
    EXPECT_EQ(latin1->title, "Peña re-elected");
    EXPECT_NE(latin1->text.find("José Peña won in León."), std::string::npos);

    Result<Article> cp1252 = ParsePlainTextArticle(
        "Strike over\n\nThe union called it \x93"
        "a fair deal\x94 \x96 and the port reopened.",
        "cp1252.txt");
    ASSERT_TRUE(cp1252.ok()) << cp1252.status().ToString();
    EXPECT_EQ(cp1252->text, "The union called it “a fair deal” – and the port reopened.");
}

TEST(ReaderEncodingTest, PlainTextEntitiesAndMojibakeAreCleaned) {
    Result<Article> a = ParsePlainTextArticle(
        "Talks in Bras&iacute;lia\n\nPeÃ±a and FranÃƒÂ§ois met &amp; talked.", "t.txt");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Talks in Brasília");
    EXPECT_EQ(a->text, "Peña and François met & talked.");
}

TEST(ReaderEncodingTest, JsonLinesFieldsAreCleanedAndLatin1LinesConverted) {
    Result<Article> a = ParseJsonArticle(
        R"({"title":"Rome&#8217;s mayor &amp; the Tiber","maintext":"Caf&eacute; owners met )"
        R"(Mayor PeÃ±a on Monday.","authors":["Lucia Bianchi","Ã‰mile Roux"]})",
        "f.jsonl:3");
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, "Rome’s mayor & the Tiber");
    EXPECT_EQ(a->text, "Café owners met Mayor Peña on Monday.");
    EXPECT_EQ(a->author, "Lucia Bianchi, Émile Roux");

    Result<Article> latin1 =
        ParseJsonArticle("{\"title\":\"Le\xF3n\",\"text\":\"Rain in Le\xF3n.\"}", "g.jsonl:1");
    ASSERT_TRUE(latin1.ok()) << latin1.status().ToString();
    EXPECT_EQ(latin1->text, "Rain in León.");

    Result<Article> garbage = ParseJsonArticle("{\"text\":\"a \xC3\x28 b\"}", "h.jsonl:9");
    ASSERT_FALSE(garbage.ok());
    EXPECT_NE(garbage.status().message().find("h.jsonl:9: invalid UTF-8"), std::string::npos);
}

TEST(ReaderEncodingTest, FilesInOtherEncodingsImportAndUnreadableOnesNameFileAndLine) {
    namespace fs = std::filesystem;
    const fs::path dir =
        fs::temp_directory_path() / ("dossier_encoding_test_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
    auto write = [&dir](const std::string& name, const std::string& content) {
        std::ofstream(dir / name, std::ios::binary) << content;
    };
    write("a_latin1.txt", "Le\xF3n votes\n\nVoters in Le\xF3n chose a new mayor.");
    write("b_cp1252.html",
          "<html><head><meta charset=\"windows-1252\"><title>Deal</title></head><body><p>"
          "\x93We have a deal,\x94 the minister said.</p></body></html>");
    write("c_bad.txt", "Fine first line\n\nthen \xC3\x28 garbage");
    std::vector<Status> skipped;
    Result<std::vector<Article>> articles = ReadArticles(dir.string(), &skipped);
    fs::remove_all(dir);
    ASSERT_TRUE(articles.ok());
    ASSERT_EQ(articles->size(), 2u);
    EXPECT_EQ((*articles)[0].text, "Voters in León chose a new mayor.");
    EXPECT_EQ((*articles)[1].text, "“We have a deal,” the minister said.");
    ASSERT_EQ(skipped.size(), 1u);
    EXPECT_NE(skipped[0].message().find("c_bad.txt: invalid UTF-8 at byte 22 (line 3)"),
              std::string::npos)
        << skipped[0].ToString();
}

}  // namespace
}  // namespace dossier::importers
