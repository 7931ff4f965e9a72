#include "graph/bulk_loader_external_sorter.h"

#include <algorithm>
#include <cstring>

#include "graph/dcheck.h"
#include "graph/rocks_status.h"

namespace dossier::graph {

namespace {

// Arena blocks double from the first size to the last, so that a small budget is not overrun by
// one block and a big one allocates rarely. Entries bigger than a quarter of the next block get a
// block of their own.
constexpr size_t kFirstArenaBlockBytes = size_t{4} << 10;
constexpr size_t kLastArenaBlockBytes = size_t{1} << 20;
// Run files are written through a buffer of this size (an Env WritableFile may not buffer).
constexpr size_t kRunWriteBufferBytes = size_t{1} << 20;
// Record header: key length and value length.
constexpr size_t kHeaderBytes = 2 * sizeof(uint32_t);

uint64_t KeyPrefix(std::string_view key) {
    unsigned char bytes[8] = {};
    std::memcpy(bytes, key.data(), std::min<size_t>(8, key.size()));
    uint64_t v = 0;
    for (unsigned char b : bytes) v = (v << 8) | b;
    return v;
}

class RunWriter {
  public:
    Status Open(rocksdb::Env* env, const std::string& path) {
        path_ = path;
        buffer_.reserve(kRunWriteBufferBytes);
        return FromRocks(env->NewWritableFile(path, &file_, rocksdb::EnvOptions()),
                         "creating " + path);
    }
    Status Add(std::string_view key, std::string_view value) {
        const uint32_t sizes[2] = {static_cast<uint32_t>(key.size()),
                                   static_cast<uint32_t>(value.size())};
        buffer_.append(reinterpret_cast<const char*>(sizes), sizeof(sizes));
        buffer_.append(key);
        buffer_.append(value);
        return buffer_.size() >= kRunWriteBufferBytes ? Flush() : Status::OK();
    }
    Status Finish() {
        DOSSIER_RETURN_IF_ERROR(Flush());
        return FromRocks(file_->Close(), "writing " + path_);
    }

  private:
    Status Flush() {
        const rocksdb::Status s = file_->Append(buffer_);
        buffer_.clear();
        return FromRocks(s, "writing " + path_);
    }
    std::string path_;
    std::unique_ptr<rocksdb::WritableFile> file_;
    std::string buffer_;
};

class RunReader {
  public:
    Status Open(rocksdb::Env* env, const std::string& path, size_t buffer_bytes) {
        path_ = path;
        buffer_.resize(std::max(buffer_bytes, kHeaderBytes));
        return FromRocks(env->NewSequentialFile(path, &file_, rocksdb::EnvOptions()),
                         "reading " + path);
    }
    // Moves to the next record: false at the end of the run or on an error (status() says).
    bool Next() {
        if (!Fill(kHeaderBytes)) {
            if (status_.ok() && end_ != pos_) status_ = Truncated();
            return false;
        }
        uint32_t sizes[2];
        std::memcpy(sizes, buffer_.data() + pos_, sizeof(sizes));
        const size_t record = kHeaderBytes + size_t{sizes[0]} + sizes[1];
        if (!Fill(record)) {
            if (status_.ok()) status_ = Truncated();
            return false;
        }
        const char* p = buffer_.data() + pos_ + kHeaderBytes;
        key_ = {p, sizes[0]};
        value_ = {p + sizes[0], sizes[1]};
        pos_ += record;
        return true;
    }
    std::string_view key() const { return key_; }
    std::string_view value() const { return value_; }
    const Status& status() const { return status_; }

  private:
    Status Truncated() const { return Status::Corruption(path_ + " is truncated"); }

    // Makes `need` bytes from pos_ available; false at the end of the file or on an error.
    bool Fill(size_t need) {
        if (end_ - pos_ >= need) return true;
        std::memmove(buffer_.data(), buffer_.data() + pos_, end_ - pos_);
        end_ -= pos_;
        pos_ = 0;
        if (buffer_.size() < need) buffer_.resize(need);  // a record bigger than the buffer
        while (end_ < need && !eof_) {
            rocksdb::Slice got;
            char* scratch = buffer_.data() + end_;
            const rocksdb::Status s = file_->Read(buffer_.size() - end_, &got, scratch);
            if (!s.ok()) {
                status_ = FromRocks(s, "reading " + path_);
                return false;
            }
            if (got.data() != scratch) std::memmove(scratch, got.data(), got.size());
            eof_ = got.empty();
            end_ += got.size();
        }
        return end_ >= need;
    }

    std::string path_;
    std::unique_ptr<rocksdb::SequentialFile> file_;
    std::string buffer_;
    size_t pos_ = 0;
    size_t end_ = 0;
    bool eof_ = false;
    std::string_view key_, value_;
    Status status_;
};

}  // namespace

ExternalSorter::ExternalSorter(rocksdb::Env* env, std::string dir, std::string name)
    : env_(env), dir_(std::move(dir)), name_(std::move(name)) {}

ExternalSorter::~ExternalSorter() {
    DeleteRuns();
}

char* ExternalSorter::Allocate(size_t n) {
    if (n > block_left_) {
        const size_t block =
            std::min(kLastArenaBlockBytes, std::max(kFirstArenaBlockBytes, 2 * last_block_));
        if (n > block / 4) {
            blocks_.emplace_back(new char[n]);  // not zeroed: every byte is written before use
            arena_bytes_ += n;
            return blocks_.back().get();
        }
        blocks_.emplace_back(new char[block]);
        arena_bytes_ += block;
        last_block_ = block;
        block_next_ = blocks_.back().get();
        block_left_ = block;
    }
    char* p = block_next_;
    block_next_ += n;
    block_left_ -= n;
    return p;
}

void ExternalSorter::Add(std::string_view key, std::string_view value) {
    DOSSIER_DCHECK(key.size() < (uint64_t{1} << 32) && value.size() < (uint64_t{1} << 32));
    char* p = Allocate(key.size() + value.size());
    if (!key.empty()) std::memcpy(p, key.data(), key.size());
    if (!value.empty()) std::memcpy(p + key.size(), value.data(), value.size());
    entries_.push_back(Entry{KeyPrefix(key), p, static_cast<uint32_t>(key.size()),
                             static_cast<uint32_t>(value.size())});
    ++added_;
}

void ExternalSorter::SortBuffer() {
    std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) {
        if (a.prefix != b.prefix) return a.prefix < b.prefix;
        return a.key() < b.key();
    });
}

void ExternalSorter::ClearBuffer() {
    // Released rather than kept, so that the memory can go to another sorter of the load.
    std::vector<Entry>().swap(entries_);
    blocks_.clear();
    arena_bytes_ = 0;
    last_block_ = 0;
    block_left_ = 0;
    block_next_ = nullptr;
}

std::string ExternalSorter::NextRunPath() {
    return dir_ + "/" + name_ + "-" + std::to_string(next_run_++) + ".run";
}

Status ExternalSorter::Spill() {
    if (entries_.empty()) return Status::OK();
    SortBuffer();
    runs_.push_back(NextRunPath());  // listed first, so that a failed write is deleted too
    RunWriter writer;
    DOSSIER_RETURN_IF_ERROR(writer.Open(env_, runs_.back()));
    for (const Entry& e : entries_) DOSSIER_RETURN_IF_ERROR(writer.Add(e.key(), e.value()));
    DOSSIER_RETURN_IF_ERROR(writer.Finish());
    ClearBuffer();
    return Status::OK();
}

Status ExternalSorter::Merge(size_t read_buffer_bytes, const Sink& sink) {
    SortBuffer();
    Status s;
    // Too many runs for one pass: merge the oldest ones into one bigger run, repeatedly.
    while (s.ok() && runs_.size() > kMaxMergeFanIn) {
        const std::vector<std::string> group(runs_.begin(), runs_.begin() + kMaxMergeFanIn);
        runs_.erase(runs_.begin(), runs_.begin() + kMaxMergeFanIn);
        runs_.push_back(NextRunPath());
        RunWriter writer;
        s = writer.Open(env_, runs_.back());
        if (s.ok()) {
            s = MergeRuns(
                group, /*with_buffer=*/false, read_buffer_bytes,
                [&writer](std::string_view k, std::string_view v) { return writer.Add(k, v); });
        } else {
            for (const auto& run : group) env_->DeleteFile(run).PermitUncheckedError();
        }
        if (s.ok()) s = writer.Finish();
    }
    if (s.ok()) {
        const std::vector<std::string> runs = std::move(runs_);
        runs_.clear();
        s = MergeRuns(runs, /*with_buffer=*/true, read_buffer_bytes, sink);
    }
    ClearBuffer();
    DeleteRuns();
    return s;
}

Status ExternalSorter::MergeRuns(const std::vector<std::string>& runs, bool with_buffer,
                                 size_t read_buffer_bytes, const Sink& sink) {
    // A source is an open run (reader set) or the buffer (reader null, next entry at index).
    struct Source {
        RunReader* reader;
        size_t index;
        std::string_view key, value;
    };
    std::vector<std::unique_ptr<RunReader>> readers;
    std::vector<Source> heap;
    Status s;
    for (const auto& run : runs) {
        if (!s.ok()) break;
        readers.push_back(std::make_unique<RunReader>());
        s = readers.back()->Open(env_, run, read_buffer_bytes);
        if (s.ok() && readers.back()->Next()) {
            heap.push_back(
                {readers.back().get(), 0, readers.back()->key(), readers.back()->value()});
        } else if (s.ok()) {
            s = readers.back()->status();
        }
    }
    if (with_buffer && !entries_.empty()) {
        heap.push_back({nullptr, 0, entries_[0].key(), entries_[0].value()});
    }
    // std::*_heap keep the largest on top: order by "greater key" for a min-heap.
    const auto later = [](const Source& a, const Source& b) { return a.key > b.key; };
    std::make_heap(heap.begin(), heap.end(), later);
    while (s.ok() && !heap.empty()) {
        std::pop_heap(heap.begin(), heap.end(), later);
        Source& top = heap.back();
        s = sink(top.key, top.value);
        if (!s.ok()) break;
        bool more;
        if (top.reader != nullptr) {
            more = top.reader->Next();
            if (more) {
                top.key = top.reader->key();
                top.value = top.reader->value();
            } else {
                s = top.reader->status();
            }
        } else {
            more = ++top.index < entries_.size();
            if (more) {
                top.key = entries_[top.index].key();
                top.value = entries_[top.index].value();
            }
        }
        if (more) {
            std::push_heap(heap.begin(), heap.end(), later);
        } else {
            heap.pop_back();
        }
    }
    readers.clear();
    for (const auto& run : runs) env_->DeleteFile(run).PermitUncheckedError();
    return s;
}

void ExternalSorter::DeleteRuns() {
    for (const auto& run : runs_) env_->DeleteFile(run).PermitUncheckedError();
    runs_.clear();
}

}  // namespace dossier::graph
