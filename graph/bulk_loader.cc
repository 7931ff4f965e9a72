#include "graph/bulk_loader.h"

#include <rocksdb/sst_file_writer.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include "graph/id_set.h"
#include "graph/key_codec.h"
#include "graph/kv_source.h"
#include "graph/rocks_status.h"
#include "graph/store_reader.h"
#include "graph/value_codec.h"

namespace dossier::graph {

namespace {

struct NodeEntry {
    NodeId id;
    std::string record;
};

// Edge records live in one byte arena (RocksBulkLoader::edge_bytes_): a million small strings
// cost more in malloc and free than the rest of the load.
struct EdgeEntry {
    EdgeId id;
    NodeId src;
    NodeId dst;
    uint32_t type;    // index into RocksBulkLoader::types_
    uint32_t length;  // of the record in the arena
    uint64_t offset;
};

class RocksBulkLoader : public GraphStore::BulkLoader {
  public:
    explicit RocksBulkLoader(StoreCore* core) : core_(core), kv_(core), reader_(&kv_) {}
    ~RocksBulkLoader() override {
        RemoveFiles();
        if (!finished_) core_->writer_open.store(false);
    }

    Status Init() {
        DOSSIER_ASSIGN_OR_RETURN(uint64_t nodes, reader_.ReadCounter(keys::kNodeCountKey));
        DOSSIER_ASSIGN_OR_RETURN(uint64_t edges, reader_.ReadCounter(keys::kEdgeCountKey));
        db_empty_ = nodes == 0 && edges == 0;
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
        NodeEntry entry{node.id, {}};
        DOSSIER_RETURN_IF_ERROR(codec::EncodeNode(node, &entry.record));
        for (const auto& label : node.labels) {
            label_keys_.push_back(keys::LabelKey(label, node.id));
            ++counters_[keys::LabelCountKey(label)];
        }
        for (const auto& name : IndexedNames(node))
            name_keys_.push_back(keys::NameKey(name, node.id));
        node_ids_.Insert(node.id);
        nodes_.push_back(std::move(entry));
        StoreCore::Bump(&core_->next_node_id, node.id);
        return Status::OK();
    }

    Status AddEdge(const Edge& edge) override {
        DOSSIER_RETURN_IF_ERROR(CheckOpen());
        DOSSIER_RETURN_IF_ERROR(keys::CheckKeyString("relationship type", edge.type));
        // Ids added twice within this load are found when the edges are sorted (Finish).
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
        const size_t offset = edge_bytes_.size();
        Status s = codec::EncodeEdge(edge, &edge_bytes_);
        if (!s.ok()) {
            edge_bytes_.resize(offset);
            return s;
        }
        edges_.push_back(EdgeEntry{edge.id, edge.src, edge.dst, TypeIndex(edge.type),
                                   static_cast<uint32_t>(edge_bytes_.size() - offset), offset});
        StoreCore::Bump(&core_->next_edge_id, edge.id);
        return Status::OK();
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
    Status WriteAndIngest() {
        dir_ = core_->path + "/bulk-" + std::to_string(::getpid()) + "-tmp";
        DOSSIER_RETURN_IF_ERROR(
            FromRocks(core_->options.env->CreateDirIfMissing(dir_), "creating " + dir_));
        std::vector<rocksdb::IngestExternalFileArg> args;
        // Adjacency entries are built before the parallel part, which then shares only
        // read-only data: each task sorts and writes its own vectors.
        const TypeOrder order = RankTypes();
        std::vector<Adj> out_adj = AdjacencyEntries(order, /*out=*/true);
        std::vector<Adj> in_adj = AdjacencyEntries(order, /*out=*/false);
        for (const EdgeEntry& e : edges_) ++counters_[keys::TypeCountKey(types_[e.type])];
        DOSSIER_RETURN_IF_ERROR(RunInParallel({
            [&] { return WriteNodes(&args); },
            [&] { return WriteEdgeRecords(&args); },
            [&] { return WriteAdjacency(kOutCf, order, &out_adj, &args); },
            [&] { return WriteAdjacency(kInCf, order, &in_adj, &args); },
        }));
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
        if (inserted) types_.push_back(type);
        return it->second;
    }

    // Writes `count` sorted entries produced by `value = entry(i, &key)` into one SST file and
    // adds it to `args` (nothing when count is 0).
    template <typename Entry>
    Status WriteSst(Cf cf, size_t count, Entry entry,
                    std::vector<rocksdb::IngestExternalFileArg>* args) {
        if (count == 0) return Status::OK();
        const std::string file = dir_ + "/" + kCfNames[cf] + ".sst";
        // Uncompressed: compression took a tenth of the load's CPU time, and compactions
        // compress these files later anyway.
        rocksdb::Options options = core_->options;
        options.compression = rocksdb::kNoCompression;
        rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, core_->cf[cf]);
        DOSSIER_RETURN_IF_ERROR(FromRocks(writer.Open(file), "writing " + file));
        {
            std::lock_guard<std::mutex> lock(mu_);
            files_.push_back(file);
        }
        std::string key;
        for (size_t i = 0; i < count; ++i) {
            key.clear();
            const std::string_view value = entry(i, &key);
            DOSSIER_RETURN_IF_ERROR(FromRocks(
                writer.Put(key, rocksdb::Slice(value.data(), value.size())), "writing " + file));
        }
        DOSSIER_RETURN_IF_ERROR(FromRocks(writer.Finish(), "writing " + file));
        rocksdb::IngestExternalFileArg arg;
        arg.column_family = core_->cf[cf];
        arg.external_files = {file};
        arg.options.move_files = true;
        std::lock_guard<std::mutex> lock(mu_);
        args->push_back(std::move(arg));
        return Status::OK();
    }

    static Status WriteKeys(RocksBulkLoader* self, Cf cf, std::vector<std::string>* keys,
                            std::vector<rocksdb::IngestExternalFileArg>* args) {
        std::sort(keys->begin(), keys->end());
        keys->erase(std::unique(keys->begin(), keys->end()), keys->end());
        return self->WriteSst(
            cf, keys->size(),
            [keys](size_t i, std::string* k) {
                *k = (*keys)[i];
                return std::string_view();
            },
            args);
    }

    Status WriteNodes(std::vector<rocksdb::IngestExternalFileArg>* args) {
        std::sort(nodes_.begin(), nodes_.end(),
                  [](const NodeEntry& a, const NodeEntry& b) { return a.id < b.id; });
        DOSSIER_RETURN_IF_ERROR(WriteSst(
            kNodesCf, nodes_.size(),
            [this](size_t i, std::string* k) {
                keys::AppendBigEndian64(nodes_[i].id, k);
                return std::string_view(nodes_[i].record);
            },
            args));
        DOSSIER_RETURN_IF_ERROR(WriteKeys(this, kLabelsCf, &label_keys_, args));
        return WriteKeys(this, kNamesCf, &name_keys_, args);
    }

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

    // Types sort in keys by (length, bytes): ranking them lets adjacency entries sort as
    // fixed-size tuples. order[rank] = type index.
    struct TypeOrder {
        std::vector<uint32_t> order;
        std::vector<uint32_t> rank;
    };
    TypeOrder RankTypes() const {
        TypeOrder t;
        t.order.resize(types_.size());
        for (uint32_t i = 0; i < t.order.size(); ++i) t.order[i] = i;
        std::sort(t.order.begin(), t.order.end(), [this](uint32_t a, uint32_t b) {
            return keys::AdjacencyPrefix(0, types_[a]) < keys::AdjacencyPrefix(0, types_[b]);
        });
        t.rank.resize(types_.size());
        for (uint32_t r = 0; r < t.order.size(); ++r) t.rank[t.order[r]] = r;
        return t;
    }

    struct Adj {
        NodeId node;
        uint32_t rank;
        NodeId other;
        EdgeId edge;
        auto operator<=>(const Adj&) const = default;
    };
    std::vector<Adj> AdjacencyEntries(const TypeOrder& order, bool out) const {
        std::vector<Adj> adj(edges_.size());
        for (size_t i = 0; i < edges_.size(); ++i) {
            const EdgeEntry& e = edges_[i];
            adj[i] = Adj{out ? e.src : e.dst, order.rank[e.type], out ? e.dst : e.src, e.id};
        }
        return adj;
    }

    Status WriteAdjacency(Cf cf, const TypeOrder& order, std::vector<Adj>* adj,
                          std::vector<rocksdb::IngestExternalFileArg>* args) {
        std::sort(adj->begin(), adj->end());
        return WriteSst(
            cf, adj->size(),
            [&](size_t i, std::string* k) {
                const Adj& a = (*adj)[i];
                keys::AppendBigEndian64(a.node, k);
                const std::string& type = types_[order.order[a.rank]];
                k->push_back(static_cast<char>(type.size()));
                k->append(type);
                keys::AppendBigEndian64(a.other, k);
                keys::AppendBigEndian64(a.edge, k);
                return std::string_view();
            },
            args);
    }

    Status WriteEdgeRecords(std::vector<rocksdb::IngestExternalFileArg>* args) {
        std::sort(edges_.begin(), edges_.end(),
                  [](const EdgeEntry& a, const EdgeEntry& b) { return a.id < b.id; });
        for (size_t i = 1; i < edges_.size(); ++i) {
            if (edges_[i].id == edges_[i - 1].id) {
                return Status::InvalidArgument("edge " + std::to_string(edges_[i].id) +
                                               " was added twice to one bulk load");
            }
        }
        return WriteSst(
            kEdgesCf, edges_.size(),
            [this](size_t i, std::string* k) {
                keys::AppendBigEndian64(edges_[i].id, k);
                return std::string_view(edge_bytes_).substr(edges_[i].offset, edges_[i].length);
            },
            args);
    }

    // Counters are written as their new absolute values, so the meta file is part of the same
    // atomic ingestion as the data it counts.
    Status WriteMeta(std::vector<rocksdb::IngestExternalFileArg>* args) {
        std::map<std::string, std::string> meta;
        counters_[std::string(keys::kNodeCountKey)] += nodes_.size();
        counters_[std::string(keys::kEdgeCountKey)] += edges_.size();
        for (const auto& [key, delta] : counters_) {
            DOSSIER_ASSIGN_OR_RETURN(uint64_t current, reader_.ReadCounter(key));
            meta[key] = keys::BigEndian64(current + delta);
        }
        meta[std::string(keys::kNextNodeIdKey)] = keys::BigEndian64(core_->next_node_id.load());
        meta[std::string(keys::kNextEdgeIdKey)] = keys::BigEndian64(core_->next_edge_id.load());
        auto it = meta.begin();
        return WriteSst(
            kMetaCf, meta.size(),
            [&it](size_t, std::string* k) {
                *k = it->first;
                return std::string_view((it++)->second);
            },
            args);
    }

    void RemoveFiles() {
        if (dir_.empty()) return;
        for (const auto& f : files_) core_->options.env->DeleteFile(f).PermitUncheckedError();
        core_->options.env->DeleteDir(dir_).PermitUncheckedError();
        files_.clear();
        dir_.clear();
    }

    StoreCore* const core_;
    DbKvSource kv_;
    StoreReader reader_;
    bool db_empty_ = false;  // set by Init(); when false, ids are checked against the DB
    bool finished_ = false;
    std::vector<NodeEntry> nodes_;
    IdSet node_ids_;
    std::vector<std::string> label_keys_;
    std::vector<std::string> name_keys_;
    std::vector<EdgeEntry> edges_;
    std::string edge_bytes_;
    std::vector<std::string> types_;
    std::unordered_map<std::string, uint32_t> type_index_;
    uint32_t last_type_ = 0;
    std::map<std::string, uint64_t> counters_;
    std::string dir_;
    std::mutex mu_;  // guards files_ and the ingestion arguments while files are written
    std::vector<std::string> files_;
};

}  // namespace

Result<std::unique_ptr<GraphStore::BulkLoader>> NewRocksBulkLoader(StoreCore* core) {
    auto loader = std::make_unique<RocksBulkLoader>(core);
    DOSSIER_RETURN_IF_ERROR(loader->Init());
    return std::unique_ptr<GraphStore::BulkLoader>(std::move(loader));
}

}  // namespace dossier::graph
