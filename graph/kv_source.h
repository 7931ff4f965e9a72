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

#include "graph/column_families.h"

namespace dossier::graph {

class KvSource {
  public:
    virtual ~KvSource() = default;
    // OK with *value set, NotFound, or an error.
    virtual rocksdb::Status Get(Cf cf, std::string_view key, std::string* value) const = 0;
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
