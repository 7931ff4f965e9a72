// RocksTransaction: a Transaction that keeps its writes in memory, per column family in key order,
// and writes them at Commit() as one rocksdb::WriteBatch (sorted, one entry per key).
//
// Reads go through the pending writes and then the database (read-your-writes). Every write keeps
// the secondary families (adjacency, labels, names) in step with the records: replacing a node or
// an edge first removes the index entries of the old version. Counters (nodes, edges, per label,
// per type) are kept as in-memory deltas and added to the stored values at Commit(), which is safe
// because a store admits one writer at a time.
#pragma once

#include <rocksdb/write_batch.h>

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "graph/column_families.h"
#include "graph/graph_store.h"
#include "graph/id_set.h"
#include "graph/kv_source.h"
#include "graph/store_reader.h"

namespace dossier::graph {

class RocksTransaction : public Transaction {
  public:
    // REQUIRES: core->writer_open was set by the caller; Commit() or the destructor clears it.
    explicit RocksTransaction(StoreCore* core);
    ~RocksTransaction() override;

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
    std::vector<std::string> Labels() const override;
    std::vector<std::string> EdgeTypes() const override;

    Status PutNode(const Node& node) override;
    Status PutEdge(const Edge& edge) override;
    Status DeleteNode(NodeId id, bool detach) override;
    Status DeleteEdge(EdgeId id) override;
    Status CreateIndex(const PropertyIndex& index) override;
    Status DropIndex(std::string_view name) override;
    NodeId NewNodeId() override;
    EdgeId NewEdgeId() override;
    Status Commit() override;

    // A column family's pending writes: key -> value, or nullopt for a delete.
    using Writes = std::map<std::string, std::optional<std::string>, std::less<>>;

  private:
    class BatchKvSource;

    Status CheckOpen() const;
    Status Put(Cf cf, const std::string& key, std::string_view value);
    Status Delete(Cf cf, const std::string& key);
    Status RemoveNodeIndexes(const Node& node);
    // The property indexes, read once per transaction and kept in step by Create/DropIndex.
    const std::vector<PropertyIndex>& CachedIndexes();
    Status RemoveEdgeEntries(const Edge& edge);
    Status ApplyCounters();
    // The pending writes, in key order per column family, into `out`.
    Status SortedBatch(rocksdb::WriteBatch* out);

    StoreCore* const core_;
    std::array<Writes, kCfCount> writes_;
    std::unique_ptr<BatchKvSource> kv_;
    StoreReader reader_;
    std::map<std::string, int64_t> counter_deltas_;  // meta key -> change
    // Nodes known to exist in this transaction's view (put, or found by an edge-end check), so
    // that adding many edges at one node reads it once. DeleteNode removes its id.
    IdSet known_nodes_;
    std::optional<std::vector<PropertyIndex>> indexes_;
    bool committed_ = false;
};

}  // namespace dossier::graph
