// GraphStore: Dossier's embedded property graph on RocksDB.
//
// The byte layout of every key is documented in docs/storage.md. In short: nodes, edges,
// out-adjacency (src, type, dst, edge), in-adjacency, a label index, a name/alias index and
// metadata, each in its own column family, integers big-endian so that prefix scans group
// neighbours by type.
//
// Concurrency: one writer process at a time (an OS file lock; a second writer gets Status::Busy
// naming the process that holds it). Any number of read-only openers may run beside the writer;
// they see the data as of their open (or their last Refresh()).
// Within a process, a GraphStore may be read from many threads; writes go through one Transaction
// at a time.
//
// Durability: every Transaction::Commit is one atomic RocksDB WriteBatch. After a crash or kill -9
// each committed batch is there whole and an uncommitted one is absent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::graph {

enum class Direction : uint8_t { kOut, kIn, kBoth };

struct OpenOptions {
    bool create_if_missing = true;
    bool read_only = false;
    // Keep everything in memory (RocksDB's in-memory Env); the path is only a name. For tests and
    // the TCK runner.
    bool in_memory = false;
};

struct BulkLoadOptions {
    // Default sort-buffer budget of a bulk load: 256 MiB keeps a load of tens of millions of
    // edges to a few spilled runs per column family while staying far below a small machine's
    // memory.
    static constexpr size_t kDefaultMemoryBytes = size_t{256} << 20;
    // Bytes the loader's sort buffers may hold together; past it the biggest buffer is sorted and
    // spilled to disk as a run, and Finish() merges the runs (docs/storage.md, "Bulk loads").
    // The set of loaded node ids (16 to 32 bytes per node) is kept outside this budget.
    size_t memory_bytes = kDefaultMemoryBytes;
};

// One adjacency entry seen from a node: the edge, the node at its other end, its type, and whether
// the edge leaves (kOut) or enters (kIn) the node it was read from.
struct Adjacency {
    EdgeId edge = 0;
    NodeId neighbour = 0;
    std::string type;
    Direction direction = Direction::kOut;
};

// One entry of the name/alias index: a normalised name and a node carrying it.
struct NameEntry {
    std::string normalized;
    NodeId node = 0;
};

// A property index: the nodes of one label by the value of one of their properties.
struct PropertyIndex {
    std::string name;
    std::string label;
    std::string property;
};

struct GraphStats {
    uint64_t node_count = 0;
    uint64_t edge_count = 0;
    std::map<std::string, uint64_t> nodes_per_label;
    std::map<std::string, uint64_t> edges_per_type;
    uint64_t disk_bytes = 0;  // live SST + WAL bytes on disk
};

// A forward-only cursor over ids. Usage:
//   for (auto it = reader.ScanLabel("Person"); it->Valid(); it->Next()) use(it->id());
//   if (!it->status().ok()) ...
class IdIterator {
  public:
    virtual ~IdIterator() = default;
    virtual bool Valid() const = 0;
    virtual void Next() = 0;
    virtual uint64_t id() const = 0;  // REQUIRES: Valid()
    virtual Status status() const = 0;
};

class AdjacencyIterator {
  public:
    virtual ~AdjacencyIterator() = default;
    virtual bool Valid() const = 0;
    virtual void Next() = 0;
    virtual const Adjacency& entry() const = 0;  // REQUIRES: Valid()
    virtual Status status() const = 0;
};

// Adjacency of one node after another: each Seek() starts a scan like GraphReader::Adjacent(),
// but the cursor keeps its RocksDB iterators between seeks, which makes the short scans of an
// expansion over many nodes several times cheaper. It reads the state of when it was made (a
// transaction's later writes may not be seen: make a new cursor after writing). Must not outlive
// the reader it came from.
class AdjacencyCursor : public AdjacencyIterator {
  public:
    // Positions at the first edge at `node` in `dir` (of `type` when set), in Adjacent()'s order.
    virtual void Seek(NodeId node, Direction dir,
                      std::optional<std::string_view> type = std::nullopt) = 0;
};

// Read access shared by a store and a transaction (which also sees its own uncommitted writes).
class GraphReader {
  public:
    virtual ~GraphReader() = default;

    // NotFound when the id is not there.
    virtual Result<Node> GetNode(NodeId id) const = 0;
    virtual Result<Edge> GetEdge(EdgeId id) const = 0;
    // Many nodes at once (cheaper per node than GetNode for a few dozen or more): one result per
    // id, in the order of `ids`, NotFound for a missing one.
    virtual std::vector<Result<Node>> GetNodes(const std::vector<NodeId>& ids) const = 0;
    virtual bool HasNode(NodeId id) const = 0;
    // Whether node `id` exists and carries `label` (one label-index lookup; the node record is
    // not read).
    virtual bool HasLabel(NodeId id, std::string_view label) const = 0;

    // All node ids, ascending.
    virtual std::unique_ptr<IdIterator> ScanNodes() const = 0;
    // All edge ids, ascending.
    virtual std::unique_ptr<IdIterator> ScanEdges() const = 0;
    // Ids of nodes carrying `label`, ascending (label index; no scan of nodes).
    virtual std::unique_ptr<IdIterator> ScanLabel(std::string_view label) const = 0;
    // Ids of nodes whose `name` or any of whose `aliases` normalises to NormalizeName(name)
    // (name index; no scan).
    virtual std::vector<NodeId> FindByName(std::string_view name) const = 0;
    // Index entries whose normalised name starts with NormalizeName(prefix), in index order
    // (normalised name, then id), at most `limit`: one entry per name or alias of a node.
    virtual std::vector<NameEntry> FindByNamePrefix(std::string_view prefix,
                                                    size_t limit) const = 0;

    // Edges at `node` in `dir`; with `type` set, only edges of that type (reads just that
    // prefix). kBoth yields out-edges first, then in-edges; a self-loop appears once per direction.
    virtual std::unique_ptr<AdjacencyIterator> Adjacent(
        NodeId node, Direction dir, std::optional<std::string_view> type = std::nullopt) const = 0;
    // A reusable cursor over adjacency (see AdjacencyCursor); Valid() is false until a Seek().
    virtual std::unique_ptr<AdjacencyCursor> NewAdjacencyCursor() const = 0;
    // Number of edges at `node` in `dir` (of `type` when set).
    virtual uint64_t Degree(NodeId node, Direction dir,
                            std::optional<std::string_view> type = std::nullopt) const = 0;

    // The property indexes, ordered by label, then property.
    virtual std::vector<PropertyIndex> Indexes() const = 0;
    // Ids of the nodes with `label` whose `property` lies between `lower` and `upper` (both
    // inclusive; unset means unbounded), read from the index on (label, property). Numbers of
    // either kind compare as numbers; strings, booleans and dates only with their own kind; a
    // bound of any other kind (null, a list) matches nothing. Where an integer bound meets a
    // float value the comparison is in doubles, so callers that need exact or strict bounds
    // check the nodes they get. NotFound when there is no such index.
    virtual Result<std::vector<NodeId>> SeekIndex(std::string_view label, std::string_view property,
                                                  const std::optional<Value>& lower,
                                                  const std::optional<Value>& upper) const = 0;

    // Labels, edge types and property keys in use (for completion and :schema).
    virtual std::vector<std::string> Labels() const = 0;
    virtual std::vector<std::string> EdgeTypes() const = 0;
};

// A write transaction. Reads through it see its own writes. Nothing is visible to others, or
// durable, until Commit(); a transaction destroyed without Commit() leaves no trace.
// REQUIRES: at most one live Transaction per GraphStore at a time (Begin() returns Busy while
// another is open; a committed transaction no longer counts). Iterators obtained from a
// transaction must not outlive it.
class Transaction : public GraphReader {
  public:
    // Inserts or replaces the node whole (labels and properties); label and name indexes follow.
    virtual Status PutNode(const Node& node) = 0;
    // Inserts or replaces the edge whole. REQUIRES: both ends exist (in the store or this
    // transaction); InvalidArgument otherwise.
    virtual Status PutEdge(const Edge& edge) = 0;
    // Deletes a node. ConstraintError when it still has edges and `detach` is false; with
    // `detach` its edges go too.
    virtual Status DeleteNode(NodeId id, bool detach) = 0;
    virtual Status DeleteEdge(EdgeId id) = 0;

    // Creates a property index and fills it from the nodes already stored; every later write
    // keeps it up to date. An empty name becomes "index_<label>_<property>". InvalidArgument when
    // an index on the same label and property, or with the same name, exists.
    virtual Status CreateIndex(const PropertyIndex& index) = 0;
    // NotFound when no index has that name.
    virtual Status DropIndex(std::string_view name) = 0;

    // Fresh ids for nodes/edges that have no natural key (query CREATE). They never collide with
    // EntityNodeId/FactEdgeId ids, whose top bit is set.
    virtual NodeId NewNodeId() = 0;
    virtual EdgeId NewEdgeId() = 0;

    // Writes everything atomically (one WriteBatch, synced to the WAL).
    virtual Status Commit() = 0;
};

class GraphStore : public GraphReader {
  public:
    // Opens (and with create_if_missing creates) the database in directory `path`.
    // Errors: IOError for a missing/unreadable directory; InvalidArgument for a directory that is
    // not a Dossier database; NotSupported for a newer format version; Busy when another process
    // holds the write lock ("database X is in use by process N").
    static Result<std::unique_ptr<GraphStore>> Open(const std::string& path,
                                                    const OpenOptions& options = {});

    // REQUIRES: not read-only; no other live Transaction on this store.
    virtual Result<std::unique_ptr<Transaction>> Begin() = 0;

    // Bulk load: much faster than Transactions for large imports (sorted SST files ingested
    // whole). Nodes must come before edges whose ends they are. Visible after Finish(), all or
    // nothing. Like a Transaction it is the store's one writer until Finish() or destruction.
    class BulkLoader {
      public:
        virtual ~BulkLoader() = default;
        virtual Status AddNode(const Node& node) = 0;
        virtual Status AddEdge(const Edge& edge) = 0;
        virtual Status Finish() = 0;
    };
    virtual Result<std::unique_ptr<BulkLoader>> NewBulkLoader(const BulkLoadOptions& options) = 0;
    Result<std::unique_ptr<BulkLoader>> NewBulkLoader() { return NewBulkLoader(BulkLoadOptions()); }

    // Read-only instances: catch up with what the writer has committed since.
    virtual Status Refresh() = 0;

    // Moves everything committed so far out of the write-ahead log into the store's sorted files,
    // so that the next open (read-only ones above all) need not replay a long log. Commits are
    // durable without it; call it at the end of a large write such as an import. Waits for the
    // work to finish. REQUIRES: not read-only (InvalidArgument otherwise); no open Transaction is
    // needed, and one that is open is not affected (its writes are not committed yet).
    virtual Status Flush() = 0;

    virtual Result<GraphStats> Stats() const = 0;
    virtual const std::string& path() const = 0;
    virtual bool read_only() const = 0;
};

// Deterministic id of an entity node from its label and canonical key (e.g. "Person",
// "kurmanbek bakiyev"): the same entity gets the same id in any import or shard. Top bit set.
NodeId EntityNodeId(std::string_view label, std::string_view key);
// Deterministic id of an extracted fact edge (type, ends, and the provenance key such as
// "<article>#<sentence>"). Top bit set.
EdgeId FactEdgeId(NodeId src, std::string_view type, NodeId dst, std::string_view key);

// The name-index normal form: Unicode-aware lower case, accents (combining diacritical marks)
// removed, punctuation dropped, runs of spaces folded, e.g. "Mr. Bakiyev " -> "mr bakiyev",
// "Peña" -> "pena".
std::string NormalizeName(std::string_view name);

}  // namespace dossier::graph
