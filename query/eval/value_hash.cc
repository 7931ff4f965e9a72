#include "query/eval/value_hash.h"

#include <cmath>
#include <functional>
#include <string_view>

#include "query/eval/comparison.h"

namespace dossier::query::eval {

namespace {

using Kind = graph::Value::Kind;

// Mixes `h` into `seed` (the boost::hash_combine recipe, 64-bit constant).
size_t Combine(size_t seed, size_t h) {
    return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

size_t NumberHash(double d) {
    if (std::isnan(d)) return 0x7ff8;  // every NaN is equivalent to every other
    if (d == 0) d = 0;                 // -0.0 and 0.0 are equivalent
    return std::hash<double>{}(d);
}

}  // namespace

size_t EquivalenceHash(const graph::Value& v) {
    switch (v.kind()) {
        case Kind::kInt:
        case Kind::kFloat:
            // Integers and floats compare as numbers, so both hash as the double they convert to.
            return NumberHash(v.as_number());
        case Kind::kString:
            return std::hash<std::string_view>{}(v.as_string());
        case Kind::kBool:
            return v.as_bool() ? 0x51 : 0x50;
        case Kind::kNode:
            return std::hash<uint64_t>{}(v.as_node().id);
        case Kind::kEdge:
            return Combine(0xed, std::hash<uint64_t>{}(v.as_edge().id));
        case Kind::kList: {
            size_t h = 0x11;
            for (const auto& e : v.as_list()) h = Combine(h, EquivalenceHash(e));
            return h;
        }
        case Kind::kMap: {
            size_t h = 0x33;
            for (const auto& [key, value] : v.as_map()) {
                h = Combine(Combine(h, std::hash<std::string_view>{}(key)), EquivalenceHash(value));
            }
            return h;
        }
        default:
            return static_cast<size_t>(v.kind());
    }
}

size_t RowHash::operator()(const std::vector<graph::Value>& row) const {
    size_t h = row.size();
    for (const auto& v : row) h = Combine(h, EquivalenceHash(v));
    return h;
}

bool ValueEquivalent::operator()(const graph::Value& a, const graph::Value& b) const {
    return Equivalent(a, b);
}

bool RowEquivalent::operator()(const std::vector<graph::Value>& a,
                               const std::vector<graph::Value>& b) const {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (!Equivalent(a[i], b[i])) return false;
    }
    return true;
}

}  // namespace dossier::query::eval
