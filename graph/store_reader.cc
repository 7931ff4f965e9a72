#include "graph/store_reader.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include "graph/dcheck.h"
#include "graph/key_codec.h"
#include "graph/prefix_scan.h"
#include "graph/rocks_status.h"
#include "graph/value_codec.h"

namespace dossier::graph {

namespace {

// Fills the edge, neighbour and type of `entry` from an adjacency key (the direction is the
// caller's to set).
Status DecodeAdjacencyEntry(std::string_view key, Adjacency* entry) {
    keys::AdjacencyParts parts;
    DOSSIER_RETURN_IF_ERROR(keys::DecodeAdjacencyKey(key, &parts));
    entry->edge = parts.edge;
    entry->neighbour = parts.other;
    entry->type.assign(parts.type);
    return Status::OK();
}

// Ids from the keys of one prefix scan: the whole key (nodes, edges) or its last 8 bytes.
class ScanIdIterator : public IdIterator {
  public:
    explicit ScanIdIterator(std::unique_ptr<PrefixScan> scan) : scan_(std::move(scan)) { Load(); }
    bool Valid() const override { return valid_; }
    void Next() override {
        scan_->Next();
        Load();
    }
    uint64_t id() const override {
        DOSSIER_DCHECK(valid_);
        return id_;
    }
    Status status() const override { return status_.ok() ? scan_->status() : status_; }

  private:
    void Load() {
        valid_ = scan_->Valid();
        if (!valid_) return;
        status_ = keys::TrailingId(scan_->key(), &id_);
        valid_ = status_.ok();
    }
    std::unique_ptr<PrefixScan> scan_;
    bool valid_ = false;
    uint64_t id_ = 0;
    Status status_;
};

// Adjacency entries from up to two scans: out-edges, then in-edges.
class ScanAdjacencyIterator : public AdjacencyIterator {
  public:
    ScanAdjacencyIterator(const KvSource& kv, std::string prefix, bool out, bool in)
        : kv_(kv), prefix_(std::move(prefix)), pending_in_(out && in) {
        Start(out ? Direction::kOut : Direction::kIn);
    }
    bool Valid() const override { return valid_; }
    void Next() override {
        scan_->Next();
        Load();
    }
    const Adjacency& entry() const override {
        DOSSIER_DCHECK(valid_);
        return entry_;
    }
    Status status() const override { return status_.ok() ? scan_->status() : status_; }

  private:
    void Start(Direction dir) {
        entry_.direction = dir;
        scan_ = std::make_unique<PrefixScan>(kv_, dir == Direction::kOut ? kOutCf : kInCf, prefix_);
        Load();
    }
    void Load() {
        valid_ = scan_->Valid();
        if (!valid_) {
            if (pending_in_ && scan_->status().ok()) {
                pending_in_ = false;
                Start(Direction::kIn);
            }
            return;
        }
        status_ = DecodeAdjacencyEntry(scan_->key(), &entry_);
        valid_ = status_.ok();
    }
    const KvSource& kv_;
    const std::string prefix_;
    bool pending_in_;
    std::unique_ptr<PrefixScan> scan_;
    bool valid_ = false;
    Adjacency entry_;
    Status status_;
};

std::string AdjPrefix(NodeId node, std::optional<std::string_view> type) {
    return type ? keys::AdjacencyPrefix(node, *type) : keys::AdjacencyPrefix(node);
}

// The AdjacencyCursor: one RocksDB iterator per direction, made at the first seek in that
// direction and re-seeked afterwards. Without an upper bound (it changes with every seek), the
// prefix test ends each scan.
class ReusedAdjacencyCursor : public AdjacencyCursor {
  public:
    explicit ReusedAdjacencyCursor(const KvSource& kv) : kv_(kv) {}
    void Seek(NodeId node, Direction dir, std::optional<std::string_view> type) override {
        prefix_ = AdjPrefix(node, type);
        status_ = Status::OK();
        pending_in_ = dir == Direction::kBoth;
        Start(dir == Direction::kIn ? Direction::kIn : Direction::kOut);
    }
    bool Valid() const override { return valid_; }
    void Next() override {
        it_->Next();
        Load();
    }
    const Adjacency& entry() const override { return entry_; }
    Status status() const override { return status_; }

  private:
    void Start(Direction dir) {
        entry_.direction = dir;
        const bool out = dir == Direction::kOut;
        std::unique_ptr<rocksdb::Iterator>& it = out ? out_ : in_;
        if (!it) it = kv_.NewIterator(out ? kOutCf : kInCf, nullptr);
        it_ = it.get();
        it_->Seek(rocksdb::Slice(prefix_));
        Load();
    }
    void Load() {
        valid_ = it_->Valid() && it_->key().starts_with(rocksdb::Slice(prefix_));
        if (!valid_) {
            if (!it_->status().ok()) {
                status_ = FromRocks(it_->status(), "reading the database");
            } else if (pending_in_) {
                pending_in_ = false;
                Start(Direction::kIn);
            }
            return;
        }
        const rocksdb::Slice key = it_->key();
        status_ = DecodeAdjacencyEntry(std::string_view(key.data(), key.size()), &entry_);
        valid_ = status_.ok();
    }
    const KvSource& kv_;
    std::string prefix_;
    bool pending_in_ = false;
    std::unique_ptr<rocksdb::Iterator> out_;
    std::unique_ptr<rocksdb::Iterator> in_;
    rocksdb::Iterator* it_ = nullptr;
    bool valid_ = false;
    Adjacency entry_;
    Status status_;
};

}  // namespace

Result<Node> StoreReader::GetNode(NodeId id) const {
    std::string value;
    const rocksdb::Status s = kv_->Get(kNodesCf, keys::NodeKey(id), &value);
    if (s.IsNotFound()) return Status::NotFound("node " + std::to_string(id) + " not found");
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "reading node " + std::to_string(id)));
    Node node;
    DOSSIER_RETURN_IF_ERROR(codec::DecodeNode(id, value, &node));
    return node;
}

std::vector<Result<Node>> StoreReader::GetNodes(const std::vector<NodeId>& ids) const {
    // MultiGet wants its keys in order: read them sorted, answer in the callers' order.
    std::vector<size_t> order(ids.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return ids[a] < ids[b]; });
    std::vector<std::string> keys;
    keys.reserve(ids.size());
    for (size_t i : order) keys.push_back(keys::NodeKey(ids[i]));
    std::vector<std::string> values;
    std::vector<rocksdb::Status> statuses;
    kv_->MultiGet(kNodesCf, keys, &values, &statuses);
    std::vector<Result<Node>> out(ids.size(), Status::NotFound(""));
    for (size_t k = 0; k < order.size(); ++k) {
        const NodeId id = ids[order[k]];
        Result<Node>& slot = out[order[k]];
        if (statuses[k].IsNotFound()) {
            slot = Status::NotFound("node " + std::to_string(id) + " not found");
            continue;
        }
        if (Status s = FromRocks(statuses[k], "reading node " + std::to_string(id)); !s.ok()) {
            slot = s;
            continue;
        }
        Node node;
        if (Status s = codec::DecodeNode(id, values[k], &node); !s.ok()) {
            slot = s;
            continue;
        }
        slot = std::move(node);
    }
    return out;
}

Result<Edge> StoreReader::GetEdge(EdgeId id) const {
    std::string value;
    const rocksdb::Status s = kv_->Get(kEdgesCf, keys::EdgeKey(id), &value);
    if (s.IsNotFound()) return Status::NotFound("edge " + std::to_string(id) + " not found");
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "reading edge " + std::to_string(id)));
    Edge edge;
    DOSSIER_RETURN_IF_ERROR(codec::DecodeEdge(id, value, &edge));
    return edge;
}

bool StoreReader::HasNode(NodeId id) const {
    std::string value;
    return kv_->Get(kNodesCf, keys::NodeKey(id), &value).ok();
}

bool StoreReader::HasLabel(NodeId id, std::string_view label) const {
    std::string value;
    return kv_->Get(kLabelsCf, keys::LabelKey(label, id), &value).ok();
}

bool StoreReader::HasEdge(EdgeId id) const {
    std::string value;
    return kv_->Get(kEdgesCf, keys::EdgeKey(id), &value).ok();
}

std::unique_ptr<IdIterator> StoreReader::ScanNodes() const {
    return std::make_unique<ScanIdIterator>(std::make_unique<PrefixScan>(*kv_, kNodesCf, ""));
}

std::unique_ptr<IdIterator> StoreReader::ScanEdges() const {
    return std::make_unique<ScanIdIterator>(std::make_unique<PrefixScan>(*kv_, kEdgesCf, ""));
}

std::unique_ptr<IdIterator> StoreReader::ScanLabel(std::string_view label) const {
    return std::make_unique<ScanIdIterator>(
        std::make_unique<PrefixScan>(*kv_, kLabelsCf, keys::LabelPrefix(label)));
}

std::vector<NodeId> StoreReader::FindByName(std::string_view name) const {
    std::vector<NodeId> ids;
    const std::string normalized = NormalizeName(name);
    if (normalized.empty()) return ids;
    for (PrefixScan scan(*kv_, kNamesCf, keys::NamePrefix(normalized)); scan.Valid(); scan.Next()) {
        uint64_t id;
        if (keys::TrailingId(scan.key(), &id).ok()) ids.push_back(id);
    }
    return ids;
}

std::vector<NameEntry> StoreReader::FindByNamePrefix(std::string_view prefix, size_t limit) const {
    std::vector<NameEntry> entries;
    const std::string normalized = NormalizeName(prefix);
    if (normalized.empty()) return entries;
    for (PrefixScan scan(*kv_, kNamesCf, normalized); scan.Valid() && entries.size() < limit;
         scan.Next()) {
        const std::string_view key = scan.key();
        const size_t end = key.find('\0');
        uint64_t id;
        if (end == std::string_view::npos || !keys::TrailingId(key, &id).ok()) continue;
        entries.push_back({std::string(key.substr(0, end)), id});
    }
    return entries;
}

std::unique_ptr<AdjacencyIterator> StoreReader::Adjacent(
    NodeId node, Direction dir, std::optional<std::string_view> type) const {
    return std::make_unique<ScanAdjacencyIterator>(*kv_, AdjPrefix(node, type),
                                                   dir != Direction::kIn, dir != Direction::kOut);
}

std::unique_ptr<AdjacencyCursor> StoreReader::NewAdjacencyCursor() const {
    return std::make_unique<ReusedAdjacencyCursor>(*kv_);
}

uint64_t StoreReader::Degree(NodeId node, Direction dir,
                             std::optional<std::string_view> type) const {
    const std::string prefix = AdjPrefix(node, type);
    uint64_t n = 0;
    if (dir != Direction::kIn) {
        for (PrefixScan scan(*kv_, kOutCf, prefix); scan.Valid(); scan.Next()) ++n;
    }
    if (dir != Direction::kOut) {
        for (PrefixScan scan(*kv_, kInCf, prefix); scan.Valid(); scan.Next()) ++n;
    }
    return n;
}

std::vector<PropertyIndex> StoreReader::Indexes() const {
    std::vector<PropertyIndex> out;
    for (PrefixScan scan(*kv_, kMetaCf, std::string(keys::kIndexDefPrefix)); scan.Valid();
         scan.Next()) {
        PropertyIndex index;
        if (!keys::DecodeIndexDefKey(scan.key().substr(keys::kIndexDefPrefix.size()), &index.label,
                                     &index.property)) {
            continue;
        }
        index.name = std::string(scan.value());
        out.push_back(std::move(index));
    }
    return out;
}

namespace {

// A bound converted to the kind stored under `tag`: the same value, or for numbers the nearest
// value of the other kind that keeps the bound inclusive (rounded inwards for floats met by
// integers). nullopt when no value of that kind can satisfy the bound.
std::optional<std::string> BoundKey(const Value& bound, char tag, bool lower) {
    if (tag == keys::kIndexInt && bound.is_float()) {
        const double f = bound.as_float();
        if (std::isnan(f)) return std::nullopt;
        const double r = lower ? std::ceil(f) : std::floor(f);
        constexpr double kLimit = 9223372036854775808.0;  // 2^63
        if (r >= kLimit) return lower ? std::nullopt : keys::IndexValueKey(Value(INT64_MAX));
        if (r < -kLimit) return lower ? keys::IndexValueKey(Value(INT64_MIN)) : std::nullopt;
        return keys::IndexValueKey(Value(static_cast<int64_t>(r)));
    }
    if (tag == keys::kIndexFloat && bound.is_int()) {
        return keys::IndexValueKey(Value(static_cast<double>(bound.as_int())));
    }
    return keys::IndexValueKey(bound);
}

char KindTag(const Value& v) {
    auto key = keys::IndexValueKey(v);
    return key ? (*key)[0] : 0;
}

}  // namespace

Result<std::vector<NodeId>> StoreReader::SeekIndex(std::string_view label,
                                                   std::string_view property,
                                                   const std::optional<Value>& lower,
                                                   const std::optional<Value>& upper) const {
    std::string def;
    const rocksdb::Status s = kv_->Get(kMetaCf, keys::IndexDefKey(label, property), &def);
    if (s.IsNotFound()) {
        return Status::NotFound("there is no index on :" + std::string(label) + "(" +
                                std::string(property) + ")");
    }
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "reading the index definitions"));
    std::vector<NodeId> ids;
    const char lower_tag = lower ? KindTag(*lower) : 0;
    const char upper_tag = upper ? KindTag(*upper) : 0;
    if ((lower && !lower_tag) || (upper && !upper_tag)) return ids;
    auto numeric = [](char t) { return t == keys::kIndexInt || t == keys::kIndexFloat; };
    std::vector<char> tags;
    const char tag = lower ? lower_tag : upper_tag;
    if (!lower && !upper) {
        for (char t = keys::kIndexBool; t <= keys::kIndexDate; ++t) tags.push_back(t);
    } else if (numeric(tag)) {
        if (lower && upper && !numeric(upper_tag)) return ids;
        tags = {keys::kIndexInt, keys::kIndexFloat};
    } else {
        if (lower && upper && lower_tag != upper_tag) return ids;
        tags = {tag};
    }
    const std::string prefix = keys::PropertyIndexPrefix(label, property);
    for (char t : tags) {
        std::string start = prefix + t;
        std::optional<std::string> high;
        if (lower) {
            auto key = BoundKey(*lower, t, true);
            if (!key) continue;
            start = prefix + *key;
        }
        if (upper) {
            high = BoundKey(*upper, t, false);
            if (!high) continue;
        }
        PrefixScan scan(*kv_, kLabelsCf, prefix + t, start);
        for (; scan.Valid(); scan.Next()) {
            const std::string_view key = scan.key();
            if (key.size() < prefix.size() + 9) {
                return Status::Corruption("malformed index entry under :" + std::string(label));
            }
            const std::string_view value_key =
                key.substr(prefix.size(), key.size() - prefix.size() - 8);
            if (high && value_key > std::string_view(*high)) break;
            ids.push_back(keys::ReadBigEndian64(key.data() + key.size() - 8));
        }
        DOSSIER_RETURN_IF_ERROR(scan.status());
    }
    return ids;
}

Result<uint64_t> StoreReader::ReadCounter(std::string_view key) const {
    std::string value;
    const rocksdb::Status s = kv_->Get(kMetaCf, key, &value);
    if (s.IsNotFound()) return uint64_t{0};
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "reading counter " + std::string(key)));
    if (value.size() != 8)
        return Status::Corruption("counter " + std::string(key) + " is malformed");
    return keys::ReadBigEndian64(value.data());
}

Result<std::map<std::string, uint64_t>> StoreReader::ReadCounters(std::string_view prefix) const {
    std::map<std::string, uint64_t> counters;
    PrefixScan scan(*kv_, kMetaCf, std::string(prefix));
    for (; scan.Valid(); scan.Next()) {
        if (scan.value().size() != 8) {
            return Status::Corruption("counter " + std::string(scan.key()) + " is malformed");
        }
        counters[std::string(scan.key().substr(prefix.size()))] =
            keys::ReadBigEndian64(scan.value().data());
    }
    DOSSIER_RETURN_IF_ERROR(scan.status());
    return counters;
}

std::vector<std::string> PositiveKeys(const std::map<std::string, uint64_t>& counters,
                                      const std::map<std::string, int64_t>& deltas) {
    std::map<std::string, int64_t> merged(counters.begin(), counters.end());
    for (const auto& [k, d] : deltas) merged[k] += d;
    std::vector<std::string> out;
    for (const auto& [k, n] : merged) {
        if (n > 0) out.push_back(k);
    }
    return out;
}

std::vector<std::string> StoreReader::Labels() const {
    auto counters = ReadCounters(keys::kLabelCountPrefix);
    return counters.ok() ? PositiveKeys(*counters, {}) : std::vector<std::string>{};
}

std::vector<std::string> StoreReader::EdgeTypes() const {
    auto counters = ReadCounters(keys::kTypeCountPrefix);
    return counters.ok() ? PositiveKeys(*counters, {}) : std::vector<std::string>{};
}

std::vector<std::string> PropertyIndexKeys(const Node& node,
                                           const std::vector<PropertyIndex>& indexes) {
    std::vector<std::string> out;
    for (const PropertyIndex& index : indexes) {
        if (std::find(node.labels.begin(), node.labels.end(), index.label) == node.labels.end()) {
            continue;
        }
        const Value* value = node.Find(index.property);
        if (!value) continue;
        auto value_key = keys::IndexValueKey(*value);
        if (!value_key) continue;
        std::string key = keys::PropertyIndexPrefix(index.label, index.property) + *value_key;
        keys::AppendBigEndian64(node.id, &key);
        out.push_back(std::move(key));
    }
    return out;
}

std::vector<std::string> IndexedNames(const Node& node) {
    std::vector<std::string> names;
    auto add = [&names](const Value& v) {
        if (!v.is_string()) return;
        std::string n = NormalizeName(v.as_string());
        if (!n.empty()) names.push_back(std::move(n));
    };
    if (const Value* name = node.Find("name")) add(*name);
    if (const Value* aliases = node.Find("aliases")) {
        if (aliases->is_list()) {
            for (const Value& a : aliases->as_list()) add(a);
        } else {
            add(*aliases);
        }
    }
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names;
}

}  // namespace dossier::graph
