#include "graph/rocks_graph_store.h"

#include <filesystem>
#include <system_error>
#include <vector>

#include "graph/bulk_loader.h"
#include "graph/key_codec.h"
#include "graph/rocks_status.h"
#include "graph/rocks_transaction.h"

namespace dossier::graph {

RocksGraphStore::RocksGraphStore(std::unique_ptr<rocksdb::Env> mem_env,
                                 std::unique_ptr<WriterLock> lock, std::unique_ptr<StoreCore> core,
                                 bool read_only, std::string secondary_dir)
    : mem_env_(std::move(mem_env)),
      lock_(std::move(lock)),
      core_(std::move(core)),
      db_(core_->db),
      read_only_(read_only),
      secondary_dir_(std::move(secondary_dir)),
      kv_(core_.get()),
      reader_(&kv_) {}

RocksGraphStore::~RocksGraphStore() {
    for (auto*& handle : core_->cf) {
        if (handle != nullptr) db_->DestroyColumnFamilyHandle(handle);
        handle = nullptr;
    }
    db_.reset();
    core_->db = nullptr;
    mem_env_.reset();
    if (!secondary_dir_.empty()) {
        std::error_code ec;
        std::filesystem::remove_all(secondary_dir_, ec);
    }
}

Status RocksGraphStore::CheckWritable() const {
    if (read_only_) {
        return Status::InvalidArgument("database " + core_->path + " is open read-only");
    }
    return Status::OK();
}

Result<std::unique_ptr<Transaction>> RocksGraphStore::Begin() {
    DOSSIER_RETURN_IF_ERROR(CheckWritable());
    if (core_->writer_open.exchange(true)) {
        return Status::Busy("a transaction or bulk load is already open on " + core_->path);
    }
    return std::unique_ptr<Transaction>(std::make_unique<RocksTransaction>(core_.get()));
}

Result<std::unique_ptr<GraphStore::BulkLoader>> RocksGraphStore::NewBulkLoader(
    const BulkLoadOptions& options) {
    DOSSIER_RETURN_IF_ERROR(CheckWritable());
    if (core_->writer_open.exchange(true)) {
        return Status::Busy("a transaction or bulk load is already open on " + core_->path);
    }
    return NewRocksBulkLoader(core_.get(), options);
}

Status RocksGraphStore::Refresh() {
    if (!read_only_) return Status::OK();  // a writer always sees its own commits
    return FromRocks(db_->TryCatchUpWithPrimary(), "refreshing " + core_->path);
}

Status RocksGraphStore::Flush() {
    DOSSIER_RETURN_IF_ERROR(CheckWritable());
    // Every family at once: the log files can only be dropped once no family needs them. Each
    // commit was synced to the log already, so the log needs no sync of its own here.
    std::vector<rocksdb::ColumnFamilyHandle*> families(core_->cf.begin(), core_->cf.end());
    rocksdb::FlushOptions options;
    options.wait = true;
    return FromRocks(db_->Flush(options, families), "flushing " + core_->path);
}

Result<GraphStats> RocksGraphStore::Stats() const {
    GraphStats stats;
    DOSSIER_ASSIGN_OR_RETURN(stats.node_count, reader_.ReadCounter(keys::kNodeCountKey));
    DOSSIER_ASSIGN_OR_RETURN(stats.edge_count, reader_.ReadCounter(keys::kEdgeCountKey));
    DOSSIER_ASSIGN_OR_RETURN(stats.nodes_per_label, reader_.ReadCounters(keys::kLabelCountPrefix));
    DOSSIER_ASSIGN_OR_RETURN(stats.edges_per_type, reader_.ReadCounters(keys::kTypeCountPrefix));
    if (core_->in_memory) return stats;
    for (auto* handle : core_->cf) {
        uint64_t bytes = 0;
        if (db_->GetIntProperty(handle, "rocksdb.total-sst-files-size", &bytes)) {
            stats.disk_bytes += bytes;
        }
    }
    std::error_code ec;
    for (const auto& entry : std::filesystem::directory_iterator(core_->path, ec)) {
        if (entry.path().extension() == ".log") stats.disk_bytes += entry.file_size(ec);
    }
    return stats;
}

}  // namespace dossier::graph
