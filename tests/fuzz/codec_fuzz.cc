// Fuzz target: decoding stored keys and values. The store decodes bytes it reads back from disk,
// which a damaged file or a bug elsewhere may have made arbitrary: decoding must report
// Corruption, never read out of bounds, and whatever decodes must encode back to bytes that decode
// to the same thing.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "graph/key_codec.h"
#include "graph/value_codec.h"

namespace {

using namespace dossier::graph;

// Stops the run: libFuzzer reports it as a crash with the input that caused it.
void Check(bool condition) {
    if (!condition) std::abort();
}

void FuzzValue(std::string_view in) {
    Value v;
    if (!codec::DecodeValue(&in, &v).ok()) return;
    std::string again;
    if (!codec::EncodeValue(v, &again).ok()) return;
    std::string_view view = again;
    Value w;
    Check(codec::DecodeValue(&view, &w).ok());
    Check(view.empty());
    std::string third;
    Check(codec::EncodeValue(w, &third).ok());
    Check(third == again);
}

void FuzzProperties(std::string_view in) {
    PropertyMap properties;
    if (!codec::DecodeProperties(&in, &properties).ok()) return;
    std::string again;
    if (!codec::EncodeProperties(properties, &again).ok()) return;
    std::string_view view = again;
    PropertyMap back;
    Check(codec::DecodeProperties(&view, &back).ok());
    std::string third;
    Check(codec::EncodeProperties(back, &third).ok());
    Check(third == again);
}

void FuzzRecords(std::string_view in) {
    Node node;
    if (codec::DecodeNode(1, in, &node).ok()) {
        std::string again;
        if (codec::EncodeNode(node, &again).ok()) {
            Node back;
            Check(codec::DecodeNode(1, again, &back).ok());
        }
    }
    Edge edge;
    if (codec::DecodeEdge(1, in, &edge).ok()) {
        std::string again;
        if (codec::EncodeEdge(edge, &again).ok()) {
            Edge back;
            Check(codec::DecodeEdge(1, again, &back).ok());
            Check(back.src == edge.src && back.dst == edge.dst && back.type == edge.type);
        }
    }
}

void FuzzKeys(std::string_view in) {
    keys::AdjacencyParts parts;
    if (keys::DecodeAdjacencyKey(in, &parts).ok()) {
        Check(keys::AdjacencyKey(parts.node, parts.type, parts.other, parts.edge) == in);
    }
    uint64_t id = 0;
    (void)keys::TrailingId(in, &id);
    uint64_t varint = 0;
    std::string_view rest = in;
    if (codec::ReadVarint(&rest, &varint)) {
        std::string again;
        codec::AppendVarint(varint, &again);
        Check(again.size() <= in.size() - rest.size());
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    FuzzValue(in);
    FuzzProperties(in);
    FuzzRecords(in);
    FuzzKeys(in);
    return 0;
}
