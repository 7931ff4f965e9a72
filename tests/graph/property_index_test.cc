// Property indexes: created, filled, kept in step by every write and by bulk loads, sought by
// value and by range, dropped.
#include <gtest/gtest.h>

#include <algorithm>

#include "graph/graph_store.h"
#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::MakeNode;
using testing::TempDir;

class PropertyIndexTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto store = GraphStore::Open(dir_.Sub("db"));
        ASSERT_TRUE(store.ok()) << store.status().ToString();
        store_ = std::move(store).value();
    }

    Status Write(const std::function<Status(Transaction*)>& f) {
        auto txn = store_->Begin();
        if (!txn.ok()) return txn.status();
        DOSSIER_RETURN_IF_ERROR(f(txn->get()));
        return (*txn)->Commit();
    }

    std::vector<NodeId> Seek(const std::optional<Value>& lower, const std::optional<Value>& upper,
                             const std::string& property = "born") {
        auto ids = store_->SeekIndex("Person", property, lower, upper);
        EXPECT_TRUE(ids.ok()) << ids.status().ToString();
        std::vector<NodeId> out = ids.ok() ? *ids : std::vector<NodeId>{};
        std::sort(out.begin(), out.end());
        return out;
    }

    TempDir dir_;
    std::unique_ptr<GraphStore> store_;
};

TEST_F(PropertyIndexTest, CreatedOverExistingNodesAndSought) {
    ASSERT_TRUE(
        Write([](Transaction* t) {
            DOSSIER_RETURN_IF_ERROR(t->PutNode(MakeNode(1, {"Person"}, {{"born", Value(1960)}})));
            DOSSIER_RETURN_IF_ERROR(t->PutNode(MakeNode(2, {"Person"}, {{"born", Value(1975.5)}})));
            DOSSIER_RETURN_IF_ERROR(t->PutNode(MakeNode(3, {"Person"}, {{"born", Value(-40)}})));
            DOSSIER_RETURN_IF_ERROR(t->PutNode(MakeNode(4, {"Person"}, {{"born", Value("1960")}})));
            DOSSIER_RETURN_IF_ERROR(t->PutNode(MakeNode(5, {"Country"}, {{"born", Value(1960)}})));
            return t->PutNode(MakeNode(6, {"Person"}, {{"born", Value(List{Value(1)})}}));
        }).ok());
    EXPECT_TRUE(
        store_->SeekIndex("Person", "born", Value(1960), Value(1960)).status().IsNotFound());
    ASSERT_TRUE(Write([](Transaction* t) { return t->CreateIndex({"", "Person", "born"}); }).ok());
    ASSERT_EQ(store_->Indexes().size(), 1u);
    EXPECT_EQ(store_->Indexes()[0].name, "index_Person_born");

    EXPECT_EQ(Seek(Value(1960), Value(1960)), (std::vector<NodeId>{1}));
    EXPECT_EQ(Seek(Value(1960.0), Value(1960.0)), (std::vector<NodeId>{1}));  // 1960 = 1960.0
    EXPECT_EQ(Seek(Value("1960"), Value("1960")), (std::vector<NodeId>{4}));
    EXPECT_EQ(Seek(Value(1961), std::nullopt), (std::vector<NodeId>{2}));
    EXPECT_EQ(Seek(std::nullopt, Value(1960)), (std::vector<NodeId>{1, 3}));
    EXPECT_EQ(Seek(Value(-100), Value(1975.5)), (std::vector<NodeId>{1, 2, 3}));
    EXPECT_EQ(Seek(Value(1970.2), Value(1980)), (std::vector<NodeId>{2}));
    EXPECT_EQ(Seek(Value(1960), Value("z")), (std::vector<NodeId>{}));  // kinds differ
    EXPECT_EQ(Seek(Value(List{Value(1)}), Value(List{Value(1)})), (std::vector<NodeId>{}));
    EXPECT_EQ(Seek(std::nullopt, std::nullopt), (std::vector<NodeId>{1, 2, 3, 4}));
}

TEST_F(PropertyIndexTest, DatesSortAcrossTheWholeRangeOfYears) {
    // Dates keep 64-bit day counts: years far from today must sort as dates do, not wrap.
    ASSERT_TRUE(Write([](Transaction* t) { return t->CreateIndex({"", "Person", "born"}); }).ok());
    ASSERT_TRUE(Write([](Transaction* t) {
                    const int64_t years[] = {-999999999, -1, 1970, 2018, 999999999};
                    NodeId id = 1;
                    for (int64_t y : years) {
                        DOSSIER_RETURN_IF_ERROR(t->PutNode(
                            MakeNode(id++, {"Person"}, {{"born", Value(Date::FromYmd(y, 6, 1))}})));
                    }
                    return Status::OK();
                }).ok());
    EXPECT_EQ(Seek(Value(Date::FromYmd(1970, 1, 1)), std::nullopt), (std::vector<NodeId>{3, 4, 5}));
    EXPECT_EQ(Seek(std::nullopt, Value(Date::FromYmd(0, 1, 1))), (std::vector<NodeId>{1, 2}));
    EXPECT_EQ(Seek(Value(Date::FromYmd(2018, 6, 1)), Value(Date::FromYmd(2018, 6, 1))),
              (std::vector<NodeId>{4}));
}

TEST_F(PropertyIndexTest, EveryWriteKeepsItInStep) {
    ASSERT_TRUE(Write([](Transaction* t) {
                    return t->CreateIndex({"by_name", "Person", "name"});
                }).ok());
    ASSERT_TRUE(
        Write([](Transaction* t) {
            DOSSIER_RETURN_IF_ERROR(t->PutNode(MakeNode(1, {"Person"}, {{"name", Value("Ann")}})));
            DOSSIER_RETURN_IF_ERROR(
                t->PutNode(MakeNode(2, {"Person"}, {{"name", Value(std::string("A\0b", 3))}})));
            return t->PutNode(MakeNode(3, {"Person"}, {{"name", Value("Bob")}}));
        }).ok());
    EXPECT_EQ(Seek(Value("Ann"), Value("Ann"), "name"), (std::vector<NodeId>{1}));
    EXPECT_EQ(Seek(Value("A"), Value("B"), "name"), (std::vector<NodeId>{1, 2}));
    // Replaced, relabelled and deleted nodes leave no stale entries; a transaction sees its own.
    ASSERT_TRUE(
        Write([this](Transaction* t) {
            DOSSIER_RETURN_IF_ERROR(t->PutNode(MakeNode(1, {"Person"}, {{"name", Value("Cid")}})));
            DOSSIER_RETURN_IF_ERROR(t->PutNode(MakeNode(3, {"Place"}, {{"name", Value("Bob")}})));
            DOSSIER_RETURN_IF_ERROR(t->DeleteNode(2, true));
            auto seen = t->SeekIndex("Person", "name", Value("Cid"), Value("Cid"));
            EXPECT_TRUE(seen.ok() && *seen == std::vector<NodeId>{1});
            return Status::OK();
        }).ok());
    EXPECT_EQ(Seek(Value("Ann"), Value("Ann"), "name"), (std::vector<NodeId>{}));
    EXPECT_EQ(Seek(Value("Cid"), Value("Cid"), "name"), (std::vector<NodeId>{1}));
    EXPECT_EQ(Seek(std::nullopt, std::nullopt, "name"), (std::vector<NodeId>{1}));
    // A rolled-back transaction changes nothing.
    {
        auto txn = store_->Begin();
        ASSERT_TRUE(txn.ok());
        ASSERT_TRUE((*txn)->PutNode(MakeNode(9, {"Person"}, {{"name", Value("Dan")}})).ok());
    }
    EXPECT_EQ(Seek(std::nullopt, std::nullopt, "name"), (std::vector<NodeId>{1}));
}

TEST_F(PropertyIndexTest, BulkLoadsFillItAndDropRemovesIt) {
    ASSERT_TRUE(Write([](Transaction* t) { return t->CreateIndex({"", "Person", "born"}); }).ok());
    auto loader = store_->NewBulkLoader();
    ASSERT_TRUE(loader.ok());
    ASSERT_TRUE((*loader)->AddNode(MakeNode(7, {"Person"}, {{"born", Value(1999)}})).ok());
    ASSERT_TRUE((*loader)->Finish().ok());
    loader->reset();
    EXPECT_EQ(Seek(Value(1999), Value(1999)), (std::vector<NodeId>{7}));

    EXPECT_FALSE(Write([](Transaction* t) { return t->CreateIndex({"", "Person", "born"}); }).ok());
    EXPECT_TRUE(Write([](Transaction* t) { return t->DropIndex("nope"); }).IsNotFound());
    ASSERT_TRUE(Write([](Transaction* t) { return t->DropIndex("index_Person_born"); }).ok());
    EXPECT_TRUE(store_->Indexes().empty());
    EXPECT_TRUE(
        store_->SeekIndex("Person", "born", std::nullopt, std::nullopt).status().IsNotFound());
    // Re-created, it is filled again from the nodes.
    ASSERT_TRUE(Write([](Transaction* t) { return t->CreateIndex({"", "Person", "born"}); }).ok());
    EXPECT_EQ(Seek(std::nullopt, std::nullopt), (std::vector<NodeId>{7}));
}

}  // namespace
}  // namespace dossier::graph
