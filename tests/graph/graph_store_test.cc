#include "graph/graph_store.h"

#include <gtest/gtest.h>

#include <set>

#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::CheckInvariants;
using testing::MakeEdge;
using testing::MakeNode;
using testing::TempDir;

std::vector<uint64_t> Ids(std::unique_ptr<IdIterator> it) {
    std::vector<uint64_t> ids;
    for (; it->Valid(); it->Next()) ids.push_back(it->id());
    EXPECT_TRUE(it->status().ok());
    return ids;
}

std::vector<Adjacency> Entries(std::unique_ptr<AdjacencyIterator> it) {
    std::vector<Adjacency> out;
    for (; it->Valid(); it->Next()) out.push_back(it->entry());
    EXPECT_TRUE(it->status().ok());
    return out;
}

// Runs every test on an in-memory store and on a store on disk.
class GraphStoreTest : public ::testing::TestWithParam<bool> {
  protected:
    void SetUp() override {
        OpenOptions options;
        options.in_memory = GetParam();
        auto store = GraphStore::Open(options.in_memory ? "mem" : dir_.Sub("db"), options);
        ASSERT_TRUE(store.ok()) << store.status().ToString();
        store_ = std::move(store).value();
    }

    std::unique_ptr<Transaction> Begin() {
        auto txn = store_->Begin();
        EXPECT_TRUE(txn.ok()) << txn.status().ToString();
        return std::move(txn).value();
    }

    // Alice -KNOWS-> Bob, Alice -LIVES_IN-> Kyrgyzstan, Bob -LIVES_IN-> Kyrgyzstan.
    void AddSmallGraph() {
        auto txn = Begin();
        ASSERT_TRUE(txn->PutNode(MakeNode(1, {"Person"}, {{"name", Value("Alice Smith")}})).ok());
        ASSERT_TRUE(
            txn->PutNode(MakeNode(2, {"Person"},
                                  {{"name", Value("Bob")},
                                   {"aliases", Value(List{Value("Robert"), Value("Bobby")})}}))
                .ok());
        ASSERT_TRUE(
            txn->PutNode(MakeNode(3, {"Country", "Place"}, {{"name", Value("Kyrgyzstan")}})).ok());
        ASSERT_TRUE(txn->PutEdge(MakeEdge(10, 1, "KNOWS", 2, {{"since", Value(2001)}})).ok());
        ASSERT_TRUE(txn->PutEdge(MakeEdge(11, 1, "LIVES_IN", 3)).ok());
        ASSERT_TRUE(txn->PutEdge(MakeEdge(12, 2, "LIVES_IN", 3)).ok());
        ASSERT_TRUE(txn->Commit().ok());
    }

    TempDir dir_;
    std::unique_ptr<GraphStore> store_;
};

TEST_P(GraphStoreTest, NodesAndEdgesRoundTrip) {
    AddSmallGraph();
    auto bob = store_->GetNode(2);
    ASSERT_TRUE(bob.ok());
    EXPECT_EQ(bob->labels, std::vector<std::string>{"Person"});
    EXPECT_EQ(*bob->Find("name"), Value("Bob"));
    auto knows = store_->GetEdge(10);
    ASSERT_TRUE(knows.ok());
    EXPECT_EQ(knows->src, 1u);
    EXPECT_EQ(knows->dst, 2u);
    EXPECT_EQ(knows->type, "KNOWS");
    EXPECT_EQ(*knows->Find("since"), Value(2001));
    EXPECT_TRUE(store_->GetNode(99).status().IsNotFound());
    EXPECT_TRUE(store_->GetEdge(99).status().IsNotFound());
    EXPECT_TRUE(store_->HasNode(3));
    EXPECT_FALSE(store_->HasNode(4));
    EXPECT_EQ(Ids(store_->ScanNodes()), (std::vector<uint64_t>{1, 2, 3}));
    EXPECT_EQ(Ids(store_->ScanEdges()), (std::vector<uint64_t>{10, 11, 12}));
    EXPECT_EQ(CheckInvariants(*store_), "");
}

TEST_P(GraphStoreTest, AdjacencyByDirectionAndType) {
    AddSmallGraph();
    auto out = Entries(store_->Adjacent(1, Direction::kOut));
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].type, "KNOWS");  // grouped by type: KNOWS < LIVES_IN
    EXPECT_EQ(out[0].neighbour, 2u);
    EXPECT_EQ(out[0].direction, Direction::kOut);
    EXPECT_EQ(out[1].type, "LIVES_IN");
    auto in = Entries(store_->Adjacent(3, Direction::kIn, "LIVES_IN"));
    ASSERT_EQ(in.size(), 2u);
    EXPECT_EQ(in[0].neighbour, 1u);
    EXPECT_EQ(in[1].neighbour, 2u);
    EXPECT_EQ(in[0].direction, Direction::kIn);
    auto both = Entries(store_->Adjacent(2, Direction::kBoth));
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[0].direction, Direction::kOut);
    EXPECT_EQ(both[0].edge, 12u);
    EXPECT_EQ(both[1].direction, Direction::kIn);
    EXPECT_EQ(both[1].edge, 10u);
    EXPECT_TRUE(Entries(store_->Adjacent(3, Direction::kOut)).empty());
    EXPECT_TRUE(Entries(store_->Adjacent(1, Direction::kOut, "KNOW")).empty());
    EXPECT_EQ(store_->Degree(3, Direction::kIn), 2u);
    EXPECT_EQ(store_->Degree(1, Direction::kBoth), 2u);
    EXPECT_EQ(store_->Degree(1, Direction::kOut, "KNOWS"), 1u);
}

// What a cursor yields after one Seek, until it runs out.
std::vector<Adjacency> SeekEntries(AdjacencyCursor* cursor, NodeId node, Direction dir,
                                   std::optional<std::string_view> type = std::nullopt) {
    cursor->Seek(node, dir, type);
    std::vector<Adjacency> out;
    for (; cursor->Valid(); cursor->Next()) out.push_back(cursor->entry());
    EXPECT_TRUE(cursor->status().ok());
    return out;
}

bool SameEntries(const std::vector<Adjacency>& a, const std::vector<Adjacency>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i].edge != b[i].edge || a[i].neighbour != b[i].neighbour || a[i].type != b[i].type ||
            a[i].direction != b[i].direction) {
            return false;
        }
    }
    return true;
}

TEST_P(GraphStoreTest, ReusedCursorYieldsWhatAdjacentYields) {
    AddSmallGraph();
    auto cursor = store_->NewAdjacencyCursor();
    EXPECT_FALSE(cursor->Valid());
    // One cursor over every node, direction and type in turn, and back again: each seek must
    // forget the previous scan (a node whose prefix sorts after, a missing type, kBoth).
    for (int round = 0; round < 2; ++round) {
        for (NodeId node : {3, 1, 2, 4}) {
            for (Direction dir : {Direction::kOut, Direction::kIn, Direction::kBoth}) {
                for (std::optional<std::string_view> type :
                     {std::optional<std::string_view>(), std::optional<std::string_view>("KNOWS"),
                      std::optional<std::string_view>("LIVES_IN"),
                      std::optional<std::string_view>("KNOW")}) {
                    EXPECT_TRUE(SameEntries(SeekEntries(cursor.get(), node, dir, type),
                                            Entries(store_->Adjacent(node, dir, type))))
                        << "node " << node << " dir " << static_cast<int>(dir) << " type "
                        << (type ? *type : "any");
                }
            }
        }
    }
    const auto both = SeekEntries(cursor.get(), 2, Direction::kBoth);
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[0].edge, 12u);
    EXPECT_EQ(both[1].edge, 10u);
    EXPECT_EQ(both[1].direction, Direction::kIn);
}

TEST_P(GraphStoreTest, SelfLoopAppearsOncePerDirection) {
    auto txn = Begin();
    ASSERT_TRUE(txn->PutNode(MakeNode(1, {"A"})).ok());
    ASSERT_TRUE(txn->PutEdge(MakeEdge(5, 1, "SELF", 1)).ok());
    ASSERT_TRUE(txn->Commit().ok());
    auto both = Entries(store_->Adjacent(1, Direction::kBoth));
    ASSERT_EQ(both.size(), 2u);
    EXPECT_EQ(both[0].edge, 5u);
    EXPECT_EQ(both[1].edge, 5u);
    txn = Begin();
    ASSERT_TRUE(txn->DeleteNode(1, /*detach=*/true).ok());
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_EQ(CheckInvariants(*store_), "");
    EXPECT_EQ(store_->Stats()->edge_count, 0u);
}

TEST_P(GraphStoreTest, LabelAndNameIndexes) {
    AddSmallGraph();
    EXPECT_EQ(Ids(store_->ScanLabel("Person")), (std::vector<uint64_t>{1, 2}));
    EXPECT_EQ(Ids(store_->ScanLabel("Place")), (std::vector<uint64_t>{3}));
    EXPECT_TRUE(Ids(store_->ScanLabel("Pers")).empty());
    EXPECT_EQ(store_->FindByName("alice  SMITH."), std::vector<NodeId>{1});
    EXPECT_EQ(store_->FindByName("robert"), std::vector<NodeId>{2});
    EXPECT_EQ(store_->FindByName("Bobby"), std::vector<NodeId>{2});
    EXPECT_TRUE(store_->FindByName("Alice").empty());  // whole names only
    EXPECT_TRUE(store_->FindByName("").empty());
    EXPECT_EQ(store_->Labels(), (std::vector<std::string>{"Country", "Person", "Place"}));
    EXPECT_EQ(store_->EdgeTypes(), (std::vector<std::string>{"KNOWS", "LIVES_IN"}));
}

TEST_P(GraphStoreTest, NameLookupIgnoresAccents) {
    auto txn = Begin();
    ASSERT_TRUE(txn->PutNode(MakeNode(7, {"Person"}, {{"name", Value("Ana Peña")}})).ok());
    ASSERT_TRUE(txn->PutNode(MakeNode(8, {"Person"}, {{"name", Value("Francois Dupont")}})).ok());
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_EQ(store_->FindByName("Ana Pena"), std::vector<NodeId>{7});
    EXPECT_EQ(store_->FindByName("ANA PEÑA"), std::vector<NodeId>{7});
    EXPECT_EQ(store_->FindByName("François Dupont"), std::vector<NodeId>{8});
    EXPECT_TRUE(store_->FindByName("Ana Pina").empty());
}

TEST_P(GraphStoreTest, ReplacingANodeMovesItsIndexEntries) {
    AddSmallGraph();
    auto txn = Begin();
    ASSERT_TRUE(txn->PutNode(MakeNode(2, {"Official"}, {{"name", Value("Roberto")}})).ok());
    // Read-your-writes through the transaction's indexes.
    EXPECT_EQ(Ids(txn->ScanLabel("Person")), std::vector<uint64_t>{1});
    EXPECT_EQ(Ids(txn->ScanLabel("Official")), std::vector<uint64_t>{2});
    EXPECT_TRUE(txn->FindByName("Bob").empty());
    EXPECT_EQ(txn->FindByName("roberto"), std::vector<NodeId>{2});
    // ... while the store still sees the committed state.
    EXPECT_EQ(store_->FindByName("Bob"), std::vector<NodeId>{2});
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_TRUE(store_->FindByName("Bobby").empty());
    EXPECT_EQ(store_->FindByName("Roberto"), std::vector<NodeId>{2});
    EXPECT_EQ(store_->Labels(),
              (std::vector<std::string>{"Country", "Official", "Person", "Place"}));
    auto stats = store_->Stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->node_count, 3u);
    EXPECT_EQ(stats->nodes_per_label.at("Person"), 1u);
    EXPECT_EQ(CheckInvariants(*store_), "");
}

TEST_P(GraphStoreTest, ReplacingAnEdgeMovesItsAdjacency) {
    AddSmallGraph();
    auto txn = Begin();
    ASSERT_TRUE(txn->PutEdge(MakeEdge(10, 3, "HOSTS", 2)).ok());
    EXPECT_TRUE(Entries(txn->Adjacent(1, Direction::kOut, "KNOWS")).empty());
    EXPECT_EQ(Entries(txn->Adjacent(3, Direction::kOut)).size(), 1u);
    EXPECT_EQ(txn->EdgeTypes(), (std::vector<std::string>{"HOSTS", "LIVES_IN"}));
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_EQ(store_->EdgeTypes(), (std::vector<std::string>{"HOSTS", "LIVES_IN"}));
    EXPECT_EQ(store_->Stats()->edge_count, 3u);
    EXPECT_EQ(CheckInvariants(*store_), "");
}

TEST_P(GraphStoreTest, DeleteNodeNeedsDetachWhenItHasEdges) {
    AddSmallGraph();
    auto txn = Begin();
    Status s = txn->DeleteNode(1, /*detach=*/false);
    EXPECT_EQ(s.code(), Status::Code::kConstraintError) << s.ToString();
    ASSERT_TRUE(txn->DeleteNode(1, /*detach=*/true).ok());
    EXPECT_FALSE(txn->HasNode(1));
    EXPECT_TRUE(txn->GetEdge(10).status().IsNotFound());
    EXPECT_EQ(Entries(txn->Adjacent(3, Direction::kIn)).size(), 1u);
    EXPECT_TRUE(txn->DeleteNode(1, true).IsNotFound());
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_EQ(Ids(store_->ScanLabel("Person")), std::vector<uint64_t>{2});
    EXPECT_TRUE(store_->FindByName("Alice Smith").empty());
    auto stats = store_->Stats();
    EXPECT_EQ(stats->node_count, 2u);
    EXPECT_EQ(stats->edge_count, 1u);
    EXPECT_EQ(store_->EdgeTypes(), std::vector<std::string>{"LIVES_IN"});
    EXPECT_EQ(CheckInvariants(*store_), "");

    txn = Begin();
    ASSERT_TRUE(txn->DeleteEdge(12).ok());
    EXPECT_TRUE(txn->DeleteEdge(12).IsNotFound());
    ASSERT_TRUE(txn->DeleteNode(2, false).ok());
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_TRUE(store_->EdgeTypes().empty());
    EXPECT_EQ(store_->Labels(), (std::vector<std::string>{"Country", "Place"}));
    EXPECT_EQ(CheckInvariants(*store_), "");
}

TEST_P(GraphStoreTest, UncommittedTransactionLeavesNoTrace) {
    AddSmallGraph();
    {
        auto txn = Begin();
        ASSERT_TRUE(txn->PutNode(MakeNode(7, {"Ghost"}, {{"name", Value("Casper")}})).ok());
        ASSERT_TRUE(txn->PutEdge(MakeEdge(70, 7, "HAUNTS", 1)).ok());
        ASSERT_TRUE(txn->DeleteNode(3, true).ok());
        EXPECT_TRUE(txn->HasNode(7));
    }
    EXPECT_FALSE(store_->HasNode(7));
    EXPECT_TRUE(store_->HasNode(3));
    EXPECT_TRUE(store_->FindByName("Casper").empty());
    EXPECT_EQ(store_->Stats()->node_count, 3u);
    EXPECT_EQ(CheckInvariants(*store_), "");
}

TEST_P(GraphStoreTest, EdgeEndsMustExist) {
    auto txn = Begin();
    ASSERT_TRUE(txn->PutNode(MakeNode(1, {"A"})).ok());
    Status s = txn->PutEdge(MakeEdge(5, 1, "T", 2));
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
    EXPECT_NE(s.message().find("node 2"), std::string::npos) << s.message();
    EXPECT_FALSE(txn->PutEdge(MakeEdge(5, 1, "", 1)).ok());
    EXPECT_FALSE(txn->PutNode(MakeNode(2, {"A"}, {{"m", Value(Map{})}})).ok());
}

TEST_P(GraphStoreTest, EdgeToANodeDeletedInTheSameTransactionIsRefused) {
    AddSmallGraph();
    auto txn = Begin();
    ASSERT_TRUE(txn->PutEdge(MakeEdge(20, 2, "KNOWS", 1)).ok());  // node 1 checked once here
    ASSERT_TRUE(txn->DeleteNode(1, /*detach=*/true).ok());
    EXPECT_EQ(txn->PutEdge(MakeEdge(21, 2, "KNOWS", 1)).code(), Status::Code::kInvalidArgument);
    ASSERT_TRUE(txn->PutNode(MakeNode(1, {"Person"})).ok());
    EXPECT_TRUE(txn->PutEdge(MakeEdge(21, 2, "KNOWS", 1)).ok());
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_EQ(CheckInvariants(*store_), "");
}

TEST_P(GraphStoreTest, NewIdsDoNotCollideWithExplicitOnes) {
    auto txn = Begin();
    ASSERT_TRUE(txn->PutNode(MakeNode(100, {"A"})).ok());
    const NodeId fresh = txn->NewNodeId();
    EXPECT_GT(fresh, 100u);
    EXPECT_EQ(fresh >> 63, 0u);
    EXPECT_NE(txn->NewNodeId(), fresh);
    ASSERT_TRUE(txn->PutNode(MakeNode(EntityNodeId("A", "x"), {"A"})).ok());
    EXPECT_LT(txn->NewNodeId(), uint64_t{1} << 63);
    const EdgeId e1 = txn->NewEdgeId();
    EXPECT_NE(txn->NewEdgeId(), e1);
    ASSERT_TRUE(txn->Commit().ok());
}

TEST_P(GraphStoreTest, OneTransactionAtATime) {
    auto txn = Begin();
    auto second = store_->Begin();
    EXPECT_EQ(second.status().code(), Status::Code::kBusy);
    txn.reset();
    EXPECT_TRUE(store_->Begin().ok());
}

TEST_P(GraphStoreTest, CommittedTransactionRefusesMoreWrites) {
    auto txn = Begin();
    ASSERT_TRUE(txn->PutNode(MakeNode(1, {"A"})).ok());
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_FALSE(txn->PutNode(MakeNode(2, {"A"})).ok());
    EXPECT_FALSE(txn->Commit().ok());
}

// A transaction's scans merge its pending writes with what is stored: new entries appear in key
// order among the stored ones, deleted and replaced ones are hidden or changed.
TEST_P(GraphStoreTest, TransactionScansMergePendingWritesWithTheStore) {
    AddSmallGraph();
    auto txn = Begin();
    ASSERT_TRUE(txn->DeleteNode(2, /*detach=*/true).ok());  // Bob and his two edges
    ASSERT_TRUE(txn->PutNode(MakeNode(0, {"Person"}, {{"name", Value("Zoe")}})).ok());
    ASSERT_TRUE(txn->PutNode(MakeNode(7, {"Person"}, {{"name", Value("Bob")}})).ok());
    ASSERT_TRUE(txn->PutNode(MakeNode(3, {"Country"}, {{"name", Value("Kyrgyzstan")}})).ok());
    ASSERT_TRUE(txn->PutEdge(MakeEdge(13, 7, "LIVES_IN", 3)).ok());
    EXPECT_EQ(Ids(txn->ScanLabel("Person")), (std::vector<uint64_t>{0, 1, 7}));
    EXPECT_EQ(Ids(txn->ScanLabel("Place")), std::vector<uint64_t>{});
    EXPECT_EQ(Ids(txn->ScanNodes()), (std::vector<uint64_t>{0, 1, 3, 7}));
    EXPECT_EQ(Ids(txn->ScanEdges()), (std::vector<uint64_t>{11, 13}));
    EXPECT_EQ(txn->FindByName("Bob"), std::vector<NodeId>{7});
    EXPECT_TRUE(txn->FindByName("Robert").empty());
    auto in = Entries(txn->Adjacent(3, Direction::kIn, std::nullopt));
    ASSERT_EQ(in.size(), 2u);
    std::set<NodeId> from;
    for (const Adjacency& a : in) from.insert(a.neighbour);
    EXPECT_EQ(from, (std::set<NodeId>{1, 7}));
    EXPECT_FALSE(txn->HasNode(2));
    EXPECT_FALSE(txn->GetEdge(10).ok());
    // The store itself is unchanged until the commit.
    EXPECT_EQ(Ids(store_->ScanLabel("Person")), (std::vector<uint64_t>{1, 2}));
    ASSERT_TRUE(txn->Commit().ok());
    EXPECT_EQ(Ids(store_->ScanLabel("Person")), (std::vector<uint64_t>{0, 1, 7}));
    EXPECT_EQ(Ids(store_->ScanEdges()), (std::vector<uint64_t>{11, 13}));
    auto stats = store_->Stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->node_count, 4u);
    EXPECT_EQ(stats->edge_count, 2u);
}

INSTANTIATE_TEST_SUITE_P(Stores, GraphStoreTest, ::testing::Values(true, false),
                         [](const auto& info) { return info.param ? "InMemory" : "OnDisk"; });

TEST(GraphStorePersistenceTest, DataAndIdCountersSurviveReopen) {
    TempDir dir;
    const std::string path = dir.Sub("db");
    NodeId allocated = 0;
    {
        auto store = GraphStore::Open(path);
        ASSERT_TRUE(store.ok()) << store.status().ToString();
        auto txn = (*store)->Begin();
        ASSERT_TRUE(txn.ok()) << txn.status().ToString();
        allocated = (*txn)->NewNodeId();
        ASSERT_TRUE((*txn)->PutNode(MakeNode(allocated, {"P"}, {{"name", Value("Ann")}})).ok());
        ASSERT_TRUE((*txn)->Commit().ok());
    }
    auto store = GraphStore::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ((*store)->FindByName("ann"), std::vector<NodeId>{allocated});
    auto txn = (*store)->Begin();
    ASSERT_TRUE(txn.ok());
    EXPECT_GT((*txn)->NewNodeId(), allocated);
}

}  // namespace
}  // namespace dossier::graph
