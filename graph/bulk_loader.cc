#include "graph/bulk_loader.h"

#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "graph/bulk_loader_external_sorter.h"
#include "graph/dcheck.h"
#include "graph/id_set.h"
#include "graph/key_codec.h"
#include "graph/kv_source.h"
#include "graph/rocks_status.h"
#include "graph/store_reader.h"
#include "graph/value_codec.h"

namespace dossier::graph {

namespace {

// Each open run reads through a buffer of this size while the runs are merged. A family merges
// at most ExternalSorter::kMaxMergeFanIn runs at once, so its read buffers take 16 MiB at most
// (a record bigger than a buffer grows that one).
constexpr size_t kMergeReadBufferBytes = size_t{256} << 10;

// The families whose entries go through an ExternalSorter; meta is written from the counters.
constexpr std::array<Cf, 6> kSortedCfs = {kNodesCf, kEdgesCf, kOutCf, kInCf, kLabelsCf, kNamesCf};

class RocksBulkLoader : public GraphStore::BulkLoader {
  public:
    RocksBulkLoader(StoreCore* core, const BulkLoadOptions& options)
        : core_(core), options_(options), kv_(core), reader_(&kv_) {
        DOSSIER_DCHECK(core_->writer_open.load());
    }
    ~RocksBulkLoader() override {
        RemoveFiles();
        if (!finished_) core_->writer_open.store(false);
    }

    Status Init() {
        DOSSIER_ASSIGN_OR_RETURN(uint64_t nodes, reader_.ReadCounter(keys::kNodeCountKey));
        DOSSIER_ASSIGN_OR_RETURN(uint64_t edges, reader_.ReadCounter(keys::kEdgeCountKey));
        db_empty_ = nodes == 0 && edges == 0;
        indexes_ = reader_.Indexes();
        dir_ = core_->path + "/bulk-" + std::to_string(::getpid()) + "-tmp";
        DOSSIER_RETURN_IF_ERROR(
            FromRocks(core_->options.env->CreateDirIfMissing(dir_), "creating " + dir_));
        for (Cf cf : kSortedCfs) {
            sorters_[cf] = std::make_unique<ExternalSorter>(core_->options.env, dir_, kCfNames[cf]);
        }
        return Status::OK();
    }

    Status AddNode(const Node& input) override {
        DOSSIER_RETURN_IF_ERROR(CheckOpen());
        if (node_ids_.Contains(input.id) || (!db_empty_ && reader_.HasNode(input.id))) {
            return Status::InvalidArgument("node " + std::to_string(input.id) +
                                           " already exists; a bulk load only adds new nodes");
        }
        Node node = input;
        std::sort(node.labels.begin(), node.labels.end());
        node.labels.erase(std::unique(node.labels.begin(), node.labels.end()), node.labels.end());
        for (const auto& label : node.labels) {
            DOSSIER_RETURN_IF_ERROR(keys::CheckKeyString("label", label));
        }
        record_.clear();
        DOSSIER_RETURN_IF_ERROR(codec::EncodeNode(node, &record_));
        sorters_[kNodesCf]->Add(keys::NodeKey(node.id), record_);
        for (const auto& label : node.labels) {
            sorters_[kLabelsCf]->Add(keys::LabelKey(label, node.id), {});
            ++counters_[keys::LabelCountKey(label)];
        }
        for (const auto& name : IndexedNames(node)) {
            sorters_[kNamesCf]->Add(keys::NameKey(name, node.id), {});
        }
        for (const auto& key : PropertyIndexKeys(node, indexes_)) {
            sorters_[kLabelsCf]->Add(key, {});
        }
        node_ids_.Insert(node.id);
        StoreCore::Bump(&core_->next_node_id, node.id);
        return SpillIfOverBudget();
    }

    Status AddEdge(const Edge& edge) override {
        DOSSIER_RETURN_IF_ERROR(CheckOpen());
        DOSSIER_RETURN_IF_ERROR(keys::CheckKeyString("relationship type", edge.type));
        // Ids added twice within this load are found when the edges are merged (Finish).
        if (!db_empty_ && reader_.HasEdge(edge.id)) {
            return Status::InvalidArgument("edge " + std::to_string(edge.id) +
                                           " already exists; a bulk load only adds new edges");
        }
        for (NodeId end : {edge.src, edge.dst}) {
            if (!node_ids_.Contains(end) && (db_empty_ || !reader_.HasNode(end))) {
                return Status::InvalidArgument("edge " + std::to_string(edge.id) +
                                               " (:" + edge.type + ") refers to node " +
                                               std::to_string(end) + ", which does not exist");
            }
        }
        record_.clear();
        DOSSIER_RETURN_IF_ERROR(codec::EncodeEdge(edge, &record_));
        sorters_[kEdgesCf]->Add(keys::EdgeKey(edge.id), record_);
        sorters_[kOutCf]->Add(keys::AdjacencyKey(edge.src, edge.type, edge.dst, edge.id), {});
        sorters_[kInCf]->Add(keys::AdjacencyKey(edge.dst, edge.type, edge.src, edge.id), {});
        ++type_counts_[TypeIndex(edge.type)];
        StoreCore::Bump(&core_->next_edge_id, edge.id);
        return SpillIfOverBudget();
    }

    Status Finish() override {
        DOSSIER_RETURN_IF_ERROR(CheckOpen());
        finished_ = true;
        const Status s = WriteAndIngest();
        RemoveFiles();
        core_->writer_open.store(false);  // a finished load no longer counts as the writer
        return s;
    }

  private:
    // Keeps the sort buffers within the budget by spilling the biggest one as a sorted run.
    Status SpillIfOverBudget() {
        size_t total = 0;
        ExternalSorter* biggest = nullptr;
        for (Cf cf : kSortedCfs) {
            ExternalSorter* sorter = sorters_[cf].get();
            total += sorter->memory_bytes();
            if (biggest == nullptr || sorter->memory_bytes() > biggest->memory_bytes()) {
                biggest = sorter;
            }
        }
        if (total <= options_.memory_bytes) return Status::OK();
        return biggest->Spill();
    }

    Status WriteAndIngest() {
        std::vector<rocksdb::IngestExternalFileArg> args;
        std::vector<std::function<Status()>> tasks;
        for (Cf cf : kSortedCfs)
            tasks.push_back([this, cf, &args] { return WriteFamily(cf, &args); });
        DOSSIER_RETURN_IF_ERROR(RunInParallel(std::move(tasks)));
        DOSSIER_RETURN_IF_ERROR(WriteMeta(&args));
        return FromRocks(core_->db->IngestExternalFiles(args),
                         "ingesting the bulk load into " + core_->path);
    }

    Status CheckOpen() const {
        if (finished_) return Status::InvalidArgument("the bulk load has already finished");
        return Status::OK();
    }

    uint32_t TypeIndex(const std::string& type) {
        // Loads usually hold long runs of one type: skip the hash lookup for a repeat.
        if (!types_.empty() && types_[last_type_] == type) return last_type_;
        last_type_ = TypeIndexSlow(type);
        return last_type_;
    }

    uint32_t TypeIndexSlow(const std::string& type) {
        auto [it, inserted] = type_index_.emplace(type, static_cast<uint32_t>(types_.size()));
        if (inserted) {
            types_.push_back(type);
            type_counts_.push_back(0);
        }
        return it->second;
    }

    // Writes the entries of `cf`, sorted, into one SST file and adds it to `args` (nothing when
    // there are none). Equal keys are one entry, except in `edges`, where they are an edge id
    // added twice.
    Status WriteFamily(Cf cf, std::vector<rocksdb::IngestExternalFileArg>* args) {
        std::unique_ptr<SstWriter> writer;
        std::string last;
        DOSSIER_RETURN_IF_ERROR(sorters_[cf]->Merge(
            kMergeReadBufferBytes, [&](std::string_view key, std::string_view value) -> Status {
                if (writer != nullptr && key == last) {
                    if (cf != kEdgesCf) return Status::OK();
                    return Status::InvalidArgument(
                        "edge " + std::to_string(keys::ReadBigEndian64(key.data())) +
                        " was added twice to one bulk load");
                }
                if (writer == nullptr) {
                    writer = std::make_unique<SstWriter>(this, cf);
                    DOSSIER_RETURN_IF_ERROR(writer->Open());
                }
                last.assign(key);
                return writer->Put(key, value);
            }));
        return writer == nullptr ? Status::OK() : writer->Finish(args);
    }

    // One SST file of the load, `<dir>/<family>.sst`.
    class SstWriter {
      public:
        SstWriter(RocksBulkLoader* loader, Cf cf)
            : loader_(loader),
              cf_(cf),
              file_(loader->dir_ + "/" + kCfNames[cf] + ".sst"),
              writer_(rocksdb::EnvOptions(), Uncompressed(loader->core_->options),
                      loader->core_->cf[cf]) {}
        Status Open() { return FromRocks(writer_.Open(file_), "writing " + file_); }
        Status Put(std::string_view key, std::string_view value) {
            return FromRocks(writer_.Put(rocksdb::Slice(key.data(), key.size()),
                                         rocksdb::Slice(value.data(), value.size())),
                             "writing " + file_);
        }
        Status Finish(std::vector<rocksdb::IngestExternalFileArg>* args) {
            DOSSIER_RETURN_IF_ERROR(FromRocks(writer_.Finish(), "writing " + file_));
            rocksdb::IngestExternalFileArg arg;
            arg.column_family = loader_->core_->cf[cf_];
            arg.external_files = {file_};
            arg.options.move_files = true;
            std::lock_guard<std::mutex> lock(loader_->mu_);
            args->push_back(std::move(arg));
            return Status::OK();
        }

      private:
        // Uncompressed: compression took a tenth of the load's CPU time, and compactions
        // compress these files later anyway.
        static rocksdb::Options Uncompressed(rocksdb::Options options) {
            options.compression = rocksdb::kNoCompression;
            return options;
        }
        RocksBulkLoader* const loader_;
        const Cf cf_;
        const std::string file_;
        rocksdb::SstFileWriter writer_;
    };

    // Runs the tasks on up to four threads (fewer on fewer cores); the first error wins.
    static Status RunInParallel(std::vector<std::function<Status()>> tasks) {
        std::vector<Status> results(tasks.size());
        std::atomic<size_t> next{0};
        auto work = [&] {
            for (size_t i; (i = next.fetch_add(1)) < tasks.size();) results[i] = tasks[i]();
        };
        const unsigned threads =
            std::min<unsigned>(4, std::max(1u, std::thread::hardware_concurrency()));
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
        work();
        for (auto& t : pool) t.join();
        for (const Status& r : results) DOSSIER_RETURN_IF_ERROR(r);
        return Status::OK();
    }

    // Counters are written as their new absolute values, so the meta file is part of the same
    // atomic ingestion as the data it counts.
    Status WriteMeta(std::vector<rocksdb::IngestExternalFileArg>* args) {
        for (size_t i = 0; i < types_.size(); ++i) {
            counters_[keys::TypeCountKey(types_[i])] += type_counts_[i];
        }
        counters_[std::string(keys::kNodeCountKey)] += sorters_[kNodesCf]->added();
        counters_[std::string(keys::kEdgeCountKey)] += sorters_[kEdgesCf]->added();
        std::map<std::string, std::string> meta;
        for (const auto& [key, delta] : counters_) {
            DOSSIER_ASSIGN_OR_RETURN(uint64_t current, reader_.ReadCounter(key));
            meta[key] = keys::BigEndian64(current + delta);
        }
        meta[std::string(keys::kNextNodeIdKey)] = keys::BigEndian64(core_->next_node_id.load());
        meta[std::string(keys::kNextEdgeIdKey)] = keys::BigEndian64(core_->next_edge_id.load());
        SstWriter writer(this, kMetaCf);
        DOSSIER_RETURN_IF_ERROR(writer.Open());
        for (const auto& [key, value] : meta) DOSSIER_RETURN_IF_ERROR(writer.Put(key, value));
        return writer.Finish(args);
    }

    // Removes the load's directory and everything in it (runs and SST files not ingested).
    void RemoveFiles() {
        if (dir_.empty()) return;
        rocksdb::Env* env = core_->options.env;
        std::vector<std::string> children;
        if (env->GetChildren(dir_, &children).ok()) {
            for (const auto& f : children) {
                if (f != "." && f != "..") env->DeleteFile(dir_ + "/" + f).PermitUncheckedError();
            }
        }
        env->DeleteDir(dir_).PermitUncheckedError();
        dir_.clear();
    }

    StoreCore* const core_;
    const BulkLoadOptions options_;
    DbKvSource kv_;
    StoreReader reader_;
    bool db_empty_ = false;  // set by Init(); when false, ids are checked against the DB
    std::vector<PropertyIndex> indexes_;  // the store's property indexes, filled as nodes come
    bool finished_ = false;
    std::string dir_;  // the load's temporary directory, set by Init()
    std::array<std::unique_ptr<ExternalSorter>, kCfCount> sorters_;  // for kSortedCfs
    // The ids of the nodes added: the one structure that grows with the load outside the sort
    // budget (IdSet: 8-byte slots at most half full, 16 to 32 bytes per node).
    IdSet node_ids_;
    std::string record_;  // scratch for the record being added
    std::vector<std::string> types_;
    std::vector<uint64_t> type_counts_;  // by index into types_
    std::unordered_map<std::string, uint32_t> type_index_;
    uint32_t last_type_ = 0;
    std::map<std::string, uint64_t> counters_;  // label counts as added; the rest at Finish()
    std::mutex mu_;  // guards the ingestion arguments while families are written in parallel
};

}  // namespace

Result<std::unique_ptr<GraphStore::BulkLoader>> NewRocksBulkLoader(StoreCore* core,
                                                                   const BulkLoadOptions& options) {
    auto loader = std::make_unique<RocksBulkLoader>(core, options);
    DOSSIER_RETURN_IF_ERROR(loader->Init());
    return std::unique_ptr<GraphStore::BulkLoader>(std::move(loader));
}

}  // namespace dossier::graph
