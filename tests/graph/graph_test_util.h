// Helpers for the graph store tests: temporary directories, small graphs, and the invariant check
// used after crashes and bulk loads.
#pragma once

#include <string>

#include "graph/graph_store.h"

namespace dossier::graph::testing {

// A fresh directory under the system temp dir, removed (with its contents) on destruction.
class TempDir {
  public:
    TempDir();
    ~TempDir();
    const std::string& path() const { return path_; }
    // A path inside the directory that does not exist yet.
    std::string Sub(const std::string& name) const { return path_ + "/" + name; }

  private:
    std::string path_;
};

Node MakeNode(NodeId id, std::vector<std::string> labels, PropertyMap props = {});
Edge MakeEdge(EdgeId id, NodeId src, std::string type, NodeId dst, PropertyMap props = {});

// Checks the store's invariants through its public reading API: every adjacency entry has its
// edge (same ends and type) and both nodes; every edge appears in the out-list of its source and
// the in-list of its target; the label index agrees with the node records; the name index finds
// every named node; Stats() counts agree with scans. Returns "" when all hold, else a description
// of the first violations.
std::string CheckInvariants(const GraphStore& store);

}  // namespace dossier::graph::testing
