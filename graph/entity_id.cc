// EntityNodeId and FactEdgeId: deterministic 64-bit ids from natural keys.
//
// The hash works on 8-byte little-endian words with a multiply-xorshift mix per word and a
// splitmix64-style finaliser; its output is spread well enough that collisions among a few
// billion keys are unlikely (birthday bound ~2^31.5 with the 63 usable bits). The top bit is set
// so that these ids never meet the counter-allocated ids of NewNodeId/NewEdgeId.
#include <cstring>
#include <string>

#include "graph/graph_store.h"
#include "graph/key_codec.h"

namespace dossier::graph {

namespace {

constexpr uint64_t kTopBit = uint64_t{1} << 63;
constexpr uint64_t kMul = 0x9fb21c651e98df25ULL;

uint64_t Finalize(uint64_t h) {
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

uint64_t Hash64(std::string_view bytes) {
    uint64_t h = 0x6a09e667f3bcc908ULL ^ (bytes.size() * kMul);
    size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        w *= kMul;
        w ^= w >> 32;
        h = (h ^ w) * 0xc2b2ae3d27d4eb4fULL;
        h ^= h >> 29;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i < bytes.size(); ++i, k += 8) {
        tail |= static_cast<uint64_t>(static_cast<uint8_t>(bytes[i])) << k;
    }
    h = (h ^ (tail * kMul)) * 0xc2b2ae3d27d4eb4fULL;
    return Finalize(h);
}

}  // namespace

NodeId EntityNodeId(std::string_view label, std::string_view key) {
    std::string bytes;
    bytes.reserve(label.size() + 1 + key.size());
    bytes.append(label);
    bytes.push_back('\0');  // "ab"+"c" and "a"+"bc" must differ
    bytes.append(key);
    return Hash64(bytes) | kTopBit;
}

EdgeId FactEdgeId(NodeId src, std::string_view type, NodeId dst, std::string_view key) {
    std::string bytes;
    bytes.reserve(16 + type.size() + 1 + key.size());
    keys::AppendBigEndian64(src, &bytes);
    keys::AppendBigEndian64(dst, &bytes);
    bytes.append(type);
    bytes.push_back('\0');
    bytes.append(key);
    return Hash64(bytes) | kTopBit;
}

}  // namespace dossier::graph
