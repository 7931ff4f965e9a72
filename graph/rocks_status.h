// The one place where RocksDB statuses become Dossier statuses.
#pragma once

#include <rocksdb/status.h>

#include <string_view>

#include "graph/status.h"

namespace dossier::graph {

// Maps `s` to a Status whose message starts with `context` (e.g. "opening ./x.db").
// Disk full and other IO failures map to IOError, corruption to Corruption, lock conflicts to Busy.
Status FromRocks(const rocksdb::Status& s, std::string_view context);

}  // namespace dossier::graph
