// Opening databases: locking, read-only readers beside a writer, and every refusal.
#include <gtest/gtest.h>
#include <rocksdb/db.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "graph/graph_store.h"
#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::MakeNode;
using testing::TempDir;

Status AddNode(GraphStore* store, NodeId id, const std::string& name) {
    auto txn = store->Begin();
    if (!txn.ok()) return txn.status();
    DOSSIER_RETURN_IF_ERROR((*txn)->PutNode(MakeNode(id, {"Person"}, {{"name", Value(name)}})));
    return (*txn)->Commit();
}

TEST(StoreOpenTest, SecondWriterIsBusyNamingTheHolder) {
    TempDir dir;
    auto first = GraphStore::Open(dir.Sub("db"));
    ASSERT_TRUE(first.ok()) << first.status().ToString();
    auto second = GraphStore::Open(dir.Sub("db"));
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.status().code(), Status::Code::kBusy);
    EXPECT_EQ(second.status().message(),
              "database " + dir.Sub("db") + " is in use by process " + std::to_string(::getpid()));
    first->reset();
    EXPECT_TRUE(GraphStore::Open(dir.Sub("db")).ok()) << "lock released on close";
}

TEST(StoreOpenTest, WriterLockIsHeldAcrossProcesses) {
    TempDir dir;
    auto writer = GraphStore::Open(dir.Sub("db"));
    ASSERT_TRUE(writer.ok());
    const pid_t child = ::fork();
    if (child == 0) {
        // flock locks belong to open files; the child's own open must fail.
        auto other = GraphStore::Open(dir.Sub("db"));
        ::_exit(!other.ok() && other.status().code() == Status::Code::kBusy ? 0 : 1);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

TEST(StoreOpenTest, ReadersOpenBesideAWriterAndRefreshCatchesUp) {
    TempDir dir;
    auto writer = GraphStore::Open(dir.Sub("db"));
    ASSERT_TRUE(writer.ok());
    ASSERT_TRUE(AddNode(writer->get(), 1, "Ann").ok());

    OpenOptions ro;
    ro.read_only = true;
    auto reader = GraphStore::Open(dir.Sub("db"), ro);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    auto reader2 = GraphStore::Open(dir.Sub("db"), ro);
    ASSERT_TRUE(reader2.ok()) << reader2.status().ToString();
    EXPECT_TRUE((*reader)->read_only());
    EXPECT_EQ((*reader)->FindByName("ann"), std::vector<NodeId>{1});
    EXPECT_EQ((*reader)->Begin().status().code(), Status::Code::kInvalidArgument);
    EXPECT_FALSE((*reader)->NewBulkLoader().ok());

    ASSERT_TRUE(AddNode(writer->get(), 2, "Ben").ok());
    EXPECT_FALSE((*reader)->HasNode(2)) << "a reader sees the state as of its open";
    ASSERT_TRUE((*reader)->Refresh().ok());
    EXPECT_TRUE((*reader)->HasNode(2));
    EXPECT_EQ((*reader)->FindByName("Ben"), std::vector<NodeId>{2});
    EXPECT_EQ((*reader)->Stats()->node_count, 2u);
}

TEST(StoreOpenTest, ReaderWorksWithoutAWriter) {
    TempDir dir;
    {
        auto writer = GraphStore::Open(dir.Sub("db"));
        ASSERT_TRUE(writer.ok());
        ASSERT_TRUE(AddNode(writer->get(), 7, "Cy").ok());
    }
    OpenOptions ro;
    ro.read_only = true;
    auto reader = GraphStore::Open(dir.Sub("db"), ro);
    ASSERT_TRUE(reader.ok()) << reader.status().ToString();
    EXPECT_TRUE((*reader)->HasNode(7));
    // ... and does not keep a writer out.
    EXPECT_TRUE(GraphStore::Open(dir.Sub("db")).ok());
}

TEST(StoreOpenTest, MissingDirectory) {
    TempDir dir;
    OpenOptions no_create;
    no_create.create_if_missing = false;
    auto s = GraphStore::Open(dir.Sub("nope"), no_create);
    EXPECT_EQ(s.status().code(), Status::Code::kIOError);
    EXPECT_NE(s.status().message().find(dir.Sub("nope")), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir.Sub("nope")));
    OpenOptions ro;
    ro.read_only = true;
    EXPECT_EQ(GraphStore::Open(dir.Sub("nope"), ro).status().code(), Status::Code::kIOError);
    EXPECT_TRUE(GraphStore::Open(dir.Sub("a/b/c")).ok()) << "created with parents";
}

TEST(StoreOpenTest, DirectoryThatIsNotADossierDatabase) {
    TempDir dir;
    std::ofstream(dir.Sub("notes.txt")) << "hello";
    auto s = GraphStore::Open(dir.path());
    EXPECT_EQ(s.status().code(), Status::Code::kInvalidArgument);
    EXPECT_NE(s.status().message().find("not a Dossier database"), std::string::npos);
    EXPECT_FALSE(std::filesystem::exists(dir.Sub("dossier.lock"))) << "nothing written there";

    auto file = GraphStore::Open(dir.Sub("notes.txt"));
    EXPECT_EQ(file.status().code(), Status::Code::kInvalidArgument);

    // A RocksDB database of some other program.
    rocksdb::Options options;
    options.create_if_missing = true;
    rocksdb::DB* raw = nullptr;
    ASSERT_TRUE(rocksdb::DB::Open(options, dir.Sub("other"), &raw).ok());
    ASSERT_TRUE(raw->Put({}, "their", "data").ok());
    delete raw;
    auto other = GraphStore::Open(dir.Sub("other"));
    EXPECT_EQ(other.status().code(), Status::Code::kInvalidArgument);
    EXPECT_NE(other.status().message().find("not a Dossier database"), std::string::npos);
}

TEST(StoreOpenTest, InterruptedCreationIsFinishedByTheNextWriter) {
    TempDir dir;
    {
        // Killed right after RocksDB created the database, before Dossier's families existed.
        rocksdb::Options options;
        options.create_if_missing = true;
        rocksdb::DB* raw = nullptr;
        ASSERT_TRUE(rocksdb::DB::Open(options, dir.Sub("db"), &raw).ok());
        delete raw;
    }
    OpenOptions ro;
    ro.read_only = true;
    auto reader = GraphStore::Open(dir.Sub("db"), ro);
    EXPECT_EQ(reader.status().code(), Status::Code::kInvalidArgument);
    EXPECT_NE(reader.status().message().find("interrupted"), std::string::npos);
    {
        auto writer = GraphStore::Open(dir.Sub("db"));
        ASSERT_TRUE(writer.ok()) << writer.status().ToString();
        ASSERT_TRUE(AddNode(writer->get(), 1, "Ann").ok());
    }
    auto again = GraphStore::Open(dir.Sub("db"), ro);
    ASSERT_TRUE(again.ok()) << again.status().ToString();
    EXPECT_TRUE((*again)->HasNode(1));
}

TEST(StoreOpenTest, FilesOfACreationKilledBeforeCurrentAreCleared) {
    TempDir dir;
    std::filesystem::create_directory(dir.Sub("db"));
    for (const char* f : {"000000.dbtmp", "IDENTITY", "MANIFEST-000001", "LOCK", "LOG",
                          "000003.log", "dossier.lock"}) {
        std::ofstream(dir.Sub("db/") + f) << "x";
    }
    auto store = GraphStore::Open(dir.Sub("db"));
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_TRUE(AddNode(store->get(), 1, "Ann").ok());

    std::filesystem::create_directory(dir.Sub("mine"));
    std::ofstream(dir.Sub("mine/IDENTITY")) << "x";
    std::ofstream(dir.Sub("mine/server.log")) << "keep me";
    EXPECT_EQ(GraphStore::Open(dir.Sub("mine")).status().code(), Status::Code::kInvalidArgument);
    EXPECT_TRUE(std::filesystem::exists(dir.Sub("mine/IDENTITY")));
}

TEST(StoreOpenTest, NewerFormatVersionIsRefused) {
    TempDir dir;
    { ASSERT_TRUE(GraphStore::Open(dir.Sub("db")).ok()); }
    {
        // Rewrite the format version the way a future build would.
        rocksdb::Options options;
        std::vector<std::string> names;
        ASSERT_TRUE(rocksdb::DB::ListColumnFamilies(options, dir.Sub("db"), &names).ok());
        std::vector<rocksdb::ColumnFamilyDescriptor> cfs;
        for (const auto& n : names) cfs.emplace_back(n, options);
        std::vector<rocksdb::ColumnFamilyHandle*> handles;
        rocksdb::DB* raw = nullptr;
        ASSERT_TRUE(rocksdb::DB::Open(options, dir.Sub("db"), cfs, &handles, &raw).ok());
        for (size_t i = 0; i < names.size(); ++i) {
            if (names[i] == "meta") {
                ASSERT_TRUE(
                    raw->Put({}, handles[i], "format_version", std::string("\0\0\0\0\0\0\0\x09", 8))
                        .ok());
            }
        }
        for (auto* h : handles) raw->DestroyColumnFamilyHandle(h);
        delete raw;
    }
    auto s = GraphStore::Open(dir.Sub("db"));
    EXPECT_EQ(s.status().code(), Status::Code::kNotSupported);
    EXPECT_NE(s.status().message().find("format version 9"), std::string::npos)
        << s.status().message();
}

TEST(StoreOpenTest, UnreadableDirectory) {
    if (::geteuid() == 0) GTEST_SKIP() << "root reads every directory";
    TempDir dir;
    std::filesystem::create_directory(dir.Sub("locked"));
    std::filesystem::permissions(dir.Sub("locked"), std::filesystem::perms::none);
    EXPECT_EQ(GraphStore::Open(dir.Sub("locked")).status().code(), Status::Code::kIOError);
    std::filesystem::permissions(dir.Sub("locked"), std::filesystem::perms::owner_all);
}

TEST(StoreOpenTest, WriterRemovesFilesOfAnInterruptedBulkLoad) {
    TempDir dir;
    { ASSERT_TRUE(GraphStore::Open(dir.Sub("db")).ok()); }
    std::filesystem::create_directory(dir.Sub("db/bulk-12345-tmp"));
    std::ofstream(dir.Sub("db/bulk-12345-tmp/nodes.sst")) << "partial";
    OpenOptions ro;
    ro.read_only = true;
    { ASSERT_TRUE(GraphStore::Open(dir.Sub("db"), ro).ok()); }
    EXPECT_TRUE(std::filesystem::exists(dir.Sub("db/bulk-12345-tmp"))) << "readers leave it";
    ASSERT_TRUE(GraphStore::Open(dir.Sub("db")).ok());
    EXPECT_FALSE(std::filesystem::exists(dir.Sub("db/bulk-12345-tmp")));
}

TEST(StoreOpenTest, InMemoryStoresAreIndependent) {
    OpenOptions mem;
    mem.in_memory = true;
    auto a = GraphStore::Open("same-name", mem);
    auto b = GraphStore::Open("same-name", mem);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_TRUE(AddNode(a->get(), 1, "Ann").ok());
    EXPECT_TRUE((*a)->HasNode(1));
    EXPECT_FALSE((*b)->HasNode(1));
    EXPECT_FALSE(std::filesystem::exists("same-name"));
}

}  // namespace
}  // namespace dossier::graph
