// PrefixScan: iterates the keys of one column family that start with a prefix.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "graph/kv_source.h"
#include "graph/status.h"

namespace dossier::graph {

class PrefixScan {
  public:
    // Positions at the first key >= prefix that starts with `prefix` (an empty prefix scans all).
    PrefixScan(const KvSource& kv, Cf cf, std::string prefix);
    // Positions at the first key >= `start` that starts with `prefix`.
    // REQUIRES: start starts with prefix.
    PrefixScan(const KvSource& kv, Cf cf, std::string prefix, std::string_view start);

    bool Valid() const;
    void Next() { it_->Next(); }
    std::string_view key() const;
    std::string_view value() const;
    // Iteration errors (OK at a normal end).
    Status status() const;

  private:
    std::string prefix_;
    std::string upper_;  // smallest key greater than every key with the prefix; empty if none
    rocksdb::Slice upper_slice_;
    std::unique_ptr<rocksdb::Iterator> it_;
};

}  // namespace dossier::graph
