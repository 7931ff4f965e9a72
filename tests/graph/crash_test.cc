// Atomicity under kill -9: a child process writes batches in a loop and is killed mid-way; the
// reopened database must hold only whole batches and satisfy every invariant.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <thread>

#include "graph/graph_store.h"
#include "tests/graph/graph_test_util.h"

namespace dossier::graph {
namespace {

using testing::CheckInvariants;
using testing::MakeEdge;
using testing::MakeNode;
using testing::TempDir;

constexpr int kNodesPerBatch = 50;

// One batch: a hub and kNodesPerBatch people linked to it and to the previous batch's hub, then
// a rewrite of an older node (index maintenance) and a detach-delete of an older person.
// Writes one byte to `progress` after each commit.
[[noreturn]] void WriteForever(const std::string& path, int progress) {
    auto store = GraphStore::Open(path);
    if (!store.ok()) ::_exit(2);
    for (uint64_t batch = 1;; ++batch) {
        auto txn = (*store)->Begin();
        if (!txn.ok()) ::_exit(3);
        Transaction& t = **txn;
        const NodeId hub = batch * 1000;
        if (!t.PutNode(MakeNode(hub, {"Article"}, {{"name", Value("a" + std::to_string(batch))}}))
                 .ok()) {
            ::_exit(4);
        }
        for (int i = 1; i <= kNodesPerBatch; ++i) {
            const NodeId p = hub + i;
            Status s =
                t.PutNode(MakeNode(p, {"Person"}, {{"name", Value("p" + std::to_string(p))}}));
            if (s.ok()) s = t.PutEdge(MakeEdge(p, hub, "MENTIONS", p));
            if (s.ok() && batch > 1) s = t.PutEdge(MakeEdge(p + 500, p, "CITES", hub - 1000));
            if (!s.ok()) ::_exit(5);
        }
        if (batch > 2) {
            const NodeId older = (batch - 2) * 1000 + 1;
            if (!t.PutNode(MakeNode(older, {"Person", "Seen"}, {{"name", Value("renamed")}}))
                     .ok() ||
                !t.DeleteNode(older + 1, /*detach=*/true).ok()) {
                ::_exit(6);
            }
        }
        if (!t.Commit().ok()) ::_exit(7);
        const char tick = 1;
        if (::write(progress, &tick, 1) != 1) ::_exit(8);
    }
}

TEST(CrashTest, KilledWriterLeavesOnlyWholeBatches) {
    TempDir dir;
    const std::string path = dir.Sub("db");
    // Round 0 kills the writer almost at once (possibly while it creates the database); later
    // rounds wait for some commits, so that the kill lands in the middle of the stream.
    for (int round = 0; round < 4; ++round) {
        std::filesystem::remove_all(path);
        int pipe_fds[2];
        ASSERT_EQ(::pipe(pipe_fds), 0);
        const pid_t child = ::fork();
        ASSERT_GE(child, 0);
        if (child == 0) {
            ::close(pipe_fds[0]);
            WriteForever(path, pipe_fds[1]);
        }
        ::close(pipe_fds[1]);
        const int commits_to_wait = round * 4;
        for (int seen = 0; seen < commits_to_wait;) {
            char buf[64];
            const ssize_t n = ::read(pipe_fds[0], buf, sizeof buf);
            ASSERT_GT(n, 0) << "the writer stopped by itself";
            seen += static_cast<int>(n);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(round == 0 ? 20 : 3 * round));
        ASSERT_EQ(::kill(child, SIGKILL), 0);
        int status = 0;
        ASSERT_EQ(::waitpid(child, &status, 0), child);
        ::close(pipe_fds[0]);
        ASSERT_TRUE(WIFSIGNALED(status)) << "the writer stopped by itself with " << status;

        auto store = GraphStore::Open(path);
        ASSERT_TRUE(store.ok()) << "round " << round << ": " << store.status().ToString();
        EXPECT_EQ(CheckInvariants(**store), "") << "round " << round;
        // Whole batches: every article hub has all its people, apart from the one per batch that
        // a later batch deleted.
        uint64_t hubs = 0;
        for (auto it = (*store)->ScanLabel("Article"); it->Valid(); it->Next()) {
            ++hubs;
            const uint64_t out = (*store)->Degree(it->id(), Direction::kOut, "MENTIONS");
            EXPECT_TRUE(out == kNodesPerBatch || out == kNodesPerBatch - 1)
                << "hub " << it->id() << " has " << out;
        }
        EXPECT_GE(hubs, static_cast<uint64_t>(commits_to_wait)) << "round " << round;
        const auto stats = (*store)->Stats();
        ASSERT_TRUE(stats.ok());
        const auto articles = stats->nodes_per_label.find("Article");
        EXPECT_EQ(articles == stats->nodes_per_label.end() ? 0 : articles->second, hubs);
    }
}

}  // namespace
}  // namespace dossier::graph
