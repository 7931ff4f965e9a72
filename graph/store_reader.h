// StoreReader: the GraphReader operations written once over a KvSource, shared by the store
// (committed state) and by transactions (committed state plus their own writes).
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/graph_store.h"
#include "graph/kv_source.h"

namespace dossier::graph {

class StoreReader {
  public:
    explicit StoreReader(const KvSource* kv) : kv_(kv) {}

    Result<Node> GetNode(NodeId id) const;
    Result<Edge> GetEdge(EdgeId id) const;
    std::vector<Result<Node>> GetNodes(const std::vector<NodeId>& ids) const;
    bool HasNode(NodeId id) const;
    bool HasEdge(EdgeId id) const;
    bool HasLabel(NodeId id, std::string_view label) const;
    std::unique_ptr<IdIterator> ScanNodes() const;
    std::unique_ptr<IdIterator> ScanEdges() const;
    std::unique_ptr<IdIterator> ScanLabel(std::string_view label) const;
    std::vector<NodeId> FindByName(std::string_view name) const;
    std::vector<NameEntry> FindByNamePrefix(std::string_view prefix, size_t limit) const;
    std::unique_ptr<AdjacencyIterator> Adjacent(NodeId node, Direction dir,
                                                std::optional<std::string_view> type) const;
    std::unique_ptr<AdjacencyCursor> NewAdjacencyCursor() const;
    uint64_t Degree(NodeId node, Direction dir, std::optional<std::string_view> type) const;
    std::vector<PropertyIndex> Indexes() const;
    Result<std::vector<NodeId>> SeekIndex(std::string_view label, std::string_view property,
                                          const std::optional<Value>& lower,
                                          const std::optional<Value>& upper) const;

    // Counter values of the meta family: a single counter (0 when absent), and every counter
    // whose key starts with `prefix`, keyed by the rest of the key.
    Result<uint64_t> ReadCounter(std::string_view key) const;
    Result<std::map<std::string, uint64_t>> ReadCounters(std::string_view prefix) const;

    // The labels / types whose counters are positive.
    std::vector<std::string> Labels() const;
    std::vector<std::string> EdgeTypes() const;

  private:
    const KvSource* const kv_;
};

// Labels or types from counters, after applying `deltas` (may be empty).
std::vector<std::string> PositiveKeys(const std::map<std::string, uint64_t>& counters,
                                      const std::map<std::string, int64_t>& deltas);

// The index entries (labels family keys) of `node` for the indexes in `indexes`.
std::vector<std::string> PropertyIndexKeys(const Node& node,
                                           const std::vector<PropertyIndex>& indexes);

// The normalised strings of a node's `name` property and `aliases` list, deduplicated.
std::vector<std::string> IndexedNames(const Node& node);

}  // namespace dossier::graph
