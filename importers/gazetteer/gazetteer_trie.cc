#include "importers/gazetteer/gazetteer_trie.h"

#include "graph/ascii.h"

namespace dossier::importers {

uint64_t HashLower(std::string_view s, uint64_t seed) {
    uint64_t h = seed;
    for (char c : s) {
        h ^= static_cast<unsigned char>(AsciiToLower(c));
        h *= 1099511628211ull;
    }
    return h;
}

GazetteerTrie::GazetteerTrie() {
    nodes_.emplace_back();
}

uint64_t GazetteerTrie::EdgeKey(int node, std::string_view word) {
    // Mix the parent into the seed so equal words under different parents get different keys.
    const uint64_t seed =
        14695981039346656037ull ^ (static_cast<uint64_t>(node) * 0x9E3779B97F4A7C15ull);
    return HashLower(word, seed);
}

int GazetteerTrie::Insert(const std::vector<std::string_view>& words, uint32_t value) {
    int node = kRoot;
    for (std::string_view w : words) {
        int child = Child(node, w);
        if (child < 0) {
            child = static_cast<int>(nodes_.size());
            Node n;
            n.word.reserve(w.size());
            for (char c : w) n.word.push_back(AsciiToLower(c));
            n.parent = node;
            nodes_.push_back(std::move(n));
            // A 64-bit key collision would make the first word win; vanishingly rare and then
            // only costs that one name.
            edges_.emplace(EdgeKey(node, w), child);
        }
        node = child;
    }
    nodes_[node].values.push_back(value);
    return node;
}

int GazetteerTrie::Child(int node, std::string_view word) const {
    const auto it = edges_.find(EdgeKey(node, word));
    if (it == edges_.end()) return -1;
    const Node& n = nodes_[it->second];
    if (n.parent != node || !AsciiEqualsIgnoreCase(n.word, word)) return -1;
    return it->second;
}

}  // namespace dossier::importers
