// Scores mention detection and typing on wikigold (../shared/ner-dev): exact-span precision,
// recall and F1 per type, printed, with floors just below the current figures so that the
// detector cannot silently get worse. PER -> Person, LOC -> Country or City, ORG -> Organization.
// MISC is not scored: a prediction that exactly covers a MISC span counts neither way, and
// demonym mentions (MISC in CoNLL terms) are left out (ner_scoring.h scores the spans).
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "importers/mentions/mention_detector.h"
#include "tests/importers/ner_scoring.h"
#include "tests/shared_data.h"

namespace dossier::importers {
namespace {

using ner_scoring::GoldSpan;
using ner_scoring::SpanScore;

struct GoldDocument {
    Document doc;
    std::vector<GoldSpan> spans;
};

// Reads the CoNLL file: "token TAG" lines (IOB1), blank lines between sentences, -DOCSTART-
// between documents. Each document's text is its tokens joined by spaces, a newline between
// sentences; the gold tokens become the document's tokens.
std::vector<GoldDocument> ReadConll(const std::string& path) {
    std::vector<GoldDocument> docs;
    std::ifstream in(path);
    std::string line;
    GoldDocument cur;
    std::string open_type;
    uint32_t open_start = 0, last_end = 0;
    bool sentence_open = false;
    auto close_entity = [&]() {
        if (!open_type.empty()) cur.spans.push_back(GoldSpan{open_start, last_end, open_type});
        open_type.clear();
    };
    auto close_sentence = [&]() {
        close_entity();
        if (!sentence_open) return;
        cur.doc.sentences.back().span.end = last_end;
        sentence_open = false;
    };
    auto close_doc = [&]() {
        close_sentence();
        if (!cur.doc.tokens.empty()) docs.push_back(std::move(cur));
        cur = GoldDocument();
    };
    while (std::getline(in, line)) {
        if (line.rfind("-DOCSTART-", 0) == 0) {
            close_doc();
            continue;
        }
        if (line.empty()) {
            close_sentence();
            continue;
        }
        const size_t sp = line.rfind(' ');
        if (sp == std::string::npos) continue;
        const std::string token = line.substr(0, sp);
        const std::string tag = line.substr(sp + 1);
        std::string& text = cur.doc.article.text;
        if (!sentence_open) {
            if (!text.empty()) text += '\n';
            cur.doc.sentences.push_back(Sentence{{static_cast<uint32_t>(text.size()), 0}});
            sentence_open = true;
        } else {
            text += ' ';
        }
        const uint32_t start = static_cast<uint32_t>(text.size());
        text += token;
        const uint32_t end = static_cast<uint32_t>(text.size());
        cur.doc.tokens.push_back(
            Token{{start, end}, static_cast<int>(cur.doc.sentences.size()) - 1});
        const std::string type = tag.size() > 2 ? tag.substr(2) : "";
        const bool begins = tag[0] == 'B' || (tag[0] == 'I' && type != open_type);
        if (tag == "O" || begins) close_entity();
        if (tag != "O" && begins) {
            open_type = type;
            open_start = start;
        }
        last_end = end;
    }
    close_doc();
    return docs;
}

TEST(WikigoldTest, MentionSpanAndTypeScores) {
    DOSSIER_NEED_SHARED_DATA("ner-dev/wikigold.conll.txt");
    const std::string path = shared_data::SharedPath("ner-dev/wikigold.conll.txt");
    Result<MentionDetector> detector = MentionDetector::CreateDefault();
    if (!detector.ok()) GTEST_SKIP() << detector.status().ToString();
    // The floors below were measured with the word list of scripts/setup's wamerican package.
    if ((*Gazetteer::Default())->dictionary_size() == 0) {
        GTEST_SKIP() << "no word list at " << Gazetteer::kDictionaryPath << " (package wamerican)";
    }

    std::vector<GoldDocument> docs = ReadConll(path);
    ASSERT_GT(docs.size(), 100u);
    SpanScore score("wikigold");
    for (GoldDocument& g : docs) {
        detector->Detect(&g.doc);
        score.AddDocument(g.doc, g.spans);
    }
    score.Print();
    // Floors just below the figures measured when they were set (see the printed lines).
    EXPECT_GE(score.Of("PER").F1(), 0.76);
    EXPECT_GE(score.Of("LOC").F1(), 0.71);
    EXPECT_GE(score.Of("ORG").F1(), 0.49);
    EXPECT_GE(score.All().F1(), 0.67);
}

}  // namespace
}  // namespace dossier::importers
