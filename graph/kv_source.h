// KvSource: point reads and iterators over the column families, either straight from the database
// or through a transaction's indexed write batch (read-your-writes). The graph reading logic
// (StoreReader) is written once against this interface.
#pragma once

#include <rocksdb/iterator.h>
#include <rocksdb/slice.h>
#include <rocksdb/status.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/column_families.h"

namespace dossier::graph {

class KvSource {
  public:
    virtual ~KvSource() = default;
    // OK with *value set, NotFound, or an error.
    virtual rocksdb::Status Get(Cf cf, std::string_view key, std::string* value) const = 0;
    // Point reads of many keys of one family, `keys` in ascending order: (*statuses)[i] and
    // (*values)[i] as Get would give them. This version reads them one by one.
    virtual void MultiGet(Cf cf, const std::vector<std::string>& keys,
                          std::vector<std::string>* values,
                          std::vector<rocksdb::Status>* statuses) const {
        values->assign(keys.size(), std::string());
        statuses->clear();
        for (size_t i = 0; i < keys.size(); ++i)
            statuses->push_back(Get(cf, keys[i], &(*values)[i]));
    }
    // An iterator over `cf`. With `upper_bound` set the iterator may stop before it; the slice
    // must outlive the iterator.
    virtual std::unique_ptr<rocksdb::Iterator> NewIterator(
        Cf cf, const rocksdb::Slice* upper_bound) const = 0;
};

// Reads the committed state of the database.
class DbKvSource : public KvSource {
  public:
    explicit DbKvSource(const StoreCore* core) : core_(core) {}
    rocksdb::Status Get(Cf cf, std::string_view key, std::string* value) const override {
        return core_->db->Get(rocksdb::ReadOptions(), core_->cf[cf],
                              rocksdb::Slice(key.data(), key.size()), value);
    }
    // One batched RocksDB MultiGet: index and data blocks shared by neighbouring keys are
    // looked up once.
    void MultiGet(Cf cf, const std::vector<std::string>& keys, std::vector<std::string>* values,
                  std::vector<rocksdb::Status>* statuses) const override {
        std::vector<rocksdb::Slice> slices(keys.begin(), keys.end());
        std::vector<rocksdb::PinnableSlice> pinned(keys.size());
        statuses->assign(keys.size(), rocksdb::Status());
        core_->db->MultiGet(rocksdb::ReadOptions(), core_->cf[cf], keys.size(), slices.data(),
                            pinned.data(), statuses->data(), /*sorted_input=*/true);
        values->resize(keys.size());
        for (size_t i = 0; i < keys.size(); ++i)
            (*values)[i].assign(pinned[i].data(), pinned[i].size());
    }
    std::unique_ptr<rocksdb::Iterator> NewIterator(
        Cf cf, const rocksdb::Slice* upper_bound) const override {
        rocksdb::ReadOptions ro;
        ro.iterate_upper_bound = upper_bound;
        return std::unique_ptr<rocksdb::Iterator>(core_->db->NewIterator(ro, core_->cf[cf]));
    }

  private:
    const StoreCore* const core_;
};

}  // namespace dossier::graph
