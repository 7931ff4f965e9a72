// A small hand-built news graph for the report's tests: two dated articles and one undated, a
// person with offices, quotes, an event and relationships, and a second person sharing his alias.
#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "graph/graph_store.h"

namespace dossier::report::testing {

using graph::Edge;
using graph::Node;
using graph::NodeId;
using graph::Value;

inline NodeId Id(const char* label, const char* key) {
    return graph::EntityNodeId(label, key);
}

class ReportStore {
  public:
    ReportStore() {
        graph::OpenOptions options;
        options.in_memory = true;
        auto store = graph::GraphStore::Open("report-test", options);
        EXPECT_TRUE(store.ok());
        store_ = std::move(store).value();
        auto txn = store_->Begin();
        EXPECT_TRUE(txn.ok());
        txn_ = txn->get();
        Build();
        EXPECT_TRUE(txn_->Commit().ok());
        txn_ = nullptr;
    }
    const graph::GraphStore& store() const { return *store_; }
    NodeId ivanov() const { return Id("Person", "pavel ivanov"); }

  private:
    void Put(Node n) { EXPECT_TRUE(txn_->PutNode(n).ok()); }
    void Link(NodeId src, const char* type, NodeId dst, graph::PropertyMap p) {
        EXPECT_TRUE(txn_->PutEdge(Edge{++edge_, src, dst, type, std::move(p)}).ok());
    }
    static graph::PropertyMap At(const char* article, int sentence, const char* evidence) {
        return {{"article", Value(article)},
                {"sentence", Value(sentence)},
                {"evidence", Value(evidence)}};
    }
    void Article(const char* key, const char* title, const char* date, const char* text) {
        graph::PropertyMap p{{"key", Value(key)},
                             {"title", Value(title)},
                             {"text", Value(text)},
                             {"source", Value("wire")}};
        if (*date) p["date"] = Value(date);
        Put(Node{Id("Article", key), {"Article"}, p});
    }

    void Build() {
        Article("art1", "Ivanov flees <north>", "2022-03-01",
                "Pavel Ivanov fled to Norland on Monday. \"We will be back,\" Mr. Ivanov said. "
                "Weather was calm.");
        Article("art2", "Ivanov speaks", "2022-05-10",
                "At a news conference, Ivanov said the vote was stolen. Minister Olga Berg said "
                "Ivanov had no mandate.");
        Article("art3", "Undated note", "", "Ivanov met Olga Berg.");
        Put(Node{ivanov(),
                 {"Person"},
                 {{"name", Value("Pavel Ivanov")},
                  {"aliases", Value(graph::List{Value("Ivanov"), Value("Mr. Ivanov")})},
                  {"title", Value("president")}}});
        const NodeId berg = Id("Person", "olga berg");
        Put(Node{berg, {"Person"}, {{"name", Value("Olga Berg")}}});
        // A second entity answering to "Ivanov".
        const NodeId other = Id("Organization", "ivanov group");
        Put(Node{
            other,
            {"Organization"},
            {{"name", Value("Ivanov Group")}, {"aliases", Value(graph::List{Value("Ivanov")})}}});
        const NodeId norland = Id("Country", "nl");
        const NodeId ruritania = Id("Country", "rr");
        Put(Node{norland, {"Country"}, {{"name", Value("Norland")}}});
        Put(Node{ruritania, {"Country"}, {{"name", Value("Ruritania")}}});
        for (const char* a : {"art1", "art2", "art3"}) {
            Link(ivanov(), "MENTIONED_IN", Id("Article", a), {{"count", Value(2)}});
            Link(berg, "MENTIONED_IN", Id("Article", a), {{"count", Value(1)}});
        }
        Link(norland, "MENTIONED_IN", Id("Article", "art1"), {{"count", Value(1)}});
        auto office = At("art1", 0, "Pavel Ivanov fled to Norland on Monday.");
        office["title"] = Value("president");
        office["former"] = Value(true);
        Link(ivanov(), "LEADER_OF", ruritania, office);
        Link(ivanov(), "LEADER_OF", ruritania, office);  // the same office named twice
        Link(ivanov(), "FLED_TO", norland,
             At("art1", 0, "Pavel Ivanov fled to Norland on Monday."));
        auto met = At("art3", 0, "Ivanov met Olga Berg.");
        met["negated"] = Value(false);
        Link(ivanov(), "MET", berg, met);
        auto denied = At("art2", 1, "Minister Olga Berg said Ivanov had no mandate.");
        denied["negated"] = Value(true);
        denied["attributed_to"] = Value("Olga Berg");
        Link(berg, "RECOGNIZED", ivanov(), denied);
        // Quotes: one direct in art1, one reported in art2; Berg's about him in art2.
        auto quote = [&](const char* key, const char* text, bool direct, const char* cue,
                         const char* article, int sentence) {
            const NodeId q = Id("Quote", key);
            Put(Node{q,
                     {"Quote"},
                     {{"text", Value(text)},
                      {"direct", Value(direct)},
                      {"cue", Value(cue)},
                      {"article", Value(article)},
                      {"sentence", Value(sentence)}}});
            return q;
        };
        Link(ivanov(), "SAID", quote("art1#40", "We will be back", true, "said", "art1", 1),
             At("art1", 1, "\"We will be back,\" Mr. Ivanov said."));
        Link(ivanov(), "SAID", quote("art2#30", "the vote was stolen", false, "said", "art2", 0),
             At("art2", 0, "At a news conference, Ivanov said the vote was stolen."));
        const NodeId about = quote("art2#60", "Ivanov had no mandate", false, "said", "art2", 1);
        Link(berg, "SAID", about, At("art2", 1, "Minister Olga Berg said Ivanov had no mandate."));
        Link(about, "ABOUT", ivanov(),
             At("art2", 1, "Minister Olga Berg said Ivanov had no mandate."));
        // Events: a dated news conference and an undated protest.
        const NodeId conference = Id("Event", "art2#0");
        Put(Node{conference,
                 {"Event"},
                 {{"kind", Value("news conference")},
                  {"date", Value("2022-05-09")},
                  {"text", Value("At a news conference, Ivanov said the vote was stolen.")}}});
        const NodeId protest = Id("Event", "art1#5");
        Put(Node{protest, {"Event"}, {{"kind", Value("protest")}, {"text", Value("A protest.")}}});
        auto speaker = At("art2", 0, "At a news conference, Ivanov said the vote was stolen.");
        speaker["role"] = Value("speaker");
        Link(ivanov(), "PARTICIPATED_IN", conference, speaker);
        auto target = At("art1", 0, "Pavel Ivanov fled to Norland on Monday.");
        target["role"] = Value("target");
        Link(ivanov(), "PARTICIPATED_IN", protest, target);
    }

    std::unique_ptr<graph::GraphStore> store_;
    graph::Transaction* txn_ = nullptr;
    graph::EdgeId edge_ = 1000;
};

}  // namespace dossier::report::testing
