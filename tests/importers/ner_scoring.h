// Exact-span scoring of mention detection against a gold corpus, shared by the corpus tests
// (wikigold_test.cc, news_dev_test.cc): gold spans, per-type counts, the printed report.
//
// Types are scored as PER (Person), LOC (Country or City) and ORG (Organization). Only name
// mentions count; demonym mentions are adjectives, not places, and are left out. A gold span that
// is not scored (wikigold's MISC, news-dev's demonyms and events) counts neither way when a
// prediction covers it exactly.
//
// Set DOSSIER_NER_ERRORS=1 to print every false positive and false negative with its sentence:
// the way to read what the detector gets wrong.
#pragma once

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "importers/document.h"

namespace dossier::importers::ner_scoring {

struct GoldSpan {
    uint32_t start = 0, end = 0;
    std::string type;  // PER, LOC, ORG; anything else is not scored
    bool operator<(const GoldSpan& o) const {
        return std::tie(start, end, type) < std::tie(o.start, o.end, o.type);
    }
};

struct Counts {
    int tp = 0, fp = 0, fn = 0;
    double Precision() const { return tp + fp ? double(tp) / (tp + fp) : 0; }
    double Recall() const { return tp + fn ? double(tp) / (tp + fn) : 0; }
    double F1() const {
        const double p = Precision(), r = Recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
    void Add(const Counts& o) {
        tp += o.tp;
        fp += o.fp;
        fn += o.fn;
    }
};

// "PER", "LOC" or "ORG" for a scored mention, else null.
inline const char* ScoredTypeOf(const Mention& m) {
    if (m.form != MentionForm::kName || m.rule == "demonym") return nullptr;
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

class SpanScore {
  public:
    explicit SpanScore(std::string corpus) : corpus_(std::move(corpus)) {}

    // Scores the mentions of `doc` against its gold spans. A gold span whose type is not PER,
    // LOC or ORG marks text that a prediction may cover without counting either way.
    void AddDocument(const Document& doc, const std::vector<GoldSpan>& spans) {
        ++documents_;
        std::set<GoldSpan> gold;
        std::set<std::pair<uint32_t, uint32_t>> unscored;
        for (const GoldSpan& s : spans) {
            if (IsScored(s.type)) {
                gold.insert(s);
            } else {
                unscored.insert({s.start, s.end});
            }
        }
        gold_spans_ += gold.size();
        std::set<GoldSpan> predicted;
        for (const Mention& m : doc.mentions) {
            const char* type = ScoredTypeOf(m);
            if (!type || unscored.count({m.span.start, m.span.end})) continue;
            predicted.insert(GoldSpan{m.span.start, m.span.end, type});
        }
        for (const GoldSpan& p : predicted) {
            const bool right = gold.count(p) > 0;
            right ? ++counts_[p.type].tp : ++counts_[p.type].fp;
            if (!right) Report(doc, "FP", p);
        }
        for (const GoldSpan& s : gold) {
            if (predicted.count(s)) continue;
            ++counts_[s.type].fn;
            Report(doc, "FN", s);
        }
    }

    // The counts of one type ("PER", "LOC", "ORG").
    Counts Of(const std::string& type) const {
        auto it = counts_.find(type);
        return it == counts_.end() ? Counts{} : it->second;
    }

    Counts All() const {
        Counts all;
        for (const auto& [type, c] : counts_) all.Add(c);
        return all;
    }

    // One line per type, then the overall line.
    void Print() const {
        for (const auto& [type, c] : counts_) {
            std::printf("%s %-4s P %.3f R %.3f F1 %.3f (tp %d fp %d fn %d)\n", corpus_.c_str(),
                        type.c_str(), c.Precision(), c.Recall(), c.F1(), c.tp, c.fp, c.fn);
        }
        const Counts all = All();
        std::printf("%s ALL  P %.3f R %.3f F1 %.3f over %zu gold spans in %zu documents\n",
                    corpus_.c_str(), all.Precision(), all.Recall(), all.F1(), gold_spans_,
                    documents_);
    }

  private:
    static bool IsScored(std::string_view type) {
        return type == "PER" || type == "LOC" || type == "ORG";
    }

    void Report(const Document& doc, const char* what, const GoldSpan& s) const {
        static const bool enabled = [] {
            const char* v = std::getenv("DOSSIER_NER_ERRORS");
            return v && *v && std::string_view(v) != "0";
        }();
        if (!enabled) return;
        std::string_view sentence;
        for (const Sentence& x : doc.sentences) {
            if (x.span.start <= s.start && s.start < x.span.end) sentence = doc.TextOf(x.span);
        }
        const std::string_view text = doc.TextOf(Span{s.start, s.end});
        std::printf("%s %s %s [%.*s] | %.*s\n", corpus_.c_str(), what, s.type.c_str(),
                    static_cast<int>(text.size()), text.data(), static_cast<int>(sentence.size()),
                    sentence.data());
    }

    std::string corpus_;
    std::map<std::string, Counts> counts_;
    size_t gold_spans_ = 0;
    size_t documents_ = 0;
};

}  // namespace dossier::importers::ner_scoring
