// Test support for the meaning stages: a Document built from text with the real sentence
// splitter and tokenizer, and mentions the test names (so each stage is tested without depending
// on the mention detector), plus lookups for assertions.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "importers/document.h"
#include "importers/pipeline.h"
#include "importers/text/sentence_splitter.h"
#include "importers/text/tokenizer.h"

namespace dossier::importers::testing {

class DocBuilder {
  public:
    explicit DocBuilder(std::string text, std::string date = "2018-06-22") {
        doc_.article.text = std::move(text);
        doc_.article.date = std::move(date);
        doc_.article.key = "test";
        auto splitter = SentenceSplitter::Create();
        EXPECT_TRUE(splitter.ok());
        (*splitter)->Split(&doc_);
        Tokenizer::Tokenize(&doc_);
    }

    // A mention at every whole-word occurrence of `text`.
    DocBuilder& Add(std::string_view text, EntityType type, graph::Map attributes = {}) {
        const std::string& t = doc_.article.text;
        for (size_t p = t.find(text); p != std::string::npos; p = t.find(text, p + 1)) {
            auto word = [&](size_t i) {
                return i < t.size() && (std::isalnum(static_cast<unsigned char>(t[i])));
            };
            if ((p > 0 && word(p - 1)) || word(p + text.size())) continue;
            Mention m;
            m.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + text.size())};
            m.text = std::string(text);
            m.type = type;
            m.form = MentionForm::kName;
            m.rule = "test";
            m.attributes = attributes;
            for (size_t s = 0; s < doc_.sentences.size(); ++s) {
                if (doc_.sentences[s].span.start <= p && p < doc_.sentences[s].span.end) {
                    m.sentence = static_cast<int>(s);
                }
            }
            // Skip occurrences inside a longer mention already added ("Bakiyev" in "Kurmanbek
            // Bakiyev").
            bool inside = false;
            for (const Mention& o : doc_.mentions) inside = inside || o.span.Contains(m.span);
            if (!inside) doc_.mentions.push_back(std::move(m));
        }
        return *this;
    }
    DocBuilder& Country(std::string_view text, const char* iso2) {
        return Add(text, EntityType::kCountry, {{"iso2", iso2}});
    }
    DocBuilder& Demonym(std::string_view text, const char* iso2) {
        return Add(text, EntityType::kCountry, {{"country", iso2}});
    }
    DocBuilder& City(std::string_view text, const char* iso2) {
        return Add(text, EntityType::kCity, {{"country", iso2}});
    }
    DocBuilder& Person(std::string_view text) { return Add(text, EntityType::kPerson); }
    DocBuilder& Org(std::string_view text) { return Add(text, EntityType::kOrganization); }

    Document Run() {
        std::sort(doc_.mentions.begin(), doc_.mentions.end(),
                  [](const Mention& a, const Mention& b) { return a.span.start < b.span.start; });
        Pipeline::RunMeaningLayer(&doc_);
        return std::move(doc_);
    }

  private:
    Document doc_;
};

inline int EntityNamed(const Document& doc, std::string_view name) {
    for (const Entity& e : doc.entities) {
        if (e.name == name) return e.id;
    }
    return -1;
}

inline bool HasAlias(const Document& doc, int entity, std::string_view alias) {
    if (entity < 0) return false;
    const auto& a = doc.entities[entity].aliases;
    return std::find(a.begin(), a.end(), alias) != a.end();
}

inline const Relation* FindRelation(const Document& doc, std::string_view type,
                                    std::string_view source, std::string_view target) {
    int s = EntityNamed(doc, source), t = EntityNamed(doc, target);
    for (const Relation& r : doc.relations) {
        if (r.type == type && r.source == s && r.target == t) return &r;
    }
    return nullptr;
}

inline const Event* FindEvent(const Document& doc, std::string_view kind) {
    for (const Event& e : doc.events) {
        if (e.kind == kind) return &e;
    }
    return nullptr;
}

inline std::string SpeakerOf(const Document& doc, const Quote& q) {
    return q.speaker >= 0 ? doc.entities[q.speaker].name : "<none>";
}

}  // namespace dossier::importers::testing
