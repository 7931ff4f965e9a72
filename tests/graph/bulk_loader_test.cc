#include <gtest/gtest.h>

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
    std::unique_ptr<GraphStore::BulkLoader> Loader() {
        auto loader = store_->NewBulkLoader();
        EXPECT_TRUE(loader.ok()) << loader.status().ToString();
        return std::move(loader).value();
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

INSTANTIATE_TEST_SUITE_P(Stores, BulkLoaderTest, ::testing::Values(true, false),
                         [](const auto& info) { return info.param ? "InMemory" : "OnDisk"; });

}  // namespace
}  // namespace dossier::graph
