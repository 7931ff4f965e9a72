// The `dossier extract` JSON: its fixed shape, and offsets that point into `text`.
#include <nlohmann/json.hpp>

#include "importers/extraction_json.h"
#include "importers/pipeline.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using nlohmann::json;

Document ExtractText(std::string text, std::string date) {
    auto pipeline = Pipeline::Create();
    EXPECT_TRUE(pipeline.ok());
    Document doc;
    doc.article.text = std::move(text);
    doc.article.date = std::move(date);
    doc.article.title = "Title";
    doc.article.key = "k";
    doc.article.source = "example.org";
    (*pipeline)->Run(&doc);
    return doc;
}

TEST(PipelineJson, ShapeAndOffsets) {
    Document doc = ExtractText(
        "Ousted Kyrgyz leader Kurmanbek Bakiyev fled to Belarus on Tuesday.\n\n"
        "\u201CI will not resign,\u201D Mr. Bakiyev said in Minsk.",
        "2018-06-22");
    json j = json::parse(ExtractionJson(doc));
    for (const char* key : {"text", "article", "sentences", "mentions", "entities", "quotes",
                            "relations", "events"}) {
        EXPECT_TRUE(j.contains(key)) << key;
    }
    const std::string text = j["text"];
    EXPECT_EQ(text, doc.article.text);
    EXPECT_EQ(j["article"]["key"], "k");
    EXPECT_EQ(j["article"]["date"], "2018-06-22");
    EXPECT_EQ(j["article"]["source"], "example.org");
    ASSERT_FALSE(j["mentions"].empty());
    for (const json& m : j["mentions"]) {
        size_t s = m["start"], e = m["end"];
        EXPECT_EQ(text.substr(s, e - s), m["text"].get<std::string>());
        for (const char* key : {"type", "form", "entity", "rule"}) EXPECT_TRUE(m.contains(key));
    }
    ASSERT_FALSE(j["quotes"].empty());
    for (const json& q : j["quotes"]) {
        size_t s = q["start"], e = q["end"];
        EXPECT_EQ(text.substr(s, e - s), q["text"].get<std::string>());
        for (const char* key : {"direct", "speaker", "cue", "rule"}) EXPECT_TRUE(q.contains(key));
    }
    bool fled = false;
    for (const json& r : j["relations"]) {
        for (const char* key : {"type", "source", "target", "negated", "attributed_to", "verb",
                                "sentence", "start", "end", "rule"}) {
            EXPECT_TRUE(r.contains(key)) << key;
        }
        if (r["type"] == "FLED_TO") {
            fled = true;
            EXPECT_EQ(j["entities"][r["target"].get<int>()]["name"], "Belarus");
        }
    }
    EXPECT_TRUE(fled);
    for (const json& e : j["entities"]) {
        for (const char* key : {"id", "label", "name", "aliases", "mentions"}) {
            EXPECT_TRUE(e.contains(key)) << key;
        }
    }
    for (const json& s : j["sentences"]) {
        EXPECT_LT(s["start"].get<size_t>(), s["end"].get<size_t>());
        EXPECT_LE(s["end"].get<size_t>(), text.size());
    }
}

TEST(PipelineJson, InvalidUtf8NeverThrows) {
    Document doc;
    doc.article.text = "Caf\xC3 bad bytes";
    doc.article.key = "x";
    std::string out = ExtractionJson(doc);
    EXPECT_NO_THROW(json::parse(out));
}

TEST(PipelineJson, RunningTwiceGivesTheSameResult) {
    auto pipeline = Pipeline::Create();
    ASSERT_TRUE(pipeline.ok());
    Document a;
    a.article.text = "Maria Lopez met Omar Haddad in Madrid. \"We agreed,\" she said.";
    Document b = a;
    (*pipeline)->Run(&a);
    (*pipeline)->Run(&b);
    (*pipeline)->Run(&b);  // earlier layers are replaced, not appended to
    EXPECT_EQ(ExtractionJson(a), ExtractionJson(b));
}

}  // namespace
}  // namespace dossier::importers
