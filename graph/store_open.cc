// GraphStore::Open: checks the directory, takes the writer lock, opens RocksDB with Dossier's
// column families, and checks (or writes) the format version.
#include <rocksdb/cache.h>
#include <rocksdb/convenience.h>
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>
#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <system_error>

#include "graph/key_codec.h"
#include "graph/rocks_graph_store.h"
#include "graph/rocks_status.h"

namespace dossier::graph {

namespace fs = std::filesystem;

namespace {

// Discards RocksDB's informational log: an in-memory store has nowhere useful to keep it, and
// formatting the option dump of every column family dominates the cost of opening one.
class SilentLogger : public rocksdb::Logger {
  public:
    using rocksdb::Logger::Logv;
    void Logv(const char*, va_list) override {}
};

// Writes RocksDB's informational log to DIR/LOG with stdio, ignoring write errors. RocksDB's own
// file logger aborts the process (an assertion kept in the packaged library) when the log
// cannot be written after an earlier failure, which turned a full disk into a crash instead of
// an IOError from the write that hit it.
class FileLogger : public rocksdb::Logger {
  public:
    explicit FileLogger(const std::string& path) : file_(std::fopen(path.c_str(), "a")) {}
    ~FileLogger() override {
        if (file_ != nullptr) std::fclose(file_);
    }
    using rocksdb::Logger::Logv;
    void Logv(const char* format, va_list ap) override {
        if (file_ == nullptr) return;
        std::vfprintf(file_, format, ap);
        std::fputc('\n', file_);
    }
    void Flush() override {
        if (file_ != nullptr) std::fflush(file_);
    }

  private:
    std::FILE* const file_;
};

rocksdb::CompressionType PickCompression() {
    for (auto c : rocksdb::GetSupportedCompressions()) {
        if (c == rocksdb::kLZ4Compression) return c;
    }
    for (auto c : rocksdb::GetSupportedCompressions()) {
        if (c == rocksdb::kSnappyCompression) return c;
    }
    return rocksdb::kNoCompression;
}

rocksdb::Options MakeOptions(bool in_memory, rocksdb::Env* env) {
    rocksdb::Options options;
    options.create_if_missing = true;
    options.create_missing_column_families = true;
    options.max_open_files = -1;  // required by secondary instances; the file count stays small
    options.max_background_jobs = 2;
    options.compression = PickCompression();
    options.stats_dump_period_sec = 0;
    if (env != nullptr) options.env = env;
    // Writes read before they write (does this node or edge exist already?), and most such
    // reads miss: a whole-key bloom filter on the memtable answers them without a skiplist search.
    options.memtable_prefix_bloom_size_ratio = 0.05;
    options.memtable_whole_key_filtering = true;
    if (in_memory) {
        // Thousands of small stores are opened by the TCK runner: keep each one light.
        options.write_buffer_size = 1 << 20;
        options.compression = rocksdb::kNoCompression;
        options.max_background_jobs = 1;
        options.avoid_flush_during_shutdown = true;
        options.max_file_opening_threads = 1;  // else up to 16 threads per family per open
        options.stats_persist_period_sec = 0;
        options.info_log = std::make_shared<SilentLogger>();
        options.memtable_prefix_bloom_size_ratio = 0;  // allocating it dominated small stores
    }
    rocksdb::BlockBasedTableOptions table;
    table.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
    table.cache_index_and_filter_blocks = false;
    if (!in_memory) {
        // Expansion reads small, scattered blocks of the adjacency families: a larger cache keeps
        // the hot part of a graph of a few million edges in memory. Shared by all stores of the
        // process; memory is only taken as blocks are read.
        static const std::shared_ptr<rocksdb::Cache> cache = rocksdb::NewLRUCache(256 << 20);
        table.block_cache = cache;
    }
    options.table_factory.reset(rocksdb::NewBlockBasedTableFactory(table));
    return options;
}

std::vector<rocksdb::ColumnFamilyDescriptor> Descriptors(const rocksdb::Options& options) {
    std::vector<rocksdb::ColumnFamilyDescriptor> descriptors;
    descriptors.emplace_back(rocksdb::kDefaultColumnFamilyName, options);
    for (const char* name : kCfNames) descriptors.emplace_back(name, options);
    return descriptors;
}

Status NotDossier(const std::string& path, const std::string& why);

// Creates a new database, or finishes one whose creation was interrupted, with all missing
// column families in one CreateColumnFamilies call: RocksDB rewrites (and re-parses) its OPTIONS
// file for every family it creates, which made opening a fresh in-memory store cost about 10 ms
// when the families were created one at a time. `existing` names the families already there
// (empty for a new database); they must hold no data. `handles` come out as default, then kCfNames.
Status CreateDatabase(const rocksdb::Options& options, const std::string& path,
                      const std::vector<std::string>& existing,
                      std::vector<rocksdb::ColumnFamilyHandle*>* handles, rocksdb::DB** db) {
    std::vector<rocksdb::ColumnFamilyDescriptor> open_with{
        {rocksdb::kDefaultColumnFamilyName, options}};
    for (const auto& name : existing) {
        if (name != rocksdb::kDefaultColumnFamilyName) open_with.emplace_back(name, options);
    }
    std::vector<rocksdb::ColumnFamilyHandle*> opened;
    rocksdb::DB* created = nullptr;
    DOSSIER_RETURN_IF_ERROR(
        FromRocks(rocksdb::DB::Open(options, path, open_with, &opened, &created),
                  "creating database " + path));
    std::unique_ptr<rocksdb::DB> owner(created);
    auto release = [&](std::vector<rocksdb::ColumnFamilyHandle*>& hs) {
        for (auto* h : hs) created->DestroyColumnFamilyHandle(h);
        hs.clear();
    };
    for (auto* h : opened) {
        // Finishing an interrupted creation is fine; adopting some other program's data is not.
        std::unique_ptr<rocksdb::Iterator> it(created->NewIterator(rocksdb::ReadOptions(), h));
        it->SeekToFirst();
        if (it->Valid()) {
            it.reset();
            release(opened);
            return NotDossier(path, "it holds data of another program");
        }
    }
    std::vector<std::string> missing;
    for (const char* name : kCfNames) {
        if (std::find(existing.begin(), existing.end(), name) == existing.end()) {
            missing.emplace_back(name);
        }
    }
    std::vector<rocksdb::ColumnFamilyHandle*> made;
    const rocksdb::Status s = created->CreateColumnFamilies(options, missing, &made);
    if (!s.ok()) {
        release(made);
        release(opened);
        return FromRocks(s, "creating database " + path);
    }
    std::vector<rocksdb::ColumnFamilyHandle*> all = opened;
    all.insert(all.end(), made.begin(), made.end());
    handles->clear();
    handles->push_back(opened[0]);
    for (const char* name : kCfNames) {
        for (auto* h : all) {
            if (h->GetName() == name) handles->push_back(h);
        }
    }
    *db = owner.release();
    return Status::OK();
}

Status NotDossier(const std::string& path, const std::string& why) {
    return Status::InvalidArgument(path + " is not a Dossier database (" + why + ")");
}

bool AllDigits(std::string_view s) {
    return !s.empty() &&
           std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Files a killed creation may leave in a directory before RocksDB writes CURRENT: our lock and
// log, and RocksDB's own files by their exact naming patterns (never a user's "notes.log").
bool IsCreationLeftover(std::string_view name) {
    if (name == WriterLock::kFileName || name == "LOG" || name == "LOCK" || name == "IDENTITY") {
        return true;
    }
    if (name.ends_with(".dbtmp")) {  // a file being written: CURRENT's is "<number>.dbtmp"
        name.remove_suffix(6);
        if (AllDigits(name)) return true;
    }
    for (std::string_view prefix : {"MANIFEST-", "OPTIONS-", "LOG.old.", "CURRENT."}) {
        if (name.starts_with(prefix) && AllDigits(name.substr(prefix.size()))) return true;
    }
    return name.ends_with(".log") && AllDigits(name.substr(0, name.size() - 4));
}

// What the directory holds: nothing usable yet (new), or an existing RocksDB database.
// Errors for a missing directory (unless it may be created), a non-directory, an unreadable
// directory, or a directory holding something else.
Result<bool> CheckDirectory(const std::string& path, const OpenOptions& options) {
    std::error_code ec;
    const auto st = fs::status(path, ec);
    if (!fs::exists(st)) {
        if (options.read_only || !options.create_if_missing) {
            return Status::IOError("database directory " + path + " does not exist");
        }
        fs::create_directories(path, ec);
        if (ec)
            return Status::IOError("cannot create database directory " + path + ": " +
                                   ec.message());
        return true;
    }
    if (!fs::is_directory(st)) return NotDossier(path, "it is not a directory");
    if (::access(path.c_str(), R_OK | X_OK) != 0 ||
        (!options.read_only && ::access(path.c_str(), W_OK) != 0)) {
        return Status::IOError("database directory " + path +
                               " is not accessible: permission denied");
    }
    if (fs::exists(fs::path(path) / "CURRENT", ec)) return false;
    std::vector<fs::path> leftovers;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (!IsCreationLeftover(name)) {
            return NotDossier(path, "it holds other files and no database");
        }
        if (name != WriterLock::kFileName) leftovers.push_back(entry.path());
    }
    if (options.read_only || !options.create_if_missing) {
        return Status::IOError("database directory " + path + " holds no database");
    }
    // Without CURRENT the database never came into existence (creation was killed before
    // RocksDB finished it), so its files hold nothing committed; RocksDB would otherwise try to
    // replay the stray log.
    for (const auto& p : leftovers) fs::remove(p, ec);
    return true;
}

// The families of an existing database. Complete: all of Dossier's are there. Otherwise, when
// every family present is the default or one of Dossier's, a creation was interrupted (killed)
// part-way, and a writer finishes it (CreateDatabase checks that they hold no data).
struct Families {
    bool complete = false;
    std::vector<std::string> names;
};

Result<Families> CheckColumnFamilies(const std::string& path, const rocksdb::Options& options) {
    Families f;
    DOSSIER_RETURN_IF_ERROR(FromRocks(rocksdb::DB::ListColumnFamilies(options, path, &f.names),
                                      "reading database " + path));
    f.complete = std::all_of(kCfNames.begin(), kCfNames.end(), [&f](const char* want) {
        return std::find(f.names.begin(), f.names.end(), want) != f.names.end();
    });
    if (f.complete) return f;
    for (const auto& name : f.names) {
        if (name != rocksdb::kDefaultColumnFamilyName &&
            std::find(kCfNames.begin(), kCfNames.end(), name) == kCfNames.end()) {
            return NotDossier(path, "it has the unknown column family '" + name + "'");
        }
    }
    return f;
}

bool FamilyEmpty(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf) {
    std::unique_ptr<rocksdb::Iterator> it(db->NewIterator(rocksdb::ReadOptions(), cf));
    it->SeekToFirst();
    return !it->Valid() && it->status().ok();
}

// Reads the format version and id counters into `core`. A writer initialises a database that
// has none yet when all its families are empty: a new database, or one whose creation was
// interrupted (killed) before the version was written.
Status LoadMeta(StoreCore* core, bool writable) {
    std::string value;
    rocksdb::Status s =
        core->db->Get(rocksdb::ReadOptions(), core->cf[kMetaCf], keys::kFormatVersionKey, &value);
    if (s.IsNotFound()) {
        const bool empty = std::all_of(core->cf.begin(), core->cf.end(),
                                       [core](auto* cf) { return FamilyEmpty(core->db, cf); });
        if (!writable || !empty) return NotDossier(core->path, "no format version recorded");
        return FromRocks(core->db->Put(core->write_options, core->cf[kMetaCf],
                                       keys::kFormatVersionKey, keys::BigEndian64(kFormatVersion)),
                         "initialising " + core->path);
    }
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "reading " + core->path));
    if (value.size() != 8) return NotDossier(core->path, "malformed format version");
    const uint64_t version = keys::ReadBigEndian64(value.data());
    if (version > kFormatVersion) {
        return Status::NotSupported("database " + core->path + " has format version " +
                                    std::to_string(version) + "; this build reads versions up to " +
                                    std::to_string(kFormatVersion) + ": upgrade dossier");
    }
    for (auto [key, counter] : {std::pair{keys::kNextNodeIdKey, &core->next_node_id},
                                std::pair{keys::kNextEdgeIdKey, &core->next_edge_id}}) {
        s = core->db->Get(rocksdb::ReadOptions(), core->cf[kMetaCf], key, &value);
        if (s.ok() && value.size() == 8) counter->store(keys::ReadBigEndian64(value.data()));
    }
    return Status::OK();
}

// A bulk load killed before it finished leaves its SST files in DIR/bulk-<pid>-tmp. Only the
// writer-lock holder loads, so once we hold the lock every such directory is stale.
void RemoveStaleBulkFiles(const std::string& path) {
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(path, ec)) {
        const std::string name = entry.path().filename().string();
        if (entry.is_directory(ec) && name.starts_with("bulk-") && name.ends_with("-tmp")) {
            fs::remove_all(entry.path(), ec);
        }
    }
}

Result<std::string> MakeSecondaryDir() {
    const char* tmp = std::getenv("TMPDIR");
    std::string pattern = std::string(tmp && *tmp ? tmp : "/tmp") + "/dossier-reader-XXXXXX";
    if (::mkdtemp(pattern.data()) == nullptr) {
        return Status::IOError("cannot create a temporary directory for a read-only open");
    }
    return pattern;
}

}  // namespace

Result<std::unique_ptr<GraphStore>> GraphStore::Open(const std::string& path,
                                                     const OpenOptions& options) {
    if (options.in_memory && options.read_only) {
        return Status::InvalidArgument("an in-memory database cannot be opened read-only");
    }
    std::unique_ptr<rocksdb::Env> mem_env;
    if (options.in_memory) mem_env.reset(rocksdb::NewMemEnv(rocksdb::Env::Default()));

    auto core = std::make_unique<StoreCore>();
    // The in-memory Env resolves only absolute paths.
    core->path = options.in_memory && !path.starts_with("/") ? "/memory/" + path : path;
    core->in_memory = options.in_memory;
    core->options = MakeOptions(options.in_memory, mem_env.get());
    if (options.read_only) {
        // A reader never writes: the memtable bloom filter would only be allocated and zeroed,
        // once per column family, on every open.
        core->options.memtable_prefix_bloom_size_ratio = 0;
    }
    core->write_options.sync = !options.in_memory;
    core->write_options.disableWAL = options.in_memory;

    bool fresh = true;
    Families families;
    std::unique_ptr<WriterLock> lock;
    if (!options.in_memory) {
        DOSSIER_ASSIGN_OR_RETURN(fresh, CheckDirectory(path, options));
        if (!fresh) {
            DOSSIER_ASSIGN_OR_RETURN(families, CheckColumnFamilies(path, core->options));
            if (!families.complete && options.read_only) {
                return NotDossier(path, "its creation was interrupted; open it for writing once");
            }
            fresh = !families.complete;
        }
        if (!options.read_only) {
            DOSSIER_ASSIGN_OR_RETURN(lock, WriterLock::Acquire(path));
            RemoveStaleBulkFiles(path);
            core->options.info_log = std::make_shared<FileLogger>(path + "/LOG");
        }
    }

    std::vector<rocksdb::ColumnFamilyHandle*> handles;
    rocksdb::DB* db = nullptr;
    std::string secondary_dir;
    rocksdb::Status s;
    if (options.read_only) {
        DOSSIER_ASSIGN_OR_RETURN(secondary_dir, MakeSecondaryDir());
        s = rocksdb::DB::OpenAsSecondary(core->options, path, secondary_dir,
                                         Descriptors(core->options), &handles, &db);
        if (!s.ok()) {
            std::error_code ec;
            fs::remove_all(secondary_dir, ec);
        }
    } else if (fresh) {
        DOSSIER_RETURN_IF_ERROR(
            CreateDatabase(core->options, core->path, families.names, &handles, &db));
    } else {
        s = rocksdb::DB::Open(core->options, core->path, Descriptors(core->options), &handles, &db);
    }
    DOSSIER_RETURN_IF_ERROR(FromRocks(s, "opening database " + core->path));

    // handles[0] is the default family, which Dossier leaves empty.
    db->DestroyColumnFamilyHandle(handles[0]);
    for (size_t i = 0; i < kCfCount; ++i) core->cf[i] = handles[i + 1];
    core->db = db;
    auto store =
        std::make_unique<RocksGraphStore>(std::move(mem_env), std::move(lock), std::move(core),
                                          options.read_only, std::move(secondary_dir));
    // The store owns the handles now; a failure below closes everything cleanly.
    DOSSIER_RETURN_IF_ERROR(LoadMeta(store->core(), !options.read_only));
    return std::unique_ptr<GraphStore>(std::move(store));
}

}  // namespace dossier::graph
