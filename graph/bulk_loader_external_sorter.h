// ExternalSorter: sorts the key/value entries of one column family for the bulk loader when they
// may not fit in memory (the classic external sort).
//
// Add() gathers entries in a buffer; Spill() sorts the buffer, writes it as a sorted run file and
// empties it. Merge() streams every entry in bytewise key order to a sink, merging the run files
// with what is still buffered (a k-way merge over a heap); entries with equal keys come out one
// after the other, in no particular order among themselves. When there are more runs than
// kMaxMergeFanIn, groups of them are first merged into bigger runs, so the number of open files
// and read buffers stays bounded.
//
// Run files live in `dir` of the given rocksdb::Env (a MemEnv for in-memory stores), are named
// `<name>-<n>.run`, and are deleted once merged, or by the destructor. A run is a sequence of
// records: key length and value length (4 bytes each, native order: runs never leave the
// process), key, value.
#pragma once

#include <rocksdb/env.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace dossier::graph {

class ExternalSorter {
  public:
    // Most runs merged at once: each open run holds one file and one read buffer.
    static constexpr size_t kMaxMergeFanIn = 64;

    ExternalSorter(rocksdb::Env* env, std::string dir, std::string name);
    ~ExternalSorter();
    ExternalSorter(const ExternalSorter&) = delete;
    ExternalSorter& operator=(const ExternalSorter&) = delete;

    // REQUIRES: key and value are each shorter than 4 GiB.
    void Add(std::string_view key, std::string_view value);
    // Bytes allocated for the buffer (entry table and arena blocks), what the loader budgets.
    size_t memory_bytes() const { return entries_.capacity() * sizeof(Entry) + arena_bytes_; }
    // Entries added so far, buffered or spilled.
    uint64_t added() const { return added_; }
    size_t runs() const { return runs_.size(); }

    // Sorts the buffer into a new run file and releases its memory. No-op when it is empty.
    Status Spill();

    using Sink = std::function<Status(std::string_view key, std::string_view value)>;
    // Passes every entry to `sink` in key order, stopping at the first error (the sink's or an
    // IO error). Each open run reads through a buffer of `read_buffer_bytes`. Afterwards the
    // sorter is empty and its run files are gone, whatever the outcome.
    Status Merge(size_t read_buffer_bytes, const Sink& sink);

  private:
    // The first 8 key bytes, big-endian and zero-padded, decide most comparisons without
    // touching the arena.
    struct Entry {
        uint64_t prefix;
        const char* data;  // key then value, in an arena block
        uint32_t key_size;
        uint32_t value_size;
        std::string_view key() const { return {data, key_size}; }
        std::string_view value() const { return {data + key_size, value_size}; }
    };
    char* Allocate(size_t n);
    void SortBuffer();
    void ClearBuffer();
    std::string NextRunPath();
    // Merges the run files `runs` (deleted afterwards, whatever the outcome) and, when
    // `with_buffer`, the sorted buffer.
    Status MergeRuns(const std::vector<std::string>& runs, bool with_buffer,
                     size_t read_buffer_bytes, const Sink& sink);
    void DeleteRuns();

    rocksdb::Env* const env_;
    const std::string dir_;
    const std::string name_;
    std::vector<Entry> entries_;
    std::vector<std::unique_ptr<char[]>> blocks_;
    size_t arena_bytes_ = 0;  // allocated in blocks_
    size_t last_block_ = 0;   // size of the last regular block (0: none yet)
    size_t block_left_ = 0;   // free bytes at the end of the last block
    char* block_next_ = nullptr;
    uint64_t added_ = 0;
    uint64_t next_run_ = 0;
    std::vector<std::string> runs_;
};

}  // namespace dossier::graph
