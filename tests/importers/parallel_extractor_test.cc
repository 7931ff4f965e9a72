// ParallelExtractor: documents come back in submission order and are the same as one Pipeline's,
// whatever the number of workers.
#include "importers/parallel_extractor.h"

#include <gtest/gtest.h>

#include "importers/extraction_json.h"
#include "importers/readers/article_reader.h"

namespace dossier::importers {
namespace {

// The bundled samples, each also with its paragraphs in reverse order (a distinct article), so
// that articles of different lengths alternate and finish out of order on the workers.
std::vector<Article> Corpus() {
    auto samples = ReadArticles(std::string(DOSSIER_SOURCE_DIR) + "/data/samples");
    EXPECT_TRUE(samples.ok()) << samples.status().ToString();
    std::vector<Article> corpus;
    if (!samples.ok()) return corpus;
    for (int round = 0; round < 3; ++round) {
        for (const Article& a : *samples) {
            corpus.push_back(a);
            Article b = a;
            std::vector<std::string> paragraphs;
            for (size_t p = 0; p < a.text.size();) {
                size_t end = a.text.find("\n\n", p);
                if (end == std::string::npos) end = a.text.size();
                paragraphs.push_back(a.text.substr(p, end - p));
                p = end + 2;
            }
            b.text.clear();
            for (auto it = paragraphs.rbegin(); it != paragraphs.rend(); ++it) {
                b.text += *it + "\n\n";
            }
            b.title += " (reversed " + std::to_string(round) + ")";
            b.key = ArticleKey(b.title, b.text);
            corpus.push_back(std::move(b));
        }
    }
    return corpus;
}

std::vector<std::string> Serial(const std::vector<Article>& corpus) {
    auto pipeline = Pipeline::Create();
    EXPECT_TRUE(pipeline.ok());
    std::vector<std::string> out;
    for (const Article& a : corpus) {
        Document d;
        d.article = a;
        (*pipeline)->Run(&d);
        out.push_back(ExtractionJson(d));
    }
    return out;
}

// Submits everything with at most `window` in flight, taking as a writer would.
std::vector<std::string> Parallel(const std::vector<Article>& corpus, int workers, size_t window) {
    auto x = ParallelExtractor::Create(workers);
    EXPECT_TRUE(x.ok()) << x.status().ToString();
    std::vector<std::string> out;
    for (const Article& a : corpus) {
        Article copy = a;
        (*x)->Submit(std::move(copy));
        while ((*x)->in_flight() >= window) out.push_back(ExtractionJson((*x)->Take()));
        while (auto d = (*x)->TryTake()) out.push_back(ExtractionJson(*d));
    }
    while ((*x)->in_flight() > 0) out.push_back(ExtractionJson((*x)->Take()));
    return out;
}

TEST(ParallelExtractorTest, DocumentsComeBackInOrderAndMatchOnePipeline) {
    const std::vector<Article> corpus = Corpus();
    ASSERT_GE(corpus.size(), 60u);
    const std::vector<std::string> expected = Serial(corpus);
    for (int workers : {0, 1, 3}) {
        for (size_t window : {size_t{1}, size_t{7}, size_t{1000}}) {
            std::vector<std::string> got = Parallel(corpus, workers, window);
            ASSERT_EQ(got.size(), expected.size()) << workers << " workers, window " << window;
            for (size_t i = 0; i < got.size(); ++i) {
                ASSERT_EQ(got[i], expected[i])
                    << "article " << i << ", " << workers << " workers, window " << window;
            }
        }
    }
}

TEST(ParallelExtractorTest, ZeroWorkersExtractOnSubmit) {
    auto x = ParallelExtractor::Create(0);
    ASSERT_TRUE(x.ok());
    Article a;
    a.text = "Kurmanbek Bakiyev arrived in Minsk on Monday.";
    a.key = "k";
    (*x)->Submit(std::move(a));
    EXPECT_EQ((*x)->in_flight(), 1u);
    auto d = (*x)->TryTake();
    ASSERT_TRUE(d.has_value()) << "extracted at once";
    EXPECT_FALSE(d->sentences.empty());
    EXPECT_FALSE(d->mentions.empty());
    EXPECT_EQ((*x)->in_flight(), 0u);
    EXPECT_FALSE((*x)->TryTake().has_value());
}

TEST(ParallelExtractorTest, DestroyedWithDocumentsInFlight) {
    auto x = ParallelExtractor::Create(2);
    ASSERT_TRUE(x.ok());
    for (const Article& a : Corpus()) {
        Article copy = a;
        (*x)->Submit(std::move(copy));
    }
    x->reset();  // joins the workers without taking anything; must neither hang nor crash
    SUCCEED();
}

}  // namespace
}  // namespace dossier::importers
