#include "graph/ascii.h"
// GazetteerTrie: a trie over words for longest-match lookup of multi-word names in one pass over
// the tokens, without backtracking and without allocating per lookup.
//
// Edges are kept in one hash table keyed by (parent node, ASCII-lower-cased word); each node keeps
// its word so a lookup verifies what the hash found. Values are caller-defined indices.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dossier::importers {

class GazetteerTrie {
  public:
    static constexpr int kRoot = 0;

    GazetteerTrie();

    // Adds the path for `words` (compared case-insensitively for ASCII letters) and attaches
    // `value` to its last node. Returns that node.
    int Insert(const std::vector<std::string_view>& words, uint32_t value);
    // The child of `node` along `word`, or -1.
    int Child(int node, std::string_view word) const;
    const std::vector<uint32_t>& Values(int node) const { return nodes_[node].values; }
    size_t node_count() const { return nodes_.size(); }

  private:
    struct Node {
        std::string word;  // lower case
        int parent = -1;
        std::vector<uint32_t> values;
    };
    static uint64_t EdgeKey(int node, std::string_view word);

    std::vector<Node> nodes_;
    std::unordered_map<uint64_t, int> edges_;
};

// 64-bit FNV-1a hash of the ASCII-lower-cased bytes of `s`, computed without a copy.
uint64_t HashLower(std::string_view s, uint64_t seed = 14695981039346656037ull);

}  // namespace dossier::importers
