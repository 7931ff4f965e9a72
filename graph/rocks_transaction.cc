#include "graph/rocks_transaction.h"

#include <algorithm>
#include <set>

#include "graph/dcheck.h"
#include "graph/key_codec.h"
#include "graph/prefix_scan.h"
#include "graph/rocks_status.h"
#include "graph/value_codec.h"

namespace dossier::graph {

namespace {

// Forward iteration over a column family's pending writes laid over a database iterator: a
// pending write hides the stored entry of its key, a pending delete hides the key. Supports
// what PrefixScan needs (SeekToFirst, Seek, Next); backward moves report NotSupported. The
// pending writes may change while the iterator is open (std::map iterators stay valid).
class OverlayIterator : public rocksdb::Iterator {
  public:
    OverlayIterator(const RocksTransaction::Writes* writes, std::unique_ptr<rocksdb::Iterator> base,
                    const rocksdb::Slice* upper_bound)
        : writes_(writes), base_(std::move(base)), upper_bound_(upper_bound) {}

    bool Valid() const override { return valid_ && status_.ok(); }
    void SeekToFirst() override {
        base_->SeekToFirst();
        pos_ = writes_->begin();
        Settle();
    }
    void Seek(const rocksdb::Slice& target) override {
        base_->Seek(target);
        pos_ = writes_->lower_bound(std::string_view(target.data(), target.size()));
        Settle();
    }
    void Next() override {
        if (!valid_) return;
        if (from_writes_) {
            ++pos_;
        } else {
            base_->Next();
        }
        Settle();
    }
    void SeekToLast() override { Unsupported(); }
    void SeekForPrev(const rocksdb::Slice&) override { Unsupported(); }
    void Prev() override { Unsupported(); }
    rocksdb::Slice key() const override {
        if (from_writes_) return rocksdb::Slice(pos_->first);
        return base_->key();
    }
    rocksdb::Slice value() const override {
        if (from_writes_) return rocksdb::Slice(*pos_->second);
        return base_->value();
    }
    rocksdb::Status status() const override {
        if (!status_.ok()) return status_;
        return base_->status();
    }

  private:
    void Unsupported() {
        valid_ = false;
        status_ = rocksdb::Status::NotSupported("backward iteration over a transaction");
    }

    bool PendingInRange() const {
        if (pos_ == writes_->end()) return false;
        return upper_bound_ == nullptr || rocksdb::Slice(pos_->first).compare(*upper_bound_) < 0;
    }

    // Moves to the first visible entry at or after the current positions.
    void Settle() {
        for (;;) {
            const bool pending = PendingInRange();
            const bool stored = base_->Valid();
            if (!pending && !stored) {
                valid_ = false;
                return;
            }
            int cmp = 0;  // < 0: the pending write comes first
            if (pending && stored) {
                cmp = rocksdb::Slice(pos_->first).compare(base_->key());
            } else {
                cmp = pending ? -1 : 1;
            }
            if (cmp > 0) {
                from_writes_ = false;
                valid_ = true;
                return;
            }
            if (cmp == 0) base_->Next();  // the pending write replaces the stored entry
            if (pos_->second.has_value()) {
                from_writes_ = true;
                valid_ = true;
                return;
            }
            ++pos_;  // a pending delete
        }
    }

    const RocksTransaction::Writes* const writes_;
    std::unique_ptr<rocksdb::Iterator> base_;
    const rocksdb::Slice* const upper_bound_;
    RocksTransaction::Writes::const_iterator pos_;
    bool from_writes_ = false;
    bool valid_ = false;
    rocksdb::Status status_;
};

}  // namespace

class RocksTransaction::BatchKvSource : public KvSource {
  public:
    BatchKvSource(StoreCore* core, const std::array<Writes, kCfCount>* writes)
        : core_(core), writes_(writes) {}
    rocksdb::Status Get(Cf cf, std::string_view key, std::string* value) const override {
        const Writes& w = (*writes_)[cf];
        if (auto it = w.find(key); it != w.end()) {
            if (!it->second.has_value()) return rocksdb::Status::NotFound();
            *value = *it->second;
            return rocksdb::Status::OK();
        }
        return core_->db->Get(rocksdb::ReadOptions(), core_->cf[cf],
                              rocksdb::Slice(key.data(), key.size()), value);
    }
    std::unique_ptr<rocksdb::Iterator> NewIterator(
        Cf cf, const rocksdb::Slice* upper_bound) const override {
        rocksdb::ReadOptions ro;
        ro.iterate_upper_bound = upper_bound;
        std::unique_ptr<rocksdb::Iterator> base(core_->db->NewIterator(ro, core_->cf[cf]));
        return std::make_unique<OverlayIterator>(&(*writes_)[cf], std::move(base), upper_bound);
    }

  private:
    StoreCore* const core_;
    const std::array<Writes, kCfCount>* const writes_;
};

namespace {

Status ConstraintError(std::string message) {
    return Status(Status::Code::kConstraintError, std::move(message));
}

// Node labels as stored: sorted, without duplicates.
std::vector<std::string> CanonicalLabels(std::vector<std::string> labels) {
    std::sort(labels.begin(), labels.end());
    labels.erase(std::unique(labels.begin(), labels.end()), labels.end());
    return labels;
}

}  // namespace

RocksTransaction::RocksTransaction(StoreCore* core)
    : core_(core), kv_(std::make_unique<BatchKvSource>(core, &writes_)), reader_(kv_.get()) {
    DOSSIER_DCHECK(core_->writer_open.load());
}

RocksTransaction::~RocksTransaction() {
    if (!committed_) core_->writer_open.store(false);
}

Status RocksTransaction::CheckOpen() const {
    if (committed_) return Status::InvalidArgument("the transaction has already been committed");
    return Status::OK();
}

Status RocksTransaction::Put(Cf cf, const std::string& key, std::string_view value) {
    writes_[cf].insert_or_assign(key, std::string(value));
    return Status::OK();
}

Status RocksTransaction::Delete(Cf cf, const std::string& key) {
    writes_[cf].insert_or_assign(key, std::nullopt);
    return Status::OK();
}

std::vector<std::string> RocksTransaction::Labels() const {
    auto counters = reader_.ReadCounters(keys::kLabelCountPrefix);
    std::map<std::string, int64_t> deltas;
    for (const auto& [k, d] : counter_deltas_) {
        if (k.starts_with(keys::kLabelCountPrefix))
            deltas[k.substr(keys::kLabelCountPrefix.size())] = d;
    }
    return PositiveKeys(counters.ok() ? *counters : std::map<std::string, uint64_t>{}, deltas);
}

std::vector<std::string> RocksTransaction::EdgeTypes() const {
    auto counters = reader_.ReadCounters(keys::kTypeCountPrefix);
    std::map<std::string, int64_t> deltas;
    for (const auto& [k, d] : counter_deltas_) {
        if (k.starts_with(keys::kTypeCountPrefix))
            deltas[k.substr(keys::kTypeCountPrefix.size())] = d;
    }
    return PositiveKeys(counters.ok() ? *counters : std::map<std::string, uint64_t>{}, deltas);
}

Status RocksTransaction::RemoveNodeIndexes(const Node& node) {
    for (const auto& label : node.labels) {
        DOSSIER_RETURN_IF_ERROR(Delete(kLabelsCf, keys::LabelKey(label, node.id)));
        --counter_deltas_[keys::LabelCountKey(label)];
    }
    for (const auto& name : IndexedNames(node)) {
        DOSSIER_RETURN_IF_ERROR(Delete(kNamesCf, keys::NameKey(name, node.id)));
    }
    for (const auto& key : PropertyIndexKeys(node, CachedIndexes())) {
        DOSSIER_RETURN_IF_ERROR(Delete(kLabelsCf, key));
    }
    return Status::OK();
}

const std::vector<PropertyIndex>& RocksTransaction::CachedIndexes() {
    if (!indexes_) indexes_ = reader_.Indexes();
    return *indexes_;
}

Status RocksTransaction::CreateIndex(const PropertyIndex& input) {
    DOSSIER_RETURN_IF_ERROR(CheckOpen());
    DOSSIER_RETURN_IF_ERROR(keys::CheckKeyString("label", input.label));
    DOSSIER_RETURN_IF_ERROR(keys::CheckKeyString("property", input.property));
    PropertyIndex index = input;
    if (index.name.empty()) index.name = "index_" + index.label + "_" + index.property;
    for (const PropertyIndex& other : CachedIndexes()) {
        if (other.label == index.label && other.property == index.property) {
            return Status::InvalidArgument("an index on :" + index.label + "(" + index.property +
                                           ") already exists: " + other.name);
        }
        if (other.name == index.name) {
            return Status::InvalidArgument("an index named " + index.name + " already exists");
        }
    }
    DOSSIER_RETURN_IF_ERROR(
        Put(kMetaCf, keys::IndexDefKey(index.label, index.property), index.name));
    // Fill it from the nodes of the label (ids first: writing while scanning would disturb the
    // scan of this transaction's own writes).
    std::vector<NodeId> ids;
    auto it = reader_.ScanLabel(index.label);
    for (; it->Valid(); it->Next()) ids.push_back(it->id());
    DOSSIER_RETURN_IF_ERROR(it->status());
    for (NodeId id : ids) {
        DOSSIER_ASSIGN_OR_RETURN(Node node, reader_.GetNode(id));
        for (const auto& key : PropertyIndexKeys(node, {index})) {
            DOSSIER_RETURN_IF_ERROR(Put(kLabelsCf, key, {}));
        }
    }
    CachedIndexes();
    indexes_->push_back(std::move(index));
    return Status::OK();
}

Status RocksTransaction::DropIndex(std::string_view name) {
    DOSSIER_RETURN_IF_ERROR(CheckOpen());
    auto& indexes = const_cast<std::vector<PropertyIndex>&>(CachedIndexes());
    auto found = std::find_if(indexes.begin(), indexes.end(),
                              [name](const PropertyIndex& i) { return i.name == name; });
    if (found == indexes.end()) {
        return Status::NotFound("there is no index named " + std::string(name));
    }
    std::vector<std::string> entries;
    const std::string prefix = keys::PropertyIndexPrefix(found->label, found->property);
    for (PrefixScan scan(*kv_, kLabelsCf, prefix); scan.Valid(); scan.Next()) {
        entries.emplace_back(scan.key());
    }
    for (const auto& key : entries) DOSSIER_RETURN_IF_ERROR(Delete(kLabelsCf, key));
    DOSSIER_RETURN_IF_ERROR(Delete(kMetaCf, keys::IndexDefKey(found->label, found->property)));
    indexes.erase(found);
    return Status::OK();
}

Status RocksTransaction::RemoveEdgeEntries(const Edge& edge) {
    DOSSIER_RETURN_IF_ERROR(
        Delete(kOutCf, keys::AdjacencyKey(edge.src, edge.type, edge.dst, edge.id)));
    DOSSIER_RETURN_IF_ERROR(
        Delete(kInCf, keys::AdjacencyKey(edge.dst, edge.type, edge.src, edge.id)));
    --counter_deltas_[keys::TypeCountKey(edge.type)];
    return Status::OK();
}

Status RocksTransaction::PutNode(const Node& input) {
    DOSSIER_RETURN_IF_ERROR(CheckOpen());
    Node node = input;
    node.labels = CanonicalLabels(std::move(node.labels));
    for (const auto& label : node.labels)
        DOSSIER_RETURN_IF_ERROR(keys::CheckKeyString("label", label));
    std::string record;
    DOSSIER_RETURN_IF_ERROR(codec::EncodeNode(node, &record));

    auto old = reader_.GetNode(node.id);
    if (old.ok()) {
        DOSSIER_RETURN_IF_ERROR(RemoveNodeIndexes(*old));
    } else if (old.status().IsNotFound()) {
        ++counter_deltas_[std::string(keys::kNodeCountKey)];
    } else {
        return old.status();
    }
    DOSSIER_RETURN_IF_ERROR(Put(kNodesCf, keys::NodeKey(node.id), record));
    for (const auto& label : node.labels) {
        DOSSIER_RETURN_IF_ERROR(Put(kLabelsCf, keys::LabelKey(label, node.id), {}));
        ++counter_deltas_[keys::LabelCountKey(label)];
    }
    for (const auto& name : IndexedNames(node)) {
        DOSSIER_RETURN_IF_ERROR(Put(kNamesCf, keys::NameKey(name, node.id), {}));
    }
    for (const auto& key : PropertyIndexKeys(node, CachedIndexes())) {
        DOSSIER_RETURN_IF_ERROR(Put(kLabelsCf, key, {}));
    }
    StoreCore::Bump(&core_->next_node_id, node.id);
    known_nodes_.Insert(node.id);
    return Status::OK();
}

Status RocksTransaction::PutEdge(const Edge& edge) {
    DOSSIER_RETURN_IF_ERROR(CheckOpen());
    DOSSIER_RETURN_IF_ERROR(keys::CheckKeyString("relationship type", edge.type));
    for (NodeId end : {edge.src, edge.dst}) {
        if (known_nodes_.Contains(end)) continue;
        if (reader_.HasNode(end)) {
            known_nodes_.Insert(end);
        } else {
            return Status::InvalidArgument("edge " + std::to_string(edge.id) + " (:" + edge.type +
                                           ") refers to node " + std::to_string(end) +
                                           ", which does not exist");
        }
    }
    std::string record;
    DOSSIER_RETURN_IF_ERROR(codec::EncodeEdge(edge, &record));

    auto old = reader_.GetEdge(edge.id);
    if (old.ok()) {
        DOSSIER_RETURN_IF_ERROR(RemoveEdgeEntries(*old));
    } else if (old.status().IsNotFound()) {
        ++counter_deltas_[std::string(keys::kEdgeCountKey)];
    } else {
        return old.status();
    }
    DOSSIER_RETURN_IF_ERROR(Put(kEdgesCf, keys::EdgeKey(edge.id), record));
    DOSSIER_RETURN_IF_ERROR(
        Put(kOutCf, keys::AdjacencyKey(edge.src, edge.type, edge.dst, edge.id), {}));
    DOSSIER_RETURN_IF_ERROR(
        Put(kInCf, keys::AdjacencyKey(edge.dst, edge.type, edge.src, edge.id), {}));
    ++counter_deltas_[keys::TypeCountKey(edge.type)];
    StoreCore::Bump(&core_->next_edge_id, edge.id);
    return Status::OK();
}

Status RocksTransaction::DeleteEdge(EdgeId id) {
    DOSSIER_RETURN_IF_ERROR(CheckOpen());
    DOSSIER_ASSIGN_OR_RETURN(Edge old, reader_.GetEdge(id));
    DOSSIER_RETURN_IF_ERROR(RemoveEdgeEntries(old));
    DOSSIER_RETURN_IF_ERROR(Delete(kEdgesCf, keys::EdgeKey(id)));
    --counter_deltas_[std::string(keys::kEdgeCountKey)];
    return Status::OK();
}

Status RocksTransaction::DeleteNode(NodeId id, bool detach) {
    DOSSIER_RETURN_IF_ERROR(CheckOpen());
    DOSSIER_ASSIGN_OR_RETURN(Node old, reader_.GetNode(id));
    // Collect first: deleting while iterating the batch would disturb the iterator.
    std::set<EdgeId> edges;
    auto it = reader_.Adjacent(id, Direction::kBoth, std::nullopt);
    for (; it->Valid(); it->Next()) {
        if (!detach) {
            return ConstraintError("Cannot delete node " + std::to_string(id) +
                                   ", because it still has relationships. To delete this node, "
                                   "you must first delete its relationships.");
        }
        edges.insert(it->entry().edge);
    }
    DOSSIER_RETURN_IF_ERROR(it->status());
    for (EdgeId e : edges) DOSSIER_RETURN_IF_ERROR(DeleteEdge(e));
    DOSSIER_RETURN_IF_ERROR(RemoveNodeIndexes(old));
    DOSSIER_RETURN_IF_ERROR(Delete(kNodesCf, keys::NodeKey(id)));
    known_nodes_.Erase(id);
    --counter_deltas_[std::string(keys::kNodeCountKey)];
    return Status::OK();
}

NodeId RocksTransaction::NewNodeId() {
    return core_->next_node_id.fetch_add(1);
}
EdgeId RocksTransaction::NewEdgeId() {
    return core_->next_edge_id.fetch_add(1);
}

Status RocksTransaction::ApplyCounters() {
    for (const auto& [key, delta] : counter_deltas_) {
        if (delta == 0) continue;
        DOSSIER_ASSIGN_OR_RETURN(uint64_t current, reader_.ReadCounter(key));
        const int64_t next = static_cast<int64_t>(current) + delta;
        if (next <= 0 &&
            (key.starts_with(keys::kLabelCountPrefix) || key.starts_with(keys::kTypeCountPrefix))) {
            DOSSIER_RETURN_IF_ERROR(Delete(kMetaCf, key));  // label/type no longer used
        } else {
            DOSSIER_RETURN_IF_ERROR(
                Put(kMetaCf, key,
                    keys::BigEndian64(static_cast<uint64_t>(std::max<int64_t>(next, 0)))));
        }
    }
    DOSSIER_RETURN_IF_ERROR(Put(kMetaCf, std::string(keys::kNextNodeIdKey),
                                keys::BigEndian64(core_->next_node_id.load())));
    return Put(kMetaCf, std::string(keys::kNextEdgeIdKey),
               keys::BigEndian64(core_->next_edge_id.load()));
}

Status RocksTransaction::SortedBatch(rocksdb::WriteBatch* out) {
    for (int cf = 0; cf < kCfCount; ++cf) {
        for (const auto& [key, value] : writes_[cf]) {
            const rocksdb::Status s = value.has_value() ? out->Put(core_->cf[cf], key, *value)
                                                        : out->Delete(core_->cf[cf], key);
            DOSSIER_RETURN_IF_ERROR(FromRocks(s, "preparing the commit"));
        }
    }
    return Status::OK();
}

Status RocksTransaction::Commit() {
    DOSSIER_RETURN_IF_ERROR(CheckOpen());
    DOSSIER_RETURN_IF_ERROR(ApplyCounters());
    // Each key's last write once, in key order: superseded versions (an entity rewritten per
    // mention) are not written, and the memtable inserts each key next to the previous one,
    // which costs far less than inserts in random order.
    rocksdb::WriteBatch sorted;
    DOSSIER_RETURN_IF_ERROR(SortedBatch(&sorted));
    committed_ = true;
    const Status s =
        FromRocks(core_->db->Write(core_->write_options, &sorted), "committing to " + core_->path);
    // A finished transaction no longer counts as the store's writer.
    core_->writer_open.store(false);
    return s;
}

}  // namespace dossier::graph
