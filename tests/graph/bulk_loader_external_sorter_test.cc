#include "graph/bulk_loader_external_sorter.h"

#include <gtest/gtest.h>
#include <rocksdb/env.h>

#include <algorithm>
#include <random>

namespace dossier::graph {
namespace {

class ExternalSorterTest : public ::testing::Test {
  protected:
    void SetUp() override { ASSERT_TRUE(env_->CreateDirIfMissing("/sort").ok()); }
    std::vector<std::string> Files() {
        std::vector<std::string> children;
        EXPECT_TRUE(env_->GetChildren("/sort", &children).ok());
        std::erase_if(children, [](const std::string& f) { return f == "." || f == ".."; });
        return children;
    }
    std::unique_ptr<rocksdb::Env> env_{rocksdb::NewMemEnv(rocksdb::Env::Default())};
};

using Entries = std::vector<std::pair<std::string, std::string>>;

TEST_F(ExternalSorterTest, MergesManyRunsAndTheBufferInKeyOrder) {
    std::mt19937_64 rng(3);
    Entries added;
    ExternalSorter sorter(env_.get(), "/sort", "t");
    for (int i = 0; i < 20000; ++i) {
        // Keys share long prefixes and differ in length (so the 8-byte prefix ties often), with
        // repeats; the value says which Add it was.
        std::string key = std::string(rng() % 12, 'k') + std::to_string(rng() % 5000);
        added.emplace_back(key, std::to_string(i));
        sorter.Add(added.back().first, added.back().second);
        if (rng() % 100 == 0) ASSERT_TRUE(sorter.Spill().ok());
    }
    EXPECT_GT(sorter.runs(), ExternalSorter::kMaxMergeFanIn) << "needs more than one pass";
    EXPECT_EQ(sorter.added(), 20000u);

    Entries merged;
    ASSERT_TRUE(sorter
                    .Merge(64,
                           [&](std::string_view k, std::string_view v) {
                               merged.emplace_back(k, v);
                               return Status::OK();
                           })
                    .ok());
    // Equal keys come out in no particular order: compare as sorted pairs, and check the order
    // of the keys themselves.
    EXPECT_TRUE(std::is_sorted(merged.begin(), merged.end(),
                               [](const auto& a, const auto& b) { return a.first < b.first; }));
    std::sort(merged.begin(), merged.end());
    std::sort(added.begin(), added.end());
    EXPECT_EQ(merged, added);
    EXPECT_TRUE(Files().empty()) << "runs are deleted once merged";
    EXPECT_EQ(sorter.memory_bytes(), 0u);
}

TEST_F(ExternalSorterTest, RecordsBiggerThanTheReadBufferAndEmptyOnes) {
    ExternalSorter sorter(env_.get(), "/sort", "t");
    const std::string big(3 << 20, 'v');
    sorter.Add("b", big);
    sorter.Add("", "");
    ASSERT_TRUE(sorter.Spill().ok());
    EXPECT_EQ(sorter.memory_bytes(), 0u) << "a spill releases the buffer";
    sorter.Add("a", "1");
    ASSERT_TRUE(sorter.Spill().ok());
    sorter.Add("c", "");
    Entries merged;
    ASSERT_TRUE(sorter
                    .Merge(16,
                           [&](std::string_view k, std::string_view v) {
                               merged.emplace_back(k, v);
                               return Status::OK();
                           })
                    .ok());
    EXPECT_EQ(merged, (Entries{{"", ""}, {"a", "1"}, {"b", big}, {"c", ""}}));
}

TEST_F(ExternalSorterTest, SinkErrorStopsTheMergeAndRemovesTheRuns) {
    ExternalSorter sorter(env_.get(), "/sort", "t");
    for (int i = 0; i < 100; ++i) {
        sorter.Add(std::to_string(i), "");
        ASSERT_TRUE(sorter.Spill().ok());
    }
    EXPECT_EQ(Files().size(), 100u);
    int seen = 0;
    const Status s = sorter.Merge(64, [&](std::string_view, std::string_view) {
        return ++seen == 10 ? Status::InvalidArgument("stop") : Status::OK();
    });
    EXPECT_EQ(s.message(), "stop");
    EXPECT_EQ(seen, 10);
    EXPECT_TRUE(Files().empty());
}

TEST_F(ExternalSorterTest, DestructorRemovesUnmergedRuns) {
    {
        ExternalSorter sorter(env_.get(), "/sort", "t");
        sorter.Add("x", "y");
        ASSERT_TRUE(sorter.Spill().ok());
        EXPECT_EQ(Files(), std::vector<std::string>{"t-0.run"});
    }
    EXPECT_TRUE(Files().empty());
}

}  // namespace
}  // namespace dossier::graph
