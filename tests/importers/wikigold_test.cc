// Scores mention detection and typing on wikigold (../shared/ner-dev): exact-span precision,
// recall and F1 per type, printed, with floors just below the current figures so that the
// detector cannot silently get worse. PER -> Person, LOC -> Country or City, ORG -> Organization.
// MISC is not scored: a prediction that exactly covers a MISC span counts neither way, and
// demonym mentions (MISC in CoNLL terms) are left out.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "importers/mention_detector.h"
#include "tests/shared_data.h"

namespace dossier::importers {
namespace {

struct GoldSpan {
    uint32_t start, end;
    std::string type;  // PER, LOC, ORG, MISC
    bool operator<(const GoldSpan& o) const {
        return std::tie(start, end, type) < std::tie(o.start, o.end, o.type);
    }
};

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

const char* GoldTypeOf(const Mention& m) {
    switch (m.type) {
        case EntityType::kPerson:
            return "PER";
        case EntityType::kCountry:
        case EntityType::kCity:
            return "LOC";
        case EntityType::kOrganization:
            return "ORG";
        default:
            return nullptr;
    }
}

struct Counts {
    int tp = 0, fp = 0, fn = 0;
    double Precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
    double Recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
    double F1() const {
        const double p = Precision(), r = Recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

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
    std::map<std::string, Counts> counts;
    size_t gold_total = 0;
    for (GoldDocument& g : docs) {
        detector->Detect(&g.doc);
        std::set<GoldSpan> gold, misc;
        for (const GoldSpan& s : g.spans) {
            if (s.type == "MISC") {
                misc.insert(GoldSpan{s.start, s.end, ""});
            } else {
                gold.insert(s);
                ++gold_total;
            }
        }
        std::set<GoldSpan> predicted;
        for (const Mention& m : g.doc.mentions) {
            const char* type = GoldTypeOf(m);
            if (!type || m.form != MentionForm::kName || m.rule == "demonym") continue;
            if (misc.count(GoldSpan{m.span.start, m.span.end, ""})) continue;
            predicted.insert(GoldSpan{m.span.start, m.span.end, type});
        }
        for (const GoldSpan& p : predicted) {
            Counts& c = counts[p.type];
            gold.count(p) ? ++c.tp : ++c.fp;
        }
        for (const GoldSpan& s : gold) {
            if (!predicted.count(s)) ++counts[s.type].fn;
        }
    }
    Counts all;
    for (const auto& [type, c] : counts) {
        std::printf("wikigold %-4s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n", type.c_str(),
                    c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn);
        all.tp += c.tp;
        all.fp += c.fp;
        all.fn += c.fn;
    }
    std::printf("wikigold ALL  P %.3f R %.3f F1 %.3f over %zu gold spans in %zu documents\n",
                all.Precision(), all.Recall(), all.F1(), gold_total, docs.size());
    // Floors just below the figures measured when they were set (see the printed lines).
    EXPECT_GE(counts["PER"].F1(), 0.71);
    EXPECT_GE(counts["LOC"].F1(), 0.65);
    EXPECT_GE(counts["ORG"].F1(), 0.46);
    EXPECT_GE(all.F1(), 0.62);
}

}  // namespace
}  // namespace dossier::importers
