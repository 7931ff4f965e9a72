// GraphWriter::WriteChunk: many articles in one transaction, with the guarantees of one
// transaction per article (idempotence, resolution, a bad article costs only itself).
#include <gtest/gtest.h>

#include "importers/graph_writer.h"
#include "importers/name_resolver.h"
#include "tests/importers/pipeline_fixture.h"

namespace dossier::importers {
namespace {

using testing::DocBuilder;

std::unique_ptr<graph::GraphStore> MemoryStore(const std::string& name) {
    graph::OpenOptions o;
    o.in_memory = true;
    auto s = graph::GraphStore::Open(name, o);
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
}

Document First() {
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

Document Second() {
    DocBuilder b("Bakiyev met Alyaksandr Lukashenka in Minsk on Monday.");
    b.Person("Bakiyev").Person("Alyaksandr Lukashenka").City("Minsk", "BY");
    Document d = b.Run();
    d.article.key = "a2";
    return d;
}

// An article that fails midway: its entities are written before its relation, whose empty
// type the store rejects.
Document Broken() {
    DocBuilder b("Roza Otunbayeva visited Osh.");
    b.Person("Roza Otunbayeva").City("Osh", "KG");
    Document d = b.Run();
    d.article.key = "bad";
    Relation r;
    r.source = 0;
    r.target = 1;
    r.type = "";
    d.relations.push_back(r);
    return d;
}

std::optional<graph::Node> NodeNamed(graph::GraphStore* store, const std::string& name,
                                     const char* label) {
    for (graph::NodeId id : store->FindByName(name)) {
        auto n = store->GetNode(id);
        if (n.ok() && n->HasLabel(label)) return *n;
    }
    return std::nullopt;
}

size_t Count(graph::GraphStore* store, graph::NodeId node, const char* type) {
    size_t n = 0;
    for (auto it = store->Adjacent(node, graph::Direction::kOut, type); it->Valid(); it->Next()) {
        ++n;
    }
    return n;
}

struct Sums {
    uint64_t nodes = 0, edges = 0, entities = 0, skipped = 0, failed = 0;
};

Sums Sum(const std::vector<Result<WriteStats>>& results) {
    Sums s;
    for (const auto& r : results) {
        if (!r.ok()) {
            ++s.failed;
            continue;
        }
        s.nodes += r->nodes_added;
        s.edges += r->edges_added;
        s.entities += r->entities_added;
        s.skipped += r->skipped ? 1 : 0;
    }
    return s;
}

TEST(GraphWriterChunkTest, ChunkEqualsArticleByArticleAndResolvesWithinTheChunk) {
    auto one_by_one = MemoryStore("chunk-sequential");
    auto chunked = MemoryStore("chunk-chunked");
    ASSERT_TRUE(one_by_one && chunked);
    GraphWriter seq(one_by_one.get());
    auto w1 = seq.Write(First());
    auto w2 = seq.Write(Second());
    ASSERT_TRUE(w1.ok() && w2.ok());

    GraphWriter writer(chunked.get());
    const Document a = First(), b = Second();
    auto results = writer.WriteChunk({&a, &b});
    ASSERT_EQ(results.size(), 2u);
    ASSERT_TRUE(results[0].ok()) << results[0].status().ToString();
    ASSERT_TRUE(results[1].ok()) << results[1].status().ToString();
    EXPECT_EQ(results[0]->nodes_added, w1->nodes_added);
    EXPECT_EQ(results[1]->nodes_added, w2->nodes_added);
    EXPECT_EQ(results[1]->entities_added, w2->entities_added);
    EXPECT_EQ(results[1]->edges_added, w2->edges_added);

    auto s1 = one_by_one->Stats();
    auto s2 = chunked->Stats();
    ASSERT_TRUE(s1.ok() && s2.ok());
    EXPECT_EQ(s1->node_count, s2->node_count);
    EXPECT_EQ(s1->edge_count, s2->edge_count);
    const Sums sum = Sum(results);
    EXPECT_EQ(sum.nodes, s2->node_count);
    EXPECT_EQ(sum.edges, s2->edge_count);

    // "Bakiyev" in the second article joins the node the first article wrote once the
    // resolver runs over what the chunk wrote.
    NameResolver resolver;
    for (const auto& r : results) resolver.Note(r->entity_nodes);
    auto resolved = resolver.Run(chunked.get());
    ASSERT_TRUE(resolved.ok()) << resolved.status().ToString();
    EXPECT_EQ(resolved->joined, 1u);
    auto bakiyev = NodeNamed(chunked.get(), "Kurmanbek Bakiyev", "Person");
    ASSERT_TRUE(bakiyev.has_value());
    EXPECT_EQ(Count(chunked.get(), bakiyev->id, "MENTIONED_IN"), 2u);
    EXPECT_EQ(Count(chunked.get(), bakiyev->id, "MET"), 1u);
}

TEST(GraphWriterChunkTest, RepeatedArticleIsSkippedWithinAndAcrossChunks) {
    auto store = MemoryStore("chunk-repeat");
    ASSERT_TRUE(store);
    GraphWriter writer(store.get());
    const Document a = First();
    auto results = writer.WriteChunk({&a, &a});
    ASSERT_TRUE(results[0].ok() && results[1].ok());
    EXPECT_FALSE(results[0]->skipped);
    EXPECT_TRUE(results[1]->skipped);
    EXPECT_EQ(results[1]->nodes_added, 0u);
    EXPECT_EQ(results[1]->edges_added, 0u);
    auto before = store->Stats();
    ASSERT_TRUE(before.ok());
    EXPECT_EQ(before->node_count, results[0]->nodes_added);

    const Document b = Second();
    auto again = writer.WriteChunk({&b, &a});
    ASSERT_TRUE(again[0].ok() && again[1].ok());
    EXPECT_FALSE(again[0]->skipped);
    EXPECT_TRUE(again[1]->skipped);
    auto after = store->Stats();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->node_count, before->node_count + again[0]->nodes_added);
    EXPECT_EQ(after->edge_count, before->edge_count + again[0]->edges_added);
}

TEST(GraphWriterChunkTest, FailingArticleIsReportedAndTheRestOfTheChunkIsStored) {
    auto store = MemoryStore("chunk-failure");
    ASSERT_TRUE(store);
    GraphWriter writer(store.get());
    const Document a = First(), bad = Broken(), b = Second();
    Document nokey = Second();
    nokey.article.key.clear();
    nokey.article.origin = "feed.jsonl:7";
    auto results = writer.WriteChunk({&a, &bad, &nokey, &b});
    ASSERT_EQ(results.size(), 4u);
    ASSERT_TRUE(results[0].ok()) << results[0].status().ToString();
    ASSERT_FALSE(results[1].ok());
    EXPECT_NE(results[1].status().message().find("relationship type"), std::string::npos)
        << results[1].status().ToString();
    ASSERT_FALSE(results[2].ok());
    EXPECT_NE(results[2].status().message().find("feed.jsonl:7"), std::string::npos);
    ASSERT_TRUE(results[3].ok()) << results[3].status().ToString();

    // Nothing of the broken article is stored, though its entities were written before the
    // failure; the good articles are complete and their figures match the store.
    EXPECT_FALSE(store->HasNode(graph::EntityNodeId("Article", "bad")));
    EXPECT_FALSE(NodeNamed(store.get(), "Roza Otunbayeva", "Person").has_value());
    EXPECT_FALSE(NodeNamed(store.get(), "Osh", "City").has_value());
    EXPECT_TRUE(store->HasNode(graph::EntityNodeId("Article", "a1")));
    EXPECT_TRUE(store->HasNode(graph::EntityNodeId("Article", "a2")));
    auto bakiyev = NodeNamed(store.get(), "Kurmanbek Bakiyev", "Person");
    ASSERT_TRUE(bakiyev.has_value());
    EXPECT_EQ(Count(store.get(), bakiyev->id, "MENTIONED_IN"), 1u);  // "Bakiyev" joins later
    auto stats = store->Stats();
    ASSERT_TRUE(stats.ok());
    const Sums sum = Sum(results);
    EXPECT_EQ(sum.failed, 2u);
    EXPECT_EQ(sum.nodes, stats->node_count);
    EXPECT_EQ(sum.edges, stats->edge_count);

    // The same failure through Write() leaves the store as it was.
    auto failed = writer.Write(bad);
    EXPECT_FALSE(failed.ok());
    auto unchanged = store->Stats();
    ASSERT_TRUE(unchanged.ok());
    EXPECT_EQ(unchanged->node_count, stats->node_count);
    EXPECT_EQ(unchanged->edge_count, stats->edge_count);
}

TEST(GraphWriterChunkTest, EmptyChunkWritesNothing) {
    auto store = MemoryStore("chunk-empty");
    ASSERT_TRUE(store);
    GraphWriter writer(store.get());
    EXPECT_TRUE(writer.WriteChunk({}).empty());
    auto stats = store->Stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->node_count, 0u);
}

}  // namespace
}  // namespace dossier::importers
