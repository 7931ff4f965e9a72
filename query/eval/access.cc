#include "query/eval/access.h"

#include <algorithm>

#include "query/eval/temporal_values.h"
#include "query/eval/type_errors.h"

namespace dossier::query::eval {

using graph::Value;

Result<Value> Subscript(const Value& container, const Value& index) {
    if (container.is_null() || index.is_null()) return Value();
    if (container.is_list()) {
        if (!index.is_int()) return InvalidArgumentType("a list index must be an integer", index);
        const auto& list = container.as_list();
        int64_t i = index.as_int();
        const int64_t n = static_cast<int64_t>(list.size());
        if (i < 0) i += n;
        if (i < 0 || i >= n) return Value();
        return list[static_cast<size_t>(i)];
    }
    if (container.is_map() || container.is_node() || container.is_edge()) {
        if (!index.is_string()) {
            return Status(Status::Code::kTypeError,
                          "a map key must be a string, got " + index.ToCypher(),
                          "MapElementAccessByNonString");
        }
        return Property(container, index.as_string());
    }
    return InvalidArgumentType("[] expects a list or a map", container);
}

Result<Value> Slice(const Value& list, const Value& from, const Value& to, bool has_from,
                    bool has_to) {
    if (list.is_null()) return Value();
    if (!list.is_list()) return InvalidArgumentType("a slice expects a list", list);
    if ((has_from && from.is_null()) || (has_to && to.is_null())) return Value();
    if (has_from && !from.is_int())
        return InvalidArgumentType("a slice bound must be an integer", from);
    if (has_to && !to.is_int()) return InvalidArgumentType("a slice bound must be an integer", to);
    const auto& l = list.as_list();
    const int64_t n = static_cast<int64_t>(l.size());
    auto clamp = [n](int64_t i) {
        if (i < 0) i += n;
        return std::clamp<int64_t>(i, 0, n);
    };
    const int64_t lo = has_from ? clamp(from.as_int()) : 0;
    const int64_t hi = has_to ? clamp(to.as_int()) : n;
    if (lo >= hi) return Value(graph::List{});
    return Value(graph::List(l.begin() + lo, l.begin() + hi));
}

Result<Value> Property(const Value& v, std::string_view key) {
    if (v.is_null()) return Value();
    const Value* found = nullptr;
    if (v.is_node()) {
        found = v.as_node().Find(key);
    } else if (v.is_edge()) {
        found = v.as_edge().Find(key);
    } else if (v.is_map()) {
        auto it = v.as_map().find(std::string(key));
        if (it != v.as_map().end()) found = &it->second;
    } else if (v.is_temporal() || v.is_duration()) {
        return TemporalProperty(v, key);
    } else {
        return InvalidArgumentType(
            "property access ." + std::string(key) + " expects a node, relationship or map", v);
    }
    return found ? *found : Value();
}

}  // namespace dossier::query::eval
