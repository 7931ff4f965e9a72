#include "graph/prefix_scan.h"

#include "graph/dcheck.h"
#include "graph/rocks_status.h"

namespace dossier::graph {

namespace {

// The smallest string greater than all strings starting with `prefix`, or "" when there is none
// (the prefix is empty or all 0xff bytes).
std::string PrefixSuccessor(std::string prefix) {
    while (!prefix.empty()) {
        auto& last = reinterpret_cast<unsigned char&>(prefix.back());
        if (last != 0xff) {
            ++last;
            return prefix;
        }
        prefix.pop_back();
    }
    return prefix;
}

}  // namespace

PrefixScan::PrefixScan(const KvSource& kv, Cf cf, std::string prefix)
    : prefix_(std::move(prefix)), upper_(PrefixSuccessor(prefix_)), upper_slice_(upper_) {
    it_ = kv.NewIterator(cf, upper_.empty() ? nullptr : &upper_slice_);
    if (prefix_.empty()) {
        it_->SeekToFirst();
    } else {
        it_->Seek(prefix_);
    }
}

PrefixScan::PrefixScan(const KvSource& kv, Cf cf, std::string prefix, std::string_view start)
    : prefix_(std::move(prefix)), upper_(PrefixSuccessor(prefix_)), upper_slice_(upper_) {
    DOSSIER_DCHECK(start.substr(0, prefix_.size()) == prefix_);
    it_ = kv.NewIterator(cf, upper_.empty() ? nullptr : &upper_slice_);
    it_->Seek(rocksdb::Slice(start.data(), start.size()));
}

bool PrefixScan::Valid() const {
    return it_->Valid() && it_->key().starts_with(rocksdb::Slice(prefix_));
}

std::string_view PrefixScan::key() const {
    const rocksdb::Slice k = it_->key();
    return {k.data(), k.size()};
}

std::string_view PrefixScan::value() const {
    const rocksdb::Slice v = it_->value();
    return {v.data(), v.size()};
}

Status PrefixScan::status() const {
    return FromRocks(it_->status(), "reading the database");
}

}  // namespace dossier::graph
