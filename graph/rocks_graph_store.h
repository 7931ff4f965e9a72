// RocksGraphStore: the GraphStore on RocksDB (see graph_store.h for the contract and
// docs/storage.md for the layout). Created only through GraphStore::Open.
#pragma once

#include <rocksdb/env.h>

#include <memory>
#include <string>

#include "graph/column_families.h"
#include "graph/graph_store.h"
#include "graph/kv_source.h"
#include "graph/store_reader.h"
#include "graph/writer_lock.h"

namespace dossier::graph {

class RocksGraphStore : public GraphStore {
  public:
    // Takes ownership of everything; `secondary_dir` (may be empty) is removed on destruction.
    RocksGraphStore(std::unique_ptr<rocksdb::Env> mem_env, std::unique_ptr<WriterLock> lock,
                    std::unique_ptr<StoreCore> core, bool read_only, std::string secondary_dir);
    ~RocksGraphStore() override;

    Result<Node> GetNode(NodeId id) const override { return reader_.GetNode(id); }
    std::vector<Result<Node>> GetNodes(const std::vector<NodeId>& ids) const override {
        return reader_.GetNodes(ids);
    }
    Result<Edge> GetEdge(EdgeId id) const override { return reader_.GetEdge(id); }
    bool HasNode(NodeId id) const override { return reader_.HasNode(id); }
    bool HasLabel(NodeId id, std::string_view label) const override {
        return reader_.HasLabel(id, label);
    }
    std::unique_ptr<IdIterator> ScanNodes() const override { return reader_.ScanNodes(); }
    std::unique_ptr<IdIterator> ScanEdges() const override { return reader_.ScanEdges(); }
    std::unique_ptr<IdIterator> ScanLabel(std::string_view label) const override {
        return reader_.ScanLabel(label);
    }
    std::vector<NodeId> FindByName(std::string_view name) const override {
        return reader_.FindByName(name);
    }
    std::vector<NameEntry> FindByNamePrefix(std::string_view prefix, size_t limit) const override {
        return reader_.FindByNamePrefix(prefix, limit);
    }
    std::unique_ptr<AdjacencyIterator> Adjacent(
        NodeId node, Direction dir, std::optional<std::string_view> type) const override {
        return reader_.Adjacent(node, dir, type);
    }
    std::unique_ptr<AdjacencyCursor> NewAdjacencyCursor() const override {
        return reader_.NewAdjacencyCursor();
    }
    uint64_t Degree(NodeId node, Direction dir,
                    std::optional<std::string_view> type) const override {
        return reader_.Degree(node, dir, type);
    }
    std::vector<PropertyIndex> Indexes() const override { return reader_.Indexes(); }
    Result<std::vector<NodeId>> SeekIndex(std::string_view label, std::string_view property,
                                          const std::optional<Value>& lower,
                                          const std::optional<Value>& upper) const override {
        return reader_.SeekIndex(label, property, lower, upper);
    }
    std::vector<std::string> Labels() const override { return reader_.Labels(); }
    std::vector<std::string> EdgeTypes() const override { return reader_.EdgeTypes(); }

    Result<std::unique_ptr<Transaction>> Begin() override;
    using GraphStore::NewBulkLoader;
    Result<std::unique_ptr<BulkLoader>> NewBulkLoader(const BulkLoadOptions& options) override;
    Status Refresh() override;
    Status Flush() override;
    Result<GraphStats> Stats() const override;
    const std::string& path() const override { return core_->path; }
    bool read_only() const override { return read_only_; }

    StoreCore* core() { return core_.get(); }

  private:
    Status CheckWritable() const;

    std::unique_ptr<rocksdb::Env> mem_env_;  // must outlive the DB
    std::unique_ptr<WriterLock> lock_;
    std::unique_ptr<StoreCore> core_;
    std::unique_ptr<rocksdb::DB> db_;
    const bool read_only_;
    const std::string secondary_dir_;
    DbKvSource kv_;
    StoreReader reader_;
};

}  // namespace dossier::graph
