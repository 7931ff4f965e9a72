#include "graph/value_codec.h"

#include <cstring>

#include "graph/key_codec.h"

namespace dossier::graph::codec {

namespace {

enum Tag : uint8_t {
    kNull = 0,
    kFalse = 1,
    kTrue = 2,
    kInt = 3,
    kFloat = 4,
    kString = 5,
    kDate = 6,
    kList = 7,
    kLocalTime = 8,       // varint nanos of day
    kTime = 9,            // varint nanos of day, zig-zag varint offset seconds
    kLocalDateTime = 10,  // zig-zag varint days, varint nanos of day
    kDateTime = 11,       // as kLocalDateTime, then zig-zag offset seconds, string zone name
    kDuration = 12,       // zig-zag varint months, days, seconds, then varint nanos
};

uint64_t ZigZag(int64_t v) {
    return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63);
}
int64_t UnZigZag(uint64_t v) {
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
}

void AppendString(std::string_view s, std::string* out) {
    AppendVarint(s.size(), out);
    out->append(s);
}

bool ReadString(std::string_view* in, std::string_view* s) {
    uint64_t len = 0;
    if (!ReadVarint(in, &len) || len > in->size()) return false;
    *s = in->substr(0, len);
    in->remove_prefix(len);
    return true;
}

bool IsTimeOfDay(uint64_t nanos) {
    return nanos < static_cast<uint64_t>(kNanosPerDay);
}

// Stored days and offsets stay where the calendar arithmetic cannot overflow: a date within a
// trillion days of 1970 (far beyond the year +-999,999,999 the query language makes), an offset
// within a day.
constexpr int64_t kMaxStoredDays = 1'000'000'000'000;

bool IsStoredDays(int64_t days) {
    return days >= -kMaxStoredDays && days <= kMaxStoredDays;
}

bool IsOffset(int64_t seconds) {
    return seconds > -kSecondsPerDay && seconds < kSecondsPerDay;
}

Status Truncated(const char* what) {
    return Status::Corruption(std::string("stored ") + what + " is truncated or malformed");
}

Status DecodeValueAtDepth(std::string_view* in, Value* value, int depth) {
    if (in->empty()) return Truncated("value");
    const auto tag = static_cast<uint8_t>((*in)[0]);
    in->remove_prefix(1);
    switch (tag) {
        case kNull:
            *value = Value();
            return Status::OK();
        case kFalse:
            *value = Value(false);
            return Status::OK();
        case kTrue:
            *value = Value(true);
            return Status::OK();
        case kInt: {
            uint64_t v = 0;
            if (!ReadVarint(in, &v)) return Truncated("integer");
            *value = Value(UnZigZag(v));
            return Status::OK();
        }
        case kFloat: {
            if (in->size() < 8) return Truncated("float");
            const uint64_t bits = keys::ReadBigEndian64(in->data());
            in->remove_prefix(8);
            double d;
            std::memcpy(&d, &bits, sizeof d);
            *value = Value(d);
            return Status::OK();
        }
        case kString: {
            std::string_view s;
            if (!ReadString(in, &s)) return Truncated("string");
            *value = Value(std::string(s));
            return Status::OK();
        }
        case kDate: {
            uint64_t v = 0;
            if (!ReadVarint(in, &v) || !IsStoredDays(UnZigZag(v))) return Truncated("date");
            *value = Value(Date{UnZigZag(v)});
            return Status::OK();
        }
        case kLocalTime: {
            uint64_t nanos = 0;
            if (!ReadVarint(in, &nanos) || !IsTimeOfDay(nanos)) return Truncated("local time");
            *value = Value(LocalTime{static_cast<int64_t>(nanos)});
            return Status::OK();
        }
        case kTime: {
            uint64_t nanos = 0, offset = 0;
            if (!ReadVarint(in, &nanos) || !IsTimeOfDay(nanos) || !ReadVarint(in, &offset) ||
                !IsOffset(UnZigZag(offset))) {
                return Truncated("time");
            }
            *value =
                Value(Time{static_cast<int64_t>(nanos), static_cast<int32_t>(UnZigZag(offset))});
            return Status::OK();
        }
        case kLocalDateTime:
        case kDateTime: {
            uint64_t days = 0, nanos = 0;
            if (!ReadVarint(in, &days) || !IsStoredDays(UnZigZag(days)) ||
                !ReadVarint(in, &nanos) || !IsTimeOfDay(nanos)) {
                return Truncated("date and time");
            }
            if (tag == kLocalDateTime) {
                *value = Value(LocalDateTime{UnZigZag(days), static_cast<int64_t>(nanos)});
                return Status::OK();
            }
            uint64_t offset = 0;
            std::string_view zone;
            if (!ReadVarint(in, &offset) || !IsOffset(UnZigZag(offset)) || !ReadString(in, &zone)) {
                return Truncated("datetime");
            }
            *value = Value(DateTime{UnZigZag(days), static_cast<int64_t>(nanos),
                                    static_cast<int32_t>(UnZigZag(offset)), std::string(zone)});
            return Status::OK();
        }
        case kDuration: {
            uint64_t months = 0, days = 0, seconds = 0, nanos = 0;
            if (!ReadVarint(in, &months) || !ReadVarint(in, &days) || !ReadVarint(in, &seconds) ||
                !ReadVarint(in, &nanos) || nanos >= static_cast<uint64_t>(kNanosPerSecond)) {
                return Truncated("duration");
            }
            *value = Value(Duration{UnZigZag(months), UnZigZag(days), UnZigZag(seconds),
                                    static_cast<int32_t>(nanos)});
            return Status::OK();
        }
        case kList: {
            if (depth > 0) return Status::Corruption("stored list nested in a list");
            uint64_t n = 0;
            if (!ReadVarint(in, &n) || n > in->size()) return Truncated("list");
            List list;
            list.reserve(n);
            for (uint64_t i = 0; i < n; ++i) {
                Value v;
                DOSSIER_RETURN_IF_ERROR(DecodeValueAtDepth(in, &v, depth + 1));
                list.push_back(std::move(v));
            }
            *value = Value(std::move(list));
            return Status::OK();
        }
        default:
            return Status::Corruption("stored value has unknown tag " + std::to_string(tag));
    }
}

}  // namespace

void AppendVarint(uint64_t v, std::string* out) {
    while (v >= 0x80) {
        out->push_back(static_cast<char>(v | 0x80));
        v >>= 7;
    }
    out->push_back(static_cast<char>(v));
}

bool ReadVarint(std::string_view* in, uint64_t* v) {
    uint64_t result = 0;
    for (int shift = 0; shift <= 63 && !in->empty(); shift += 7) {
        const auto byte = static_cast<uint8_t>((*in)[0]);
        in->remove_prefix(1);
        result |= static_cast<uint64_t>(byte & 0x7f) << shift;
        if ((byte & 0x80) == 0) {
            *v = result;
            return true;
        }
    }
    return false;
}

Status EncodeValue(const Value& value, std::string* out) {
    switch (value.kind()) {
        case Value::Kind::kNull:
            out->push_back(kNull);
            return Status::OK();
        case Value::Kind::kBool:
            out->push_back(value.as_bool() ? kTrue : kFalse);
            return Status::OK();
        case Value::Kind::kInt:
            out->push_back(kInt);
            AppendVarint(ZigZag(value.as_int()), out);
            return Status::OK();
        case Value::Kind::kFloat: {
            out->push_back(kFloat);
            uint64_t bits;
            const double d = value.as_float();
            std::memcpy(&bits, &d, sizeof bits);
            keys::AppendBigEndian64(bits, out);
            return Status::OK();
        }
        case Value::Kind::kString:
            out->push_back(kString);
            AppendString(value.as_string(), out);
            return Status::OK();
        case Value::Kind::kDate:
            out->push_back(kDate);
            AppendVarint(ZigZag(value.as_date().days), out);
            return Status::OK();
        case Value::Kind::kLocalTime:
            out->push_back(kLocalTime);
            AppendVarint(value.as_local_time().nanos, out);
            return Status::OK();
        case Value::Kind::kTime:
            out->push_back(kTime);
            AppendVarint(value.as_time().nanos, out);
            AppendVarint(ZigZag(value.as_time().offset_seconds), out);
            return Status::OK();
        case Value::Kind::kLocalDateTime:
            out->push_back(kLocalDateTime);
            AppendVarint(ZigZag(value.as_local_date_time().days), out);
            AppendVarint(value.as_local_date_time().nanos, out);
            return Status::OK();
        case Value::Kind::kDateTime: {
            const DateTime& t = value.as_date_time();
            out->push_back(kDateTime);
            AppendVarint(ZigZag(t.days), out);
            AppendVarint(t.nanos, out);
            AppendVarint(ZigZag(t.offset_seconds), out);
            AppendString(t.zone, out);
            return Status::OK();
        }
        case Value::Kind::kDuration: {
            const Duration d = value.as_duration();
            out->push_back(kDuration);
            AppendVarint(ZigZag(d.months), out);
            AppendVarint(ZigZag(d.days), out);
            AppendVarint(ZigZag(d.seconds), out);
            AppendVarint(d.nanos, out);
            return Status::OK();
        }
        case Value::Kind::kList:
            if (!value.IsStorable()) break;
            out->push_back(kList);
            AppendVarint(value.as_list().size(), out);
            for (const Value& v : value.as_list()) DOSSIER_RETURN_IF_ERROR(EncodeValue(v, out));
            return Status::OK();
        default:
            break;
    }
    return Status::InvalidArgument("cannot store the value " + value.ToCypher() +
                                   ": properties hold null, booleans, numbers, strings, "
                                   "temporal values and lists of those");
}

Status DecodeValue(std::string_view* in, Value* value) {
    return DecodeValueAtDepth(in, value, 0);
}

Status EncodeProperties(const PropertyMap& properties, std::string* out) {
    AppendVarint(properties.size(), out);
    for (const auto& [key, value] : properties) {
        AppendString(key, out);
        Status s = EncodeValue(value, out);
        if (!s.ok()) return Status::InvalidArgument("property '" + key + "': " + s.message());
    }
    return Status::OK();
}

Status DecodeProperties(std::string_view* in, PropertyMap* properties) {
    uint64_t n = 0;
    if (!ReadVarint(in, &n) || n > in->size()) return Truncated("property map");
    properties->clear();
    for (uint64_t i = 0; i < n; ++i) {
        std::string_view key;
        if (!ReadString(in, &key)) return Truncated("property key");
        Value v;
        DOSSIER_RETURN_IF_ERROR(DecodeValue(in, &v));
        properties->emplace_hint(properties->end(), std::string(key), std::move(v));
    }
    return Status::OK();
}

Status EncodeNode(const Node& node, std::string* out) {
    AppendVarint(node.labels.size(), out);
    for (const auto& label : node.labels) AppendString(label, out);
    return EncodeProperties(node.properties, out);
}

Status DecodeNode(NodeId id, std::string_view in, Node* node) {
    node->id = id;
    node->labels.clear();
    uint64_t n = 0;
    if (!ReadVarint(&in, &n) || n > in.size()) return Truncated("node record");
    for (uint64_t i = 0; i < n; ++i) {
        std::string_view label;
        if (!ReadString(&in, &label)) return Truncated("node label");
        node->labels.emplace_back(label);
    }
    DOSSIER_RETURN_IF_ERROR(DecodeProperties(&in, &node->properties));
    if (!in.empty()) return Status::Corruption("node record has trailing bytes");
    return Status::OK();
}

Status EncodeEdge(const Edge& edge, std::string* out) {
    keys::AppendBigEndian64(edge.src, out);
    keys::AppendBigEndian64(edge.dst, out);
    AppendString(edge.type, out);
    return EncodeProperties(edge.properties, out);
}

Status DecodeEdge(EdgeId id, std::string_view in, Edge* edge) {
    edge->id = id;
    if (in.size() < 16) return Truncated("edge record");
    edge->src = keys::ReadBigEndian64(in.data());
    edge->dst = keys::ReadBigEndian64(in.data() + 8);
    in.remove_prefix(16);
    std::string_view type;
    if (!ReadString(&in, &type)) return Truncated("edge type");
    edge->type = std::string(type);
    DOSSIER_RETURN_IF_ERROR(DecodeProperties(&in, &edge->properties));
    if (!in.empty()) return Status::Corruption("edge record has trailing bytes");
    return Status::OK();
}

}  // namespace dossier::graph::codec
