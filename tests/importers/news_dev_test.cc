// Scores mention detection on news-dev (../shared/news-dev): Voice of America sentences from the
// Groningen Meaning Bank, grouped into documents of consecutive sentences, detokenised lightly and
// run through the real sentence splitter, tokenizer and mention detector. Exact-span precision,
// recall and F1 per type are printed, with floors just below the current figures.
//
// Gold mapping: per -> PER, geo and proper-noun gpe -> LOC, org -> ORG. A gpe that is an
// adjective or a plural ("Iraqi", "Iraqis") is a demonym and not scored, nor are tim, art, eve
// and nat. Leading titles ("President", "Mr.", "Secretary of State") are stripped from gold per
// chunks, since a Person name leaves them out, and leading lower-case words ("the", "southern")
// from every chunk, since names are the capitalised part.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "importers/mentions/mention_detector.h"
#include "importers/text/sentence_splitter.h"
#include "importers/text/tokenizer.h"
#include "tests/importers/ner_scoring.h"
#include "tests/shared_data.h"

namespace dossier::importers {
namespace {

using ner_scoring::GoldSpan;
using ner_scoring::SpanScore;

constexpr std::string_view kNewsDev = "news-dev/gmb-voa-dev.csv";
// Consecutive sentences per document: long enough for the article-wide rules (a surname seen
// with its full name earlier) to work, short enough to rarely span two stories.
constexpr size_t kSentencesPerDocument = 20;

struct GoldToken {
    std::string word, pos, tag;
};

// Splits one CSV line into its fields ("a,\",\",b" -> a | , | b).
std::vector<std::string> CsvFields(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
                out.back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                out.back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            out.emplace_back();
        } else {
            out.back() += c;
        }
    }
    return out;
}

std::vector<std::vector<GoldToken>> ReadSentences(const std::string& path) {
    std::vector<std::vector<GoldToken>> sentences;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> f = CsvFields(line);
        if (f.size() != 4) continue;
        if (!f[0].empty() || sentences.empty()) sentences.emplace_back();
        sentences.back().push_back(GoldToken{f[1], f[2], f[3]});
    }
    return sentences;
}

// Penn Treebank tokens that attach to the word before them.
bool AttachesLeft(const GoldToken& t) {
    static const std::vector<std::string_view> kLeft = {",",   ".",   ";",   ":",  "?",  "!",
                                                        ")",   "]",   "%",   "'s", "'S", "n't",
                                                        "'re", "'ve", "'ll", "'d", "'m", "'"};
    if (t.pos == "''") return true;
    for (std::string_view w : kLeft) {
        if (t.word == w) return true;
    }
    return false;
}

bool AttachesRight(const GoldToken& t) {
    return t.pos == "``" || t.word == "(" || t.word == "[" || t.word == "$";
}

struct GoldDocument {
    Document doc;
    std::vector<Token> gold_tokens;  // the Penn tokens, with offsets into doc.article.text
    std::vector<GoldSpan> spans;
};

// The gold type a chunk of `tag` starting with a token of part of speech `pos` is scored as.
std::string ScoredType(std::string_view tag, std::string_view pos) {
    if (tag == "per") return "PER";
    if (tag == "geo") return "LOC";
    if (tag == "gpe") return pos == "NNP" ? "LOC" : "demonym";
    if (tag == "org") return "ORG";
    return std::string(tag);
}

// Leading words a name leaves out: lower-case words everywhere, titles before a person. Returns
// e when nothing is left: a per chunk that is only a title, or the first words of one ("Prime"
// tagged alone before "Minister"), names nobody.
size_t NameStart(const GoldDocument& g, const std::vector<GoldToken>& words, size_t b, size_t e,
                 bool person, const Gazetteer& gazetteer) {
    // How far past the chunk a title may run.
    constexpr size_t kTitleReach = 3;
    while (b < e) {
        const unsigned char c = static_cast<unsigned char>(words[b].word[0]);
        if (std::islower(c)) {
            ++b;
            continue;
        }
        if (!person) break;
        std::vector<GazetteerHit> hits;
        gazetteer.MatchAt(g.doc.article.text, g.gold_tokens, b,
                          std::min(words.size(), e + kTitleReach), &hits);
        int title = 0;
        for (const GazetteerHit& h : hits) {
            if (h.entry->kind == GazetteerKind::kTitle) title = std::max(title, h.length);
        }
        if (title == 0) break;
        b = std::min(e, b + title);
    }
    return b;
}

GoldDocument BuildDocument(const std::vector<std::vector<GoldToken>>& sentences, size_t from,
                           size_t to, const Gazetteer& gazetteer) {
    GoldDocument g;
    std::string& text = g.doc.article.text;
    std::vector<GoldToken> words;
    for (size_t s = from; s < to; ++s) {
        for (const GoldToken& t : sentences[s]) {
            const bool space = !text.empty() && !AttachesLeft(t) &&
                               !(!words.empty() && AttachesRight(words.back()));
            if (space) text += ' ';
            const uint32_t start = static_cast<uint32_t>(text.size());
            text += t.word;
            g.gold_tokens.push_back(Token{{start, static_cast<uint32_t>(text.size())}, 0});
            words.push_back(t);
        }
    }
    // IOB2 chunks over the document's tokens (a chunk never runs past its sentence: every
    // sentence opens with B- or O).
    for (size_t i = 0; i < words.size();) {
        if (words[i].tag.rfind("B-", 0) != 0) {
            ++i;
            continue;
        }
        const std::string tag = words[i].tag.substr(2);
        size_t j = i + 1;
        while (j < words.size() && words[j].tag == "I-" + tag) ++j;
        const std::string type = ScoredType(tag, words[i].pos);
        const size_t b = NameStart(g, words, i, j, type == "PER", gazetteer);
        if (b < j) {
            g.spans.push_back(
                GoldSpan{g.gold_tokens[b].span.start, g.gold_tokens[j - 1].span.end, type});
        }
        // The whole chunk, title included, stays unscored: "President Bush" may be predicted
        // whole without counting against the detector twice, and a title alone names nobody.
        if (b != i) {
            g.spans.push_back(GoldSpan{g.gold_tokens[i].span.start, g.gold_tokens[j - 1].span.end,
                                       "title+" + type});
        }
        i = j;
    }
    return g;
}

TEST(NewsDevTest, MentionSpanAndTypeScores) {
    DOSSIER_NEED_SHARED_DATA(kNewsDev);
    Result<MentionDetector> detector = MentionDetector::CreateDefault();
    if (!detector.ok()) GTEST_SKIP() << detector.status().ToString();
    const Gazetteer& gazetteer = **Gazetteer::Default();
    // The floors below were measured with the word list of scripts/setup's wamerican package.
    if (gazetteer.dictionary_size() == 0) {
        GTEST_SKIP() << "no word list at " << Gazetteer::kDictionaryPath << " (package wamerican)";
    }
    auto splitter = SentenceSplitter::Create();
    ASSERT_TRUE(splitter.ok());

    const std::vector<std::vector<GoldToken>> sentences =
        ReadSentences(shared_data::SharedPath(kNewsDev));
    ASSERT_GT(sentences.size(), 4000u);
    SpanScore score("news-dev");
    for (size_t from = 0; from < sentences.size(); from += kSentencesPerDocument) {
        const size_t to = std::min(sentences.size(), from + kSentencesPerDocument);
        GoldDocument g = BuildDocument(sentences, from, to, gazetteer);
        (*splitter)->Split(&g.doc);
        Tokenizer::Tokenize(&g.doc);
        detector->Detect(&g.doc);
        score.AddDocument(g.doc, g.spans);
    }
    score.Print();
    // Floors just below the figures measured when they were set (see the printed lines).
    EXPECT_GE(score.Of("PER").F1(), 0.81);
    EXPECT_GE(score.Of("LOC").F1(), 0.82);
    EXPECT_GE(score.Of("ORG").F1(), 0.57);
    EXPECT_GE(score.All().F1(), 0.765);
}

}  // namespace
}  // namespace dossier::importers
