#include "query/eval/comparison.h"

#include <cmath>
#include <tuple>

namespace dossier::query::eval {

using graph::Value;
using Kind = Value::Kind;

namespace {

int Sign(double d) {
    return d < 0 ? -1 : (d > 0 ? 1 : 0);
}

template <typename T>
int Cmp(const T& a, const T& b) {
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Compares two numbers exactly: int64 against double without losing precision.
int CompareNumbers(const Value& a, const Value& b) {
    if (a.is_int() && b.is_int()) return Cmp(a.as_int(), b.as_int());
    if (a.is_float() && b.is_float()) return Cmp(a.as_float(), b.as_float());
    if (a.is_int()) return -CompareNumbers(b, a);
    // a float, b int
    const double d = a.as_float();
    const int64_t i = b.as_int();
    if (d < -9.3e18) return -1;
    if (d > 9.3e18) return 1;
    const double fl = std::floor(d);
    const int64_t whole = static_cast<int64_t>(fl);
    if (whole != i) return Cmp(whole, i);
    return d > fl ? 1 : 0;
}

// Rank of a kind in the global order.
int OrderRank(const Value& v) {
    switch (v.kind()) {
        case Kind::kMap:
            return 0;
        case Kind::kNode:
            return 1;
        case Kind::kEdge:
            return 2;
        case Kind::kList:
            return 3;
        case Kind::kPath:
            return 4;
        case Kind::kDateTime:
            return 5;
        case Kind::kLocalDateTime:
            return 6;
        case Kind::kDate:
            return 7;
        case Kind::kTime:
            return 8;
        case Kind::kLocalTime:
            return 9;
        case Kind::kDuration:
            return 10;
        case Kind::kString:
            return 11;
        case Kind::kBool:
            return 12;
        case Kind::kInt:
        case Kind::kFloat:
            return 13;
        case Kind::kNull:
            return 14;
    }
    return 15;
}

// Orders two values of the same temporal kind: instants by when they happen (times of day by
// their UTC time), then by offset and zone so that only identical values tie.
// `comparable_only` stops after the instant, as the comparison operators do.
std::optional<int> CompareTemporals(const Value& a, const Value& b, bool comparable_only) {
    switch (a.kind()) {
        case Kind::kDate:
            return Cmp(a.as_date(), b.as_date());
        case Kind::kLocalTime:
            return Cmp(a.as_local_time(), b.as_local_time());
        case Kind::kLocalDateTime:
            return Cmp(a.as_local_date_time(), b.as_local_date_time());
        case Kind::kTime: {
            const graph::Time x = a.as_time(), y = b.as_time();
            if (int c = Cmp(x.UtcNanos(), y.UtcNanos()); c != 0 || comparable_only) return c;
            return Cmp(x.offset_seconds, y.offset_seconds);
        }
        case Kind::kDateTime: {
            const graph::DateTime& x = a.as_date_time();
            const graph::DateTime& y = b.as_date_time();
            if (int c = Cmp(x.EpochSeconds(), y.EpochSeconds()); c != 0) return c;
            if (int c = Cmp(x.NanoOfSecond(), y.NanoOfSecond()); c != 0 || comparable_only) {
                return c;
            }
            if (int c = Cmp(x.offset_seconds, y.offset_seconds); c != 0) return c;
            return Sign(x.zone.compare(y.zone));
        }
        case Kind::kDuration: {
            if (comparable_only) return std::nullopt;  // a month has no fixed length
            const graph::Duration x = a.as_duration(), y = b.as_duration();
            return Cmp(std::tie(x.months, x.days, x.seconds, x.nanos),
                       std::tie(y.months, y.days, y.seconds, y.nanos));
        }
        default:
            return std::nullopt;
    }
}

bool IsNaN(const Value& v) {
    return v.is_float() && std::isnan(v.as_float());
}

Value ListEquals(const graph::List& a, const graph::List& b) {
    if (a.size() != b.size()) return false;
    bool saw_null = false;
    for (size_t i = 0; i < a.size(); ++i) {
        Value e = Equals(a[i], b[i]);
        if (e.is_null()) {
            saw_null = true;
        } else if (!e.as_bool()) {
            return false;
        }
    }
    return saw_null ? Value() : Value(true);
}

Value MapEquals(const graph::Map& a, const graph::Map& b) {
    if (a.size() != b.size()) return false;
    bool saw_null = false;
    for (auto ia = a.begin(), ib = b.begin(); ia != a.end(); ++ia, ++ib) {
        if (ia->first != ib->first) return false;
        Value e = Equals(ia->second, ib->second);
        if (e.is_null()) {
            saw_null = true;
        } else if (!e.as_bool()) {
            return false;
        }
    }
    return saw_null ? Value() : Value(true);
}

bool SamePath(const graph::Path& a, const graph::Path& b) {
    if (a.nodes.size() != b.nodes.size() || a.edges.size() != b.edges.size()) return false;
    for (size_t i = 0; i < a.nodes.size(); ++i) {
        if (a.nodes[i].id != b.nodes[i].id) return false;
    }
    for (size_t i = 0; i < a.edges.size(); ++i) {
        if (a.edges[i].id != b.edges[i].id) return false;
    }
    return true;
}

int OrderLists(const graph::List& a, const graph::List& b) {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        if (int c = OrderCompare(a[i], b[i]); c != 0) return c;
    }
    return Cmp(a.size(), b.size());
}

int OrderMaps(const graph::Map& a, const graph::Map& b) {
    auto ia = a.begin();
    auto ib = b.begin();
    for (; ia != a.end() && ib != b.end(); ++ia, ++ib) {
        if (int c = ia->first.compare(ib->first); c != 0) return Sign(c);
        if (int c = OrderCompare(ia->second, ib->second); c != 0) return c;
    }
    return Cmp(a.size(), b.size());
}

int OrderPaths(const graph::Path& a, const graph::Path& b) {
    const size_t n = std::min(a.nodes.size(), b.nodes.size());
    for (size_t i = 0; i < n; ++i) {
        if (int c = Cmp(a.nodes[i].id, b.nodes[i].id); c != 0) return c;
        if (i < a.edges.size() && i < b.edges.size()) {
            if (int c = Cmp(a.edges[i].id, b.edges[i].id); c != 0) return c;
        }
    }
    return Cmp(a.nodes.size(), b.nodes.size());
}

}  // namespace

Value Equals(const Value& a, const Value& b) {
    if (a.is_null() || b.is_null()) return Value();
    if (a.is_number() && b.is_number()) {
        if (IsNaN(a) || IsNaN(b)) return false;
        return CompareNumbers(a, b) == 0;
    }
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
        case Kind::kList:
            return ListEquals(a.as_list(), b.as_list());
        case Kind::kMap:
            return MapEquals(a.as_map(), b.as_map());
        case Kind::kPath:
            return SamePath(a.as_path(), b.as_path());
        case Kind::kTime:
        case Kind::kDateTime:
            return CompareTemporals(a, b, true) == 0;
        default:
            return a == b;
    }
}

std::optional<int> Compare(const Value& a, const Value& b) {
    if (a.is_null() || b.is_null()) return std::nullopt;
    if (a.is_number() && b.is_number()) {
        if (IsNaN(a) || IsNaN(b)) return std::nullopt;
        return CompareNumbers(a, b);
    }
    if (a.kind() != b.kind()) return std::nullopt;
    switch (a.kind()) {
        case Kind::kString:
            return Sign(a.as_string().compare(b.as_string()));
        case Kind::kBool:
            return Cmp(a.as_bool(), b.as_bool());
        case Kind::kDate:
        case Kind::kLocalTime:
        case Kind::kTime:
        case Kind::kLocalDateTime:
        case Kind::kDateTime:
        case Kind::kDuration:
            return CompareTemporals(a, b, true);
        case Kind::kList: {
            const auto& la = a.as_list();
            const auto& lb = b.as_list();
            const size_t n = std::min(la.size(), lb.size());
            for (size_t i = 0; i < n; ++i) {
                auto c = Compare(la[i], lb[i]);
                if (!c) return std::nullopt;
                if (*c != 0) return c;
            }
            return Cmp(la.size(), lb.size());
        }
        default:
            return std::nullopt;
    }
}

int OrderCompare(const Value& a, const Value& b) {
    const int ra = OrderRank(a);
    const int rb = OrderRank(b);
    if (ra != rb) return Cmp(ra, rb);
    switch (a.kind()) {
        case Kind::kNull:
            return 0;
        case Kind::kInt:
        case Kind::kFloat:
            if (IsNaN(a) || IsNaN(b)) return Cmp(IsNaN(a), IsNaN(b));
            return CompareNumbers(a, b);
        case Kind::kString:
            return Sign(a.as_string().compare(b.as_string()));
        case Kind::kBool:
            return Cmp(a.as_bool(), b.as_bool());
        case Kind::kDate:
        case Kind::kLocalTime:
        case Kind::kTime:
        case Kind::kLocalDateTime:
        case Kind::kDateTime:
        case Kind::kDuration:
            return *CompareTemporals(a, b, false);
        case Kind::kList:
            return OrderLists(a.as_list(), b.as_list());
        case Kind::kMap:
            return OrderMaps(a.as_map(), b.as_map());
        case Kind::kNode:
            return Cmp(a.as_node().id, b.as_node().id);
        case Kind::kEdge:
            return Cmp(a.as_edge().id, b.as_edge().id);
        case Kind::kPath:
            return OrderPaths(a.as_path(), b.as_path());
    }
    return 0;
}

bool ValuesLess::operator()(const std::vector<Value>& a, const std::vector<Value>& b) const {
    const size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; ++i) {
        if (int c = OrderCompare(a[i], b[i]); c != 0) return c < 0;
    }
    return a.size() < b.size();
}

}  // namespace dossier::query::eval
