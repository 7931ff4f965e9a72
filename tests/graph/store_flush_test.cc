// GraphStore::Flush: the write-ahead log is emptied into the sorted files, nothing is lost, and
// read-only openers see everything without replaying a log.
#include <gtest/gtest.h>

#include <filesystem>

#include "graph/graph_store.h"
#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::MakeNode;
using testing::TempDir;

// Bytes in the database's write-ahead log files (*.log).
uintmax_t LogBytes(const std::string& path) {
    uintmax_t bytes = 0;
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
        if (entry.path().extension() == ".log") bytes += entry.file_size();
    }
    return bytes;
}

Status AddPeople(GraphStore* store, NodeId first, int count) {
    auto txn = store->Begin();
    if (!txn.ok()) return txn.status();
    for (int i = 0; i < count; ++i) {
        DOSSIER_RETURN_IF_ERROR((*txn)->PutNode(
            MakeNode(first + i, {"Person"}, {{"name", Value("Person " + std::to_string(i))}})));
    }
    return (*txn)->Commit();
}

TEST(StoreFlushTest, EmptiesTheLogAndKeepsEveryCommit) {
    TempDir dir;
    const std::string path = dir.Sub("db");
    {
        auto store = GraphStore::Open(path);
        ASSERT_TRUE(store.ok()) << store.status().ToString();
        ASSERT_TRUE(AddPeople(store->get(), 1, 500).ok());
        ASSERT_GT(LogBytes(path), 0u) << "commits go to the log first";
        Status s = (*store)->Flush();
        ASSERT_TRUE(s.ok()) << s.ToString();
        EXPECT_EQ(LogBytes(path), 0u) << "the flushed log files are gone";
        // The store stays writable after a flush.
        ASSERT_TRUE(AddPeople(store->get(), 1000, 1).ok());
    }
    OpenOptions ro;
    ro.read_only = true;
    auto reader = GraphStore::Open(path, ro);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    auto stats = (*reader)->Stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->node_count, 501u);
    EXPECT_TRUE((*reader)->HasNode(1));
    EXPECT_TRUE((*reader)->HasNode(500));
    EXPECT_TRUE((*reader)->HasNode(1000));
}

TEST(StoreFlushTest, ReadOnlyStoreRefuses) {
    TempDir dir;
    const std::string path = dir.Sub("db");
    ASSERT_TRUE(GraphStore::Open(path).ok());
    OpenOptions ro;
    ro.read_only = true;
    auto reader = GraphStore::Open(path, ro);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    Status s = (*reader)->Flush();
    EXPECT_EQ(s.code(), Status::Code::kInvalidArgument);
    EXPECT_NE(s.message().find("read-only"), std::string::npos) << s.message();
}

TEST(StoreFlushTest, InMemoryStoreFlushes) {
    OpenOptions o;
    o.in_memory = true;
    auto store = GraphStore::Open("flush", o);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE(AddPeople(store->get(), 1, 3).ok());
    EXPECT_TRUE((*store)->Flush().ok());
    EXPECT_TRUE((*store)->HasNode(3));
}

}  // namespace
}  // namespace dossier::graph
