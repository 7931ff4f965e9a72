// The column families of a Dossier database and the RocksDB handles a store works with.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/options.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

namespace dossier::graph {

enum Cf : uint8_t { kNodesCf, kEdgesCf, kOutCf, kInCf, kLabelsCf, kNamesCf, kMetaCf, kCfCount };

// RocksDB names of the column families, indexed by Cf.
inline constexpr std::array<const char*, kCfCount> kCfNames = {"nodes",  "edges", "out", "in",
                                                               "labels", "names", "meta"};

// The current on-disk format. Databases with a larger number are refused (NotSupported).
inline constexpr uint32_t kFormatVersion = 1;

// What a store, its transactions and its bulk loaders share. Owned by the store; outlives them.
struct StoreCore {
    rocksdb::DB* db = nullptr;
    std::array<rocksdb::ColumnFamilyHandle*, kCfCount> cf{};
    rocksdb::Options options;  // as opened (for SstFileWriter)
    rocksdb::WriteOptions write_options;
    std::string path;
    bool in_memory = false;
    // Next ids for NewNodeId/NewEdgeId; persisted in the meta family at each commit.
    std::atomic<uint64_t> next_node_id{1};
    std::atomic<uint64_t> next_edge_id{1};
    // At most one writer object (Transaction or BulkLoader) at a time.
    std::atomic<bool> writer_open{false};

    // Raises the counter past `id` when it is a counter-range id (top bit clear).
    static void Bump(std::atomic<uint64_t>* next, uint64_t id) {
        if (id >> 63) return;
        uint64_t cur = next->load();
        while (cur <= id && !next->compare_exchange_weak(cur, id + 1)) {
        }
    }
};

}  // namespace dossier::graph
