#include "graph/value.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace dossier::graph {

namespace {

// Howard Hinnant's days-from-civil algorithm (public domain formulation of the calendar math).
int32_t DaysFromCivil(int y, unsigned m, unsigned d) {
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int>(doe) - 719468;
}

bool IsLeap(int y) {
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int DaysInMonth(int y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && IsLeap(y) ? 29 : kDays[m - 1];
}

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

Date Date::FromYmd(int year, int month, int day) {
    return Date{DaysFromCivil(year, static_cast<unsigned>(month), static_cast<unsigned>(day))};
}

std::optional<Date> Date::FromIso(std::string_view iso) {
    int y = 0, m = 0, d = 0;
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return std::nullopt;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (iso[i] < '0' || iso[i] > '9') return std::nullopt;
    }
    y = std::stoi(std::string(iso.substr(0, 4)));
    m = std::stoi(std::string(iso.substr(5, 2)));
    d = std::stoi(std::string(iso.substr(8, 2)));
    if (m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) return std::nullopt;
    return FromYmd(y, m, d);
}

void Date::ToYmd(int* year, int* month, int* day) const {
    // Inverse of DaysFromCivil.
    int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = static_cast<int>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    *year = y + (m <= 2);
    *month = static_cast<int>(m);
    *day = static_cast<int>(d);
}

std::string Date::ToIso() const {
    int y, m, d;
    ToYmd(&y, &m, &d);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
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
            return "date('" + as_date().ToIso() + "')";
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
