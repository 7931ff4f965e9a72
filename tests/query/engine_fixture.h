// EngineTest: an engine over a fresh in-memory store, with helpers that render result rows in
// the query notation ("1 | 'a' | (:Person {name: 'X'})") for compact assertions.
#pragma once

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "graph/graph_store.h"
#include "query/engine.h"

namespace dossier::query {

class EngineTest : public ::testing::Test {
  protected:
    void SetUp() override {
        graph::OpenOptions options;
        options.in_memory = true;
        auto store = graph::GraphStore::Open(
            "mem-" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()),
            options);
        ASSERT_TRUE(store.ok()) << store.status().ToString();
        store_ = std::move(*store);
        engine_ = std::make_unique<Engine>(store_.get());
    }

    // Runs a statement that must succeed.
    QueryResult Run(const std::string& q, const Params& params = {}) {
        auto r = engine_->Execute(q, params);
        EXPECT_TRUE(r.ok()) << q << "\n  -> " << r.status().ToString();
        return r.ok() ? std::move(*r) : QueryResult{};
    }

    // The rows of a statement, each rendered as its values joined by " | ".
    std::vector<std::string> Rows(const std::string& q, const Params& params = {}) {
        std::vector<std::string> out;
        for (const Row& row : Run(q, params).rows) out.push_back(Render(row));
        return out;
    }

    // The single value of a one-row, one-column result, rendered.
    std::string One(const std::string& q, const Params& params = {}) {
        auto rows = Rows(q, params);
        EXPECT_EQ(rows.size(), 1u) << q;
        return rows.empty() ? "<no rows>" : rows[0];
    }

    // The status of a statement that must fail.
    Status Error(const std::string& q, const Params& params = {}) {
        auto r = engine_->Execute(q, params);
        EXPECT_FALSE(r.ok()) << q << " unexpectedly succeeded";
        return r.status();
    }

    static std::string Render(const Row& row) {
        std::string s;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i) s += " | ";
            s += row[i].ToCypher();
        }
        return s;
    }

    std::unique_ptr<graph::GraphStore> store_;
    std::unique_ptr<Engine> engine_;
};

}  // namespace dossier::query
