#include "graph/value.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

#include "graph/dcheck.h"

namespace dossier::graph {

namespace {

std::string FormatFloat(double d) {
    if (std::isnan(d)) return "NaN";
    if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", d);
    std::string s = buf;
    if (std::strtod(s.c_str(), nullptr) != d) {
        std::snprintf(buf, sizeof buf, "%.17g", d);
        s = buf;
    }
    if (s.find_first_of(".eEn") == std::string::npos) s += ".0";
    return s;
}

void AppendProperties(const PropertyMap& props, std::string* out) {
    if (props.empty()) return;
    *out += " {";
    bool first = true;
    for (const auto& [k, v] : props) {
        if (!first) *out += ", ";
        first = false;
        *out += k;
        *out += ": ";
        *out += v.ToCypher();
    }
    *out += "}";
}

std::string NodeToCypher(const Node& n) {
    std::string s = "(";
    for (const auto& l : n.labels) s += ":" + l;
    AppendProperties(n.properties, &s);
    s += ")";
    return s;
}

std::string EdgeToCypher(const Edge& e) {
    std::string s = "[:" + e.type;
    AppendProperties(e.properties, &s);
    s += "]";
    return s;
}

}  // namespace

std::string Value::ToIso() const {
    DOSSIER_DCHECK(is_temporal() || is_duration());
    switch (kind()) {
        case Kind::kDate:
            return as_date().ToIso();
        case Kind::kLocalTime:
            return as_local_time().ToIso();
        case Kind::kTime:
            return as_time().ToIso();
        case Kind::kLocalDateTime:
            return as_local_date_time().ToIso();
        case Kind::kDateTime:
            return as_date_time().ToIso();
        case Kind::kDuration:
            return as_duration().ToIso();
        default:
            return "";
    }
}

const char* Value::TemporalKindName() const {
    DOSSIER_DCHECK(is_temporal() || is_duration());
    switch (kind()) {
        case Kind::kDate:
            return "date";
        case Kind::kLocalTime:
            return "localtime";
        case Kind::kTime:
            return "time";
        case Kind::kLocalDateTime:
            return "localdatetime";
        case Kind::kDateTime:
            return "datetime";
        case Kind::kDuration:
            return "duration";
        default:
            return "";
    }
}

bool Value::IsStorable() const {
    switch (kind()) {
        case Kind::kMap:
        case Kind::kNode:
        case Kind::kEdge:
        case Kind::kPath:
            return false;
        case Kind::kList:
            return std::all_of(as_list().begin(), as_list().end(),
                               [](const Value& v) { return !v.is_list() && v.IsStorable(); });
        default:
            return true;
    }
}

bool operator==(const Value& a, const Value& b) {
    if (a.kind() != b.kind()) return false;
    switch (a.kind()) {
        case Value::Kind::kNull:
            return true;
        case Value::Kind::kBool:
            return a.as_bool() == b.as_bool();
        case Value::Kind::kInt:
            return a.as_int() == b.as_int();
        case Value::Kind::kFloat:
            return a.as_float() == b.as_float();
        case Value::Kind::kString:
            return a.as_string() == b.as_string();
        case Value::Kind::kDate:
            return a.as_date() == b.as_date();
        case Value::Kind::kLocalTime:
            return a.as_local_time() == b.as_local_time();
        case Value::Kind::kTime:
            return a.as_time() == b.as_time();
        case Value::Kind::kLocalDateTime:
            return a.as_local_date_time() == b.as_local_date_time();
        case Value::Kind::kDateTime:
            return a.as_date_time() == b.as_date_time();
        case Value::Kind::kDuration:
            return a.as_duration() == b.as_duration();
        case Value::Kind::kList:
            return a.as_list() == b.as_list();
        case Value::Kind::kMap:
            return a.as_map() == b.as_map();
        case Value::Kind::kNode:
            return a.as_node().id == b.as_node().id;
        case Value::Kind::kEdge:
            return a.as_edge().id == b.as_edge().id;
        case Value::Kind::kPath: {
            const Path& p = a.as_path();
            const Path& q = b.as_path();
            if (p.nodes.size() != q.nodes.size() || p.edges.size() != q.edges.size()) return false;
            for (size_t i = 0; i < p.nodes.size(); ++i)
                if (p.nodes[i].id != q.nodes[i].id) return false;
            for (size_t i = 0; i < p.edges.size(); ++i)
                if (p.edges[i].id != q.edges[i].id) return false;
            return true;
        }
    }
    return false;
}

std::string QuoteCypherString(std::string_view s) {
    std::string out = "'";
    for (char c : s) {
        if (c == '\\' || c == '\'') out += '\\';
        out += c;
    }
    out += "'";
    return out;
}

std::string Value::ToCypher() const {
    switch (kind()) {
        case Kind::kNull:
            return "null";
        case Kind::kBool:
            return as_bool() ? "true" : "false";
        case Kind::kInt:
            return std::to_string(as_int());
        case Kind::kFloat:
            return FormatFloat(as_float());
        case Kind::kString:
            return QuoteCypherString(as_string());
        case Kind::kDate:
        case Kind::kLocalTime:
        case Kind::kTime:
        case Kind::kLocalDateTime:
        case Kind::kDateTime:
        case Kind::kDuration:
            return std::string(TemporalKindName()) + "('" + ToIso() + "')";
        case Kind::kList: {
            std::string s = "[";
            for (size_t i = 0; i < as_list().size(); ++i) {
                if (i) s += ", ";
                s += as_list()[i].ToCypher();
            }
            return s + "]";
        }
        case Kind::kMap: {
            std::string s = "{";
            bool first = true;
            for (const auto& [k, v] : as_map()) {
                if (!first) s += ", ";
                first = false;
                s += k + ": " + v.ToCypher();
            }
            return s + "}";
        }
        case Kind::kNode:
            return NodeToCypher(as_node());
        case Kind::kEdge:
            return EdgeToCypher(as_edge());
        case Kind::kPath: {
            const Path& p = as_path();
            std::string s = "<";
            for (size_t i = 0; i < p.nodes.size(); ++i) {
                s += NodeToCypher(p.nodes[i]);
                if (i < p.edges.size()) {
                    const Edge& e = p.edges[i];
                    const bool forward = e.src == p.nodes[i].id;
                    s += forward ? "-" : "<-";
                    s += EdgeToCypher(e);
                    s += forward ? "->" : "-";
                }
            }
            return s + ">";
        }
    }
    return "null";
}

bool Node::HasLabel(std::string_view label) const {
    return std::find(labels.begin(), labels.end(), label) != labels.end();
}

const Value* Node::Find(std::string_view key) const {
    auto it = properties.find(std::string(key));
    return it == properties.end() ? nullptr : &it->second;
}

const Value* Edge::Find(std::string_view key) const {
    auto it = properties.find(std::string(key));
    return it == properties.end() ? nullptr : &it->second;
}

Value MakeNodeValue(Node n) {
    return Value(std::make_shared<const Node>(std::move(n)));
}
Value MakeEdgeValue(Edge e) {
    return Value(std::make_shared<const Edge>(std::move(e)));
}
Value MakePathValue(Path p) {
    return Value(std::make_shared<const Path>(std::move(p)));
}

}  // namespace dossier::graph
