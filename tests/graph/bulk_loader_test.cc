#include <gtest/gtest.h>

#include <filesystem>
#include <random>

#include "graph/graph_store.h"
#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::CheckInvariants;
using testing::MakeEdge;
using testing::MakeNode;
using testing::TempDir;

class BulkLoaderTest : public ::testing::TestWithParam<bool> {
  protected:
    void SetUp() override {
        OpenOptions options;
        options.in_memory = GetParam();
        auto store = GraphStore::Open(options.in_memory ? "bulk" : dir_.Sub("db"), options);
        ASSERT_TRUE(store.ok()) << store.status().ToString();
        store_ = std::move(store).value();
    }
    std::unique_ptr<GraphStore::BulkLoader> Loader(const BulkLoadOptions& options = {}) {
        return Loader(store_.get(), options);
    }
    static std::unique_ptr<GraphStore::BulkLoader> Loader(GraphStore* store,
                                                          const BulkLoadOptions& options) {
        auto loader = store->NewBulkLoader(options);
        EXPECT_TRUE(loader.ok()) << loader.status().ToString();
        return std::move(loader).value();
    }
    std::unique_ptr<GraphStore> OpenOther(const std::string& name) {
        OpenOptions options;
        options.in_memory = GetParam();
        auto store = GraphStore::Open(options.in_memory ? name : dir_.Sub(name), options);
        EXPECT_TRUE(store.ok()) << store.status().ToString();
        return std::move(store).value();
    }
    // The names in the on-disk database directory that are a bulk load's temporary directory.
    std::vector<std::string> TempDirsLeft() const {
        std::vector<std::string> left;
        if (GetParam()) return left;
        for (const auto& e : std::filesystem::directory_iterator(dir_.Sub("db"))) {
            if (e.path().filename().string().starts_with("bulk-")) left.push_back(e.path());
        }
        return left;
    }
    TempDir dir_;
    std::unique_ptr<GraphStore> store_;
};

TEST_P(BulkLoaderTest, LoadsAGraphWithAllIndexes) {
    auto loader = Loader();
    // Added out of id order on purpose: the loader sorts.
    for (NodeId id : {5, 3, 1, 4, 2}) {
        ASSERT_TRUE(loader
                        ->AddNode(MakeNode(
                            id, {id % 2 ? "Person" : "Country"},
                            {{"name", Value("n" + std::to_string(id))},
                             {"aliases", Value(List{Value("alias " + std::to_string(id))})}}))
                        .ok());
    }
    EdgeId next = 100;
    for (NodeId a = 1; a <= 5; ++a) {
        for (NodeId b = 1; b <= 5; ++b) {
            if (a != b) {
                ASSERT_TRUE(loader
                                ->AddEdge(MakeEdge(next--, a, a < b ? "LINKS" : "AT", b,
                                                   {{"w", Value(int64_t(a * b))}}))
                                .ok());
            }
        }
    }
    EXPECT_FALSE(store_->HasNode(1)) << "nothing is visible before Finish()";
    ASSERT_TRUE(loader->Finish().ok());
    loader.reset();

    EXPECT_EQ(CheckInvariants(*store_), "");
    auto stats = store_->Stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->node_count, 5u);
    EXPECT_EQ(stats->edge_count, 20u);
    EXPECT_EQ(stats->nodes_per_label.at("Person"), 3u);
    EXPECT_EQ(stats->edges_per_type.at("LINKS"), 10u);
    EXPECT_EQ(store_->FindByName("ALIAS 4"), std::vector<NodeId>{4});
    EXPECT_EQ(store_->Degree(1, Direction::kOut, "LINKS"), 4u);
    EXPECT_EQ(store_->Degree(5, Direction::kIn, "LINKS"), 4u);
    auto e = store_->GetEdge(100);
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->src, 1u);
    EXPECT_EQ(e->dst, 2u);
    EXPECT_EQ(*e->Find("w"), Value(int64_t{2}));

    // The store keeps working with transactions afterwards, and new ids avoid loaded ones.
    auto txn = store_->Begin();
    ASSERT_TRUE(txn.ok());
    EXPECT_GT((*txn)->NewNodeId(), 5u);
    EXPECT_GT((*txn)->NewEdgeId(), 100u);
    ASSERT_TRUE((*txn)->DeleteNode(1, true).ok());
    ASSERT_TRUE((*txn)->Commit().ok());
    EXPECT_EQ(CheckInvariants(*store_), "");
}

TEST_P(BulkLoaderTest, SecondLoadAddsToTheFirst) {
    auto loader = Loader();
    ASSERT_TRUE(loader->AddNode(MakeNode(1, {"A"})).ok());
    ASSERT_TRUE(loader->Finish().ok());
    loader = Loader();
    ASSERT_TRUE(loader->AddNode(MakeNode(2, {"A"})).ok());
    ASSERT_TRUE(loader->AddEdge(MakeEdge(1, 2, "T", 1)).ok()) << "end 1 is in the database";
    EXPECT_EQ(loader->AddNode(MakeNode(1, {"B"})).code(), Status::Code::kInvalidArgument);
    ASSERT_TRUE(loader->Finish().ok());
    EXPECT_EQ(store_->Stats()->nodes_per_label.at("A"), 2u);
    EXPECT_EQ(CheckInvariants(*store_), "");
}

TEST_P(BulkLoaderTest, BadInputIsRejectedAndNothingIsWrittenWithoutFinish) {
    {
        auto loader = Loader();
        ASSERT_TRUE(loader->AddNode(MakeNode(1, {"A"})).ok());
        EXPECT_FALSE(loader->AddNode(MakeNode(1, {"A"})).ok()) << "duplicate id";
        EXPECT_FALSE(loader->AddNode(MakeNode(2, {""})).ok()) << "empty label";
        Status s = loader->AddEdge(MakeEdge(1, 1, "T", 9));
        EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
        EXPECT_NE(s.message().find("node 9"), std::string::npos);
        ASSERT_TRUE(loader->AddEdge(MakeEdge(1, 1, "T", 1)).ok());
        EXPECT_EQ(store_->Begin().status().code(), Status::Code::kBusy);
        // Abandoned: destroyed without Finish().
    }
    EXPECT_FALSE(store_->HasNode(1));
    {
        auto loader = Loader();
        ASSERT_TRUE(loader->AddNode(MakeNode(1, {"A"})).ok());
        ASSERT_TRUE(loader->AddEdge(MakeEdge(1, 1, "T", 1)).ok());
        ASSERT_TRUE(loader->AddEdge(MakeEdge(1, 1, "U", 1)).ok());
        Status s = loader->Finish();
        EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
        EXPECT_NE(s.message().find("added twice"), std::string::npos) << s.message();
    }
    EXPECT_FALSE(store_->HasNode(1)) << "a failed Finish() writes nothing";
    EXPECT_EQ(store_->Stats()->node_count, 0u);
    EXPECT_TRUE(store_->Begin().ok()) << "the writer slot is free again";
}

// A news-shaped graph with hubs, several labels and types, names and aliases (some shared),
// properties on edges, and nodes and edges added in no particular id order.
void AddSkewedGraph(GraphStore::BulkLoader* loader) {
    std::mt19937_64 rng(7);
    constexpr NodeId kNodes = 300;
    std::vector<NodeId> ids;
    for (NodeId i = 0; i < kNodes; ++i) ids.push_back(EntityNodeId("T", std::to_string(i)));
    for (NodeId i = 0; i < kNodes; ++i) {
        PropertyMap props{{"name", Value("node " + std::to_string(i % 250))}};
        if (i % 3 == 0) props["aliases"] = Value(List{Value("alias " + std::to_string(i % 7))});
        std::vector<std::string> labels{i % 2 ? "Person" : "Article"};
        if (i % 5 == 0) labels.push_back("Politician");
        ASSERT_TRUE(loader->AddNode(MakeNode(ids[i], labels, props)).ok());
    }
    const char* types[] = {"MENTIONS", "MET", "A"};
    for (EdgeId e = 0; e < 3000; ++e) {
        const double u = std::uniform_real_distribution<double>(0, 1)(rng);
        const NodeId src = ids[rng() % kNodes];
        const NodeId dst = ids[static_cast<size_t>(kNodes * u * u * u)];  // hubs
        ASSERT_TRUE(
            loader
                ->AddEdge(MakeEdge(FactEdgeId(src, "x", dst, std::to_string(e)), src, types[e % 3],
                                   dst, {{"w", Value(static_cast<int64_t>(e))}}))
                .ok());
    }
}

// Everything the reading API shows of a store, in its iteration orders.
std::string Describe(const GraphStore& store) {
    std::string out;
    for (auto it = store.ScanNodes(); it->Valid(); it->Next()) {
        auto node = store.GetNode(it->id());
        out += "node " + std::to_string(it->id()) + " " + Value(node->properties).ToCypher();
        for (const auto& l : node->labels) out += ":" + l;
        out += "\n";
        for (auto adj = store.Adjacent(it->id(), Direction::kBoth); adj->Valid(); adj->Next()) {
            const Adjacency& a = adj->entry();
            out += "  " + std::to_string(a.direction == Direction::kOut) + a.type + " " +
                   std::to_string(a.neighbour) + " " + std::to_string(a.edge) + "\n";
        }
        if (const Value* name = node->Find("name")) {
            out += "  named:";
            for (NodeId n : store.FindByName(name->as_string())) out += " " + std::to_string(n);
            out += "\n";
        }
    }
    for (auto it = store.ScanEdges(); it->Valid(); it->Next()) {
        auto e = store.GetEdge(it->id());
        out += "edge " + std::to_string(it->id()) + " " + std::to_string(e->src) + " " + e->type +
               " " + std::to_string(e->dst) + " " + Value(e->properties).ToCypher() + "\n";
    }
    for (const auto& label : store.Labels()) {
        out += "label " + label + ":";
        for (auto it = store.ScanLabel(label); it->Valid(); it->Next()) {
            out += " " + std::to_string(it->id());
        }
        out += "\n";
    }
    for (const auto& type : store.EdgeTypes()) out += "type " + type + "\n";
    auto stats = store.Stats();
    out += "count " + std::to_string(stats->node_count) + " " + std::to_string(stats->edge_count);
    for (const auto& [l, n] : stats->nodes_per_label) out += " " + l + "=" + std::to_string(n);
    for (const auto& [t, n] : stats->edges_per_type) out += " " + t + "=" + std::to_string(n);
    return out;
}

TEST_P(BulkLoaderTest, TinySortBufferGivesTheSameDatabaseAsABigOne) {
    auto big = Loader();
    AddSkewedGraph(big.get());
    ASSERT_TRUE(big->Finish().ok());
    big.reset();

    // One byte: every Add spills, so each family is merged from hundreds of runs, in several
    // passes (more runs than ExternalSorter::kMaxMergeFanIn).
    auto other = OpenOther("tiny");
    BulkLoadOptions tiny;
    tiny.memory_bytes = 1;
    auto small = Loader(other.get(), tiny);
    AddSkewedGraph(small.get());
    ASSERT_TRUE(small->Finish().ok());
    small.reset();

    const std::string expected = Describe(*store_);
    EXPECT_EQ(std::count(expected.begin(), expected.end(), '\n'), 2 * 300 + 2 * 3000 + 3000 + 3 + 3)
        << "nodes and their names, both adjacency lists, edges, labels, types";
    EXPECT_EQ(Describe(*other), expected);
    EXPECT_EQ(CheckInvariants(*other), "");
    EXPECT_TRUE(TempDirsLeft().empty());
}

TEST_P(BulkLoaderTest, FailuresAfterSpillsLeaveNoDataAndNoTemporaryFiles) {
    BulkLoadOptions tiny;
    tiny.memory_bytes = 16 << 10;  // dozens of runs per family
    {
        auto loader = Loader(tiny);
        const NodeId a = EntityNodeId("T", "3"), b = EntityNodeId("T", "0");
        ASSERT_TRUE(loader->AddNode(MakeNode(1, {"First"})).ok());
        ASSERT_TRUE(loader->AddEdge(MakeEdge(77, 1, "MET", 1)).ok());
        AddSkewedGraph(loader.get());
        // The same edge id again, many spills later: found only when the runs are merged.
        ASSERT_TRUE(loader->AddEdge(MakeEdge(77, a, "MET", b)).ok());
        Status s = loader->Finish();
        EXPECT_NE(s.message().find("added twice"), std::string::npos) << s.ToString();
    }
    EXPECT_EQ(store_->Stats()->node_count, 0u);
    EXPECT_TRUE(TempDirsLeft().empty());
    {
        auto loader = Loader(tiny);
        AddSkewedGraph(loader.get());
        // Abandoned after many spills.
    }
    EXPECT_EQ(store_->Stats()->node_count, 0u);
    EXPECT_TRUE(TempDirsLeft().empty());
    EXPECT_TRUE(store_->Begin().ok()) << "the writer slot is free again";
}

INSTANTIATE_TEST_SUITE_P(Stores, BulkLoaderTest, ::testing::Values(true, false),
                         [](const auto& info) { return info.param ? "InMemory" : "OnDisk"; });

}  // namespace
}  // namespace dossier::graph
