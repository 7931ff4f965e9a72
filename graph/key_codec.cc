#include "graph/key_codec.h"

#include <bit>
#include <cstring>

namespace dossier::graph::keys {

namespace {

uint64_t ToBigEndian(uint64_t v) {
    if constexpr (std::endian::native == std::endian::little) return __builtin_bswap64(v);
    return v;
}

}  // namespace

void AppendBigEndian64(uint64_t v, std::string* out) {
    const uint64_t be = ToBigEndian(v);
    char buf[8];
    std::memcpy(buf, &be, 8);
    out->append(buf, 8);
}

uint64_t ReadBigEndian64(const char* p) {
    uint64_t be;
    std::memcpy(&be, p, 8);
    return ToBigEndian(be);
}

std::string BigEndian64(uint64_t v) {
    std::string s;
    AppendBigEndian64(v, &s);
    return s;
}

std::string AdjacencyPrefix(NodeId node) {
    return BigEndian64(node);
}

std::string AdjacencyPrefix(NodeId node, std::string_view type) {
    std::string s;
    s.reserve(9 + type.size());
    AppendBigEndian64(node, &s);
    s.push_back(static_cast<char>(type.size()));
    s.append(type);
    return s;
}

std::string AdjacencyKey(NodeId node, std::string_view type, NodeId other, EdgeId edge) {
    std::string s = AdjacencyPrefix(node, type);
    AppendBigEndian64(other, &s);
    AppendBigEndian64(edge, &s);
    return s;
}

Status DecodeAdjacencyKey(std::string_view key, AdjacencyParts* parts) {
    if (key.size() < 9) return Status::Corruption("adjacency key too short");
    const size_t len = static_cast<uint8_t>(key[8]);
    if (key.size() != 8 + 1 + len + 16) return Status::Corruption("adjacency key has a bad length");
    parts->node = ReadBigEndian64(key.data());
    parts->type = key.substr(9, len);
    parts->other = ReadBigEndian64(key.data() + 9 + len);
    parts->edge = ReadBigEndian64(key.data() + 17 + len);
    return Status::OK();
}

std::string LabelPrefix(std::string_view label) {
    std::string s;
    s.reserve(1 + label.size() + 8);
    s.push_back(static_cast<char>(label.size()));
    s.append(label);
    return s;
}

std::string LabelKey(std::string_view label, NodeId node) {
    std::string s = LabelPrefix(label);
    AppendBigEndian64(node, &s);
    return s;
}

std::string NamePrefix(std::string_view normalized) {
    std::string s(normalized);
    s.push_back('\0');
    return s;
}

std::string NameKey(std::string_view normalized, NodeId node) {
    std::string s = NamePrefix(normalized);
    AppendBigEndian64(node, &s);
    return s;
}

Status TrailingId(std::string_view key, uint64_t* id) {
    if (key.size() < 8) return Status::Corruption("index key shorter than an id");
    *id = ReadBigEndian64(key.data() + key.size() - 8);
    return Status::OK();
}

Status CheckKeyString(std::string_view what, std::string_view s) {
    if (s.empty()) return Status::InvalidArgument(std::string(what) + " must not be empty");
    if (s.size() > kMaxKeyString) {
        return Status::InvalidArgument(std::string(what) + " '" + std::string(s.substr(0, 40)) +
                                       "...' is longer than 255 bytes");
    }
    return Status::OK();
}

std::string PropertyIndexPrefix(std::string_view label, std::string_view property) {
    std::string key(1, '\0');
    key.push_back(static_cast<char>(label.size()));
    key.append(label);
    key.push_back(static_cast<char>(property.size()));
    key.append(property);
    return key;
}

std::optional<std::string> IndexValueKey(const Value& value) {
    std::string out;
    if (value.is_bool()) {
        out.push_back(kIndexBool);
        out.push_back(value.as_bool() ? 1 : 0);
    } else if (value.is_int()) {
        out.push_back(kIndexInt);
        AppendBigEndian64(static_cast<uint64_t>(value.as_int()) ^ (uint64_t{1} << 63), &out);
    } else if (value.is_float()) {
        // IEEE bits with the sign flipped for positives and all bits flipped for negatives sort
        // as the numbers do.
        uint64_t bits;
        const double d = value.as_float() == 0.0 ? 0.0 : value.as_float();  // -0.0 == 0.0
        std::memcpy(&bits, &d, sizeof bits);
        bits = (bits >> 63) ? ~bits : bits | (uint64_t{1} << 63);
        out.push_back(kIndexFloat);
        AppendBigEndian64(bits, &out);
    } else if (value.is_string()) {
        // 0x00 is written 0x00 0xff and the string ends with 0x00 0x00, so that no encoded
        // string is a prefix of another and the order is the bytes' order.
        out.push_back(kIndexString);
        for (char c : value.as_string()) {
            out.push_back(c);
            if (c == '\0') out.push_back('\xff');
        }
        out.append(2, '\0');
    } else if (value.is_date()) {
        out.push_back(kIndexDate);
        // Days are 64-bit (years up to +-999,999,999): the sign bit flipped sorts them.
        AppendBigEndian64(static_cast<uint64_t>(value.as_date().days) ^ (uint64_t{1} << 63), &out);
    } else {
        return std::nullopt;
    }
    return out;
}

std::string IndexDefKey(std::string_view label, std::string_view property) {
    std::string key(kIndexDefPrefix);
    key.push_back(static_cast<char>(label.size()));
    key.append(label);
    key.append(property);
    return key;
}

bool DecodeIndexDefKey(std::string_view rest, std::string* label, std::string* property) {
    if (rest.empty()) return false;
    const size_t len = static_cast<unsigned char>(rest[0]);
    if (rest.size() < 1 + len) return false;
    *label = std::string(rest.substr(1, len));
    *property = std::string(rest.substr(1 + len));
    return !label->empty() && !property->empty();
}

}  // namespace dossier::graph::keys
