// IO failures: RocksDB statuses map to Dossier statuses in one place, and a write that fails
// half-way (here: the file size limit, standing in for a full disk) reports an error and leaves
// what was committed before intact.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "graph/graph_store.h"
#include "graph/rocks_status.h"
#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::CheckInvariants;
using testing::MakeEdge;
using testing::MakeNode;
using testing::TempDir;

TEST(FromRocksTest, MapsEveryKindWithContext) {
    EXPECT_TRUE(FromRocks(rocksdb::Status::OK(), "x").ok());
    Status s = FromRocks(rocksdb::Status::NoSpace("write failed"), "committing to db");
    EXPECT_EQ(s.code(), Status::Code::kIOError);
    EXPECT_TRUE(s.message().starts_with("committing to db: disk full")) << s.message();
    EXPECT_EQ(FromRocks(rocksdb::Status::Corruption("bad block"), "x").code(),
              Status::Code::kCorruption);
    EXPECT_EQ(FromRocks(rocksdb::Status::IOError("eio"), "x").code(), Status::Code::kIOError);
    EXPECT_EQ(FromRocks(rocksdb::Status::NotFound(), "x").code(), Status::Code::kNotFound);
    EXPECT_EQ(FromRocks(rocksdb::Status::Busy(), "x").code(), Status::Code::kBusy);
    EXPECT_EQ(FromRocks(rocksdb::Status::NotSupported(), "x").code(), Status::Code::kNotSupported);
    EXPECT_EQ(FromRocks(rocksdb::Status::InvalidArgument(), "x").code(),
              Status::Code::kInvalidArgument);
}

// In a child: commit a small batch, then lower the file size limit and try to commit a large
// one. Exit code 0 when the large commit failed cleanly with IOError.
[[noreturn]] void WriteUntilTheLimit(const std::string& path) {
    auto store = GraphStore::Open(path);
    if (!store.ok()) ::_exit(10);
    {
        auto txn = std::move((*store)->Begin()).value();
        for (NodeId id = 1; id <= 10; ++id) {
            if (!txn->PutNode(
                        MakeNode(id, {"Kept"}, {{"name", Value("kept " + std::to_string(id))}}))
                     .ok()) {
                ::_exit(11);
            }
        }
        if (!txn->Commit().ok()) ::_exit(12);
    }
    ::signal(SIGXFSZ, SIG_IGN);  // writes past the limit fail with EFBIG instead of killing us
    rlimit limit{64 << 10, 64 << 10};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(13);
    auto txn = std::move((*store)->Begin()).value();
    const std::string big(1000, 'x');
    for (NodeId id = 100; id < 400; ++id) {
        if (!txn->PutNode(MakeNode(id, {"Lost"}, {{"blob", Value(big)}})).ok()) ::_exit(14);
    }
    for (EdgeId e = 100; e < 399; ++e) {
        if (!txn->PutEdge(MakeEdge(e, e, "NEXT", e + 1)).ok()) ::_exit(15);
    }
    const Status s = txn->Commit();
    ::_exit(!s.ok() && s.code() == Status::Code::kIOError ? 0 : 16);
}

TEST(IoErrorTest, FailedCommitReportsIOErrorAndKeepsEarlierData) {
    TempDir dir;
    const std::string path = dir.Sub("db");
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) WriteUntilTheLimit(path);
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status)) << "the writer crashed instead of reporting the error";
    EXPECT_EQ(WEXITSTATUS(status), 0);

    auto store = GraphStore::Open(path);
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_EQ(CheckInvariants(**store), "");
    auto stats = (*store)->Stats();
    ASSERT_TRUE(stats.ok());
    EXPECT_EQ(stats->nodes_per_label.at("Kept"), 10u);
    EXPECT_EQ(stats->nodes_per_label.count("Lost"), 0u) << "the failed batch is absent";
    EXPECT_EQ((*store)->FindByName("kept 7"), std::vector<NodeId>{7});
}

}  // namespace
}  // namespace dossier::graph
