#include "importers/graph_writer.h"

#include "importers/name_resolver.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;

class GraphWriterTest : public ::testing::Test {
  protected:
    void SetUp() override {
        graph::OpenOptions o;
        o.in_memory = true;
        auto s = graph::GraphStore::Open("writer-test", o);
        ASSERT_TRUE(s.ok()) << s.status().ToString();
        store_ = std::move(*s);
    }

    static Document First() {
        DocBuilder b(
            "Ousted Kyrgyz leader Kurmanbek Bakiyev has taken refuge in Belarus. "
            "\"I will not resign,\" Mr. Bakiyev said in Minsk.");
        b.Person("Kurmanbek Bakiyev").Person("Mr. Bakiyev").Demonym("Kyrgyz", "KG");
        b.Country("Belarus", "BY").City("Minsk", "BY");
        Document d = b.Run();
        d.article.key = "a1";
        d.article.title = "First";
        return d;
    }

    std::optional<graph::Node> NodeNamed(const std::string& name, const char* label) {
        for (graph::NodeId id : store_->FindByName(name)) {
            auto n = store_->GetNode(id);
            if (n.ok() && n->HasLabel(label)) return *n;
        }
        return std::nullopt;
    }

    std::vector<graph::Edge> Edges(graph::NodeId node, const char* type) {
        std::vector<graph::Edge> out;
        for (auto it = store_->Adjacent(node, graph::Direction::kOut, type); it->Valid();
             it->Next()) {
            out.push_back(*store_->GetEdge(it->entry().edge));
        }
        return out;
    }

    std::unique_ptr<graph::GraphStore> store_;
};

TEST_F(GraphWriterTest, WritesEntitiesEdgesWithProvenanceAndIsIdempotent) {
    GraphWriter writer(store_.get());
    Document d = First();
    auto first = writer.Write(d);
    ASSERT_TRUE(first.ok()) << first.status().ToString();
    EXPECT_FALSE(first->skipped);
    EXPECT_GT(first->nodes_added, 4u);
    EXPECT_GT(first->edges_added, 4u);

    auto bakiyev = NodeNamed("Kurmanbek Bakiyev", "Person");
    ASSERT_TRUE(bakiyev.has_value());
    ASSERT_TRUE(NodeNamed("Mr. Bakiyev", "Person").has_value());  // alias is indexed
    auto fled = Edges(bakiyev->id, "FLED_TO");
    ASSERT_EQ(fled.size(), 1u);
    EXPECT_EQ(fled[0].Find("article")->as_string(), "a1");
    EXPECT_EQ(fled[0].Find("sentence")->as_int(), 0);
    EXPECT_EQ(fled[0].Find("evidence")->as_string(),
              "Ousted Kyrgyz leader Kurmanbek Bakiyev has taken refuge in Belarus.");
    auto leader = Edges(bakiyev->id, "LEADER_OF");
    ASSERT_EQ(leader.size(), 1u);
    EXPECT_TRUE(leader[0].Find("former")->as_bool());
    auto mentioned = Edges(bakiyev->id, "MENTIONED_IN");
    ASSERT_EQ(mentioned.size(), 1u);
    EXPECT_EQ(mentioned[0].Find("count")->as_int(), 2);
    EXPECT_EQ(Edges(bakiyev->id, "SAID").size(), 1u);
    // The demonym alone names the country node by its code; its name is what the text wrote.
    auto kg = store_->GetNode(graph::EntityNodeId("Country", "kg"));
    ASSERT_TRUE(kg.ok());
    EXPECT_EQ(kg->Find("iso2")->as_string(), "KG");

    auto before = store_->Stats();
    ASSERT_TRUE(before.ok());
    auto again = writer.Write(d);
    ASSERT_TRUE(again.ok());
    EXPECT_TRUE(again->skipped);
    auto after = store_->Stats();
    EXPECT_EQ(before->node_count, after->node_count);
    EXPECT_EQ(before->edge_count, after->edge_count);
}

TEST_F(GraphWriterTest, StoresDatesAsDateValues) {
    GraphWriter writer(store_.get());
    Document d = First();
    d.article.date = "2018-06-22";
    d.article.time = "14:13";
    ASSERT_TRUE(writer.Write(d).ok());
    auto article = store_->GetNode(graph::EntityNodeId("Article", "a1"));
    ASSERT_TRUE(article.ok());
    ASSERT_NE(article->Find("date"), nullptr);
    EXPECT_EQ(*article->Find("date"), graph::Value(graph::Date::FromYmd(2018, 6, 22)));
    ASSERT_NE(article->Find("published"), nullptr);
    EXPECT_EQ(article->Find("published")->ToCypher(), "localdatetime('2018-06-22T14:13')");
}

TEST_F(GraphWriterTest, ResolvesEntitiesAcrossArticles) {
    GraphWriter writer(store_.get());
    ASSERT_TRUE(writer.Write(First()).ok());
    DocBuilder b("Bakiyev met Alyaksandr Lukashenka in Minsk on Monday.");
    b.Person("Bakiyev").Person("Alyaksandr Lukashenka").City("Minsk", "BY");
    Document second = b.Run();
    second.article.key = "a2";
    auto w = writer.Write(second);
    ASSERT_TRUE(w.ok()) << w.status().ToString();
    // The short name is its own node until the resolver runs.
    EXPECT_TRUE(NodeNamed("Bakiyev", "Person").has_value());
    NameResolver resolver;
    resolver.Note(w->entity_nodes);
    auto resolved = resolver.Run(store_.get());
    ASSERT_TRUE(resolved.ok()) << resolved.status().ToString();
    EXPECT_EQ(resolved->joined, 1u);
    auto bakiyev = NodeNamed("Kurmanbek Bakiyev", "Person");
    ASSERT_TRUE(bakiyev.has_value());
    EXPECT_EQ(Edges(bakiyev->id, "MENTIONED_IN").size(), 2u);
    EXPECT_EQ(Edges(bakiyev->id, "MET").size(), 1u);
    EXPECT_EQ(bakiyev->Find("name")->as_string(), "Kurmanbek Bakiyev");
    // Minsk is one node.
    auto minsk = NodeNamed("Minsk", "City");
    ASSERT_TRUE(minsk.has_value());
    EXPECT_EQ(Edges(minsk->id, "MENTIONED_IN").size(), 2u);
}

TEST_F(GraphWriterTest, AccentedAndPlainSpellingsAreOneEntityAndTheAuthorIsKept) {
    GraphWriter writer(store_.get());
    DocBuilder b1("Ana Peña arrived in Minsk on Monday.");
    b1.Person("Ana Peña").City("Minsk", "BY");
    Document first = b1.Run();
    first.article.key = "p1";
    first.article.author = "Inés Soto";
    ASSERT_TRUE(writer.Write(first).ok());
    DocBuilder b2("Ana Pena left Minsk on Friday.");
    b2.Person("Ana Pena").City("Minsk", "BY");
    Document second = b2.Run();
    second.article.key = "p2";
    ASSERT_TRUE(writer.Write(second).ok());

    auto pena = NodeNamed("Ana Pena", "Person");
    ASSERT_TRUE(pena.has_value());
    EXPECT_EQ(NodeNamed("ANA PEÑA", "Person")->id, pena->id);
    EXPECT_EQ(Edges(pena->id, "MENTIONED_IN").size(), 2u);

    auto with_author = store_->GetNode(graph::EntityNodeId("Article", "p1"));
    ASSERT_TRUE(with_author.ok());
    ASSERT_NE(with_author->Find("author"), nullptr);
    EXPECT_EQ(with_author->Find("author")->as_string(), "Inés Soto");
    auto without = store_->GetNode(graph::EntityNodeId("Article", "p2"));
    ASSERT_TRUE(without.ok());
    EXPECT_EQ(without->Find("author"), nullptr);
}

TEST_F(GraphWriterTest, RegionsAreTypedByKind) {
    GraphWriter writer(store_.get());
    DocBuilder b("Ana Ruiz flew from Texas to Minsk.");
    b.Person("Ana Ruiz").Add("Texas", EntityType::kCity, {{"country", "US"}, {"kind", "region"}});
    b.City("Minsk", "BY");
    Document d = b.Run();
    d.article.key = "r1";
    ASSERT_TRUE(writer.Write(d).ok());
    auto texas = NodeNamed("Texas", "City");
    ASSERT_TRUE(texas.has_value());
    EXPECT_EQ(texas->Find("kind")->as_string(), "region");
    EXPECT_EQ(NodeNamed("Minsk", "City")->Find("kind")->as_string(), "city");
}

}  // namespace
}  // namespace dossier::importers
