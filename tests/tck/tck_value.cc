#include "tests/tck/tck_value.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace dossier::tck {
namespace {

class NotationParser {
  public:
    explicit NotationParser(std::string_view s) : s_(s) {}

    Result<TckValue> ParseAll() {
        Result<TckValue> v = Parse();
        if (!v.ok()) return v;
        SkipSpace();
        if (pos_ != s_.size()) return Error("unexpected text after the value");
        return v;
    }

  private:
    Status Error(const std::string& what) const {
        return Status::InvalidArgument("TCK value '" + std::string(s_) + "', offset " +
                                       std::to_string(pos_) + ": " + what);
    }

    void SkipSpace() {
        while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n')) {
            ++pos_;
        }
    }
    bool Peek(char c) {
        SkipSpace();
        return pos_ < s_.size() && s_[pos_] == c;
    }
    bool Eat(char c) {
        if (!Peek(c)) return false;
        ++pos_;
        return true;
    }
    bool EatWord(std::string_view w) {
        SkipSpace();
        if (s_.substr(pos_, w.size()) != w) return false;
        size_t end = pos_ + w.size();
        if (end < s_.size() &&
            (std::isalnum(static_cast<unsigned char>(s_[end])) || s_[end] == '_')) {
            return false;
        }
        pos_ = end;
        return true;
    }

    Result<std::string> Name() {
        SkipSpace();
        if (Peek('`')) {
            size_t end = s_.find('`', pos_ + 1);
            if (end == std::string_view::npos) return Error("unterminated `name`");
            std::string n(s_.substr(pos_ + 1, end - pos_ - 1));
            pos_ = end + 1;
            return n;
        }
        size_t start = pos_;
        while (pos_ < s_.size() &&
               (std::isalnum(static_cast<unsigned char>(s_[pos_])) || s_[pos_] == '_' ||
                static_cast<unsigned char>(s_[pos_]) >= 0x80)) {
            ++pos_;
        }
        if (pos_ == start) return Error("expected a name");
        return std::string(s_.substr(start, pos_ - start));
    }

    Result<TckValue> String() {
        char quote = s_[pos_++];
        TckValue v;
        v.kind = TckValue::Kind::kString;
        while (pos_ < s_.size() && s_[pos_] != quote) {
            char c = s_[pos_++];
            if (c == '\\' && pos_ < s_.size()) {
                char e = s_[pos_++];
                switch (e) {
                    case 'n':
                        v.text += '\n';
                        break;
                    case 't':
                        v.text += '\t';
                        break;
                    case 'r':
                        v.text += '\r';
                        break;
                    case 'b':
                        v.text += '\b';
                        break;
                    case 'f':
                        v.text += '\f';
                        break;
                    default:
                        v.text += e;
                }
                continue;
            }
            v.text += c;
        }
        if (pos_ >= s_.size()) return Error("unterminated string");
        ++pos_;
        return v;
    }

    Result<TckValue> Number() {
        size_t start = pos_;
        if (s_[pos_] == '-' || s_[pos_] == '+') ++pos_;
        bool is_float = false;
        while (pos_ < s_.size()) {
            char c = s_[pos_];
            if (std::isdigit(static_cast<unsigned char>(c))) {
                ++pos_;
            } else if (c == '.' || c == 'e' || c == 'E' ||
                       ((c == '-' || c == '+') && (s_[pos_ - 1] == 'e' || s_[pos_ - 1] == 'E'))) {
                is_float = true;
                ++pos_;
            } else {
                break;
            }
        }
        std::string num(s_.substr(start, pos_ - start));
        TckValue v;
        if (EatWord("Infinity") || EatWord("Inf")) {  // -Inf
            v.kind = TckValue::Kind::kFloat;
            v.number = num == "-" ? -std::numeric_limits<double>::infinity()
                                  : std::numeric_limits<double>::infinity();
            return v;
        }
        char* end = nullptr;
        if (is_float) {
            v.kind = TckValue::Kind::kFloat;
            v.number = std::strtod(num.c_str(), &end);
        } else {
            v.kind = TckValue::Kind::kInt;
            v.integer = std::strtoll(num.c_str(), &end, 10);
        }
        if (end != num.c_str() + num.size() || num.empty()) return Error("bad number " + num);
        return v;
    }

    // {key: value, ...}; the opening brace is next.
    Status Entries(std::map<std::string, TckValue>* out) {
        Eat('{');
        if (Eat('}')) return Status::OK();
        do {
            DOSSIER_ASSIGN_OR_RETURN(std::string key, Name());
            if (!Eat(':')) return Error("expected ':' after map key " + key);
            DOSSIER_ASSIGN_OR_RETURN(TckValue v, Parse());
            (*out)[key] = std::move(v);
        } while (Eat(','));
        if (!Eat('}')) return Error("expected '}'");
        return Status::OK();
    }

    Result<TckValue> Node() {
        Eat('(');
        TckValue v;
        v.kind = TckValue::Kind::kNode;
        while (Eat(':')) {
            DOSSIER_ASSIGN_OR_RETURN(std::string label, Name());
            v.labels.push_back(std::move(label));
        }
        std::sort(v.labels.begin(), v.labels.end());
        if (Peek('{')) DOSSIER_RETURN_IF_ERROR(Entries(&v.entries));
        if (!Eat(')')) return Error("expected ')' closing a node");
        return v;
    }

    // [:TYPE {props}]; the opening bracket is next.
    Result<TckValue> Relationship() {
        Eat('[');
        TckValue v;
        v.kind = TckValue::Kind::kRelationship;
        if (!Eat(':')) return Error("expected ':' and a relationship type");
        DOSSIER_ASSIGN_OR_RETURN(v.text, Name());
        if (Peek('{')) DOSSIER_RETURN_IF_ERROR(Entries(&v.entries));
        if (!Eat(']')) return Error("expected ']' closing a relationship");
        return v;
    }

    Result<TckValue> PathValue() {
        Eat('<');
        TckValue v;
        v.kind = TckValue::Kind::kPath;
        DOSSIER_ASSIGN_OR_RETURN(TckValue first, Node());
        v.items.push_back(std::move(first));
        while (!Eat('>')) {
            bool backward = Eat('<');
            if (!Eat('-')) return Error("expected '-' in a path");
            DOSSIER_ASSIGN_OR_RETURN(TckValue rel, Relationship());
            if (!Eat('-')) return Error("expected '-' in a path");
            bool forward = Eat('>');
            if (forward == backward) return Error("a path relationship needs one direction");
            rel.forward = forward;
            v.items.push_back(std::move(rel));
            DOSSIER_ASSIGN_OR_RETURN(TckValue node, Node());
            v.items.push_back(std::move(node));
        }
        return v;
    }

    Result<TckValue> List() {
        Eat('[');
        TckValue v;
        v.kind = TckValue::Kind::kList;
        if (Eat(']')) return v;
        do {
            DOSSIER_ASSIGN_OR_RETURN(TckValue item, Parse());
            v.items.push_back(std::move(item));
        } while (Eat(','));
        if (!Eat(']')) return Error("expected ']' closing a list");
        return v;
    }

    Result<TckValue> Parse() {
        SkipSpace();
        if (pos_ >= s_.size()) return Error("expected a value");
        char c = s_[pos_];
        if (c == '\'' || c == '"') return String();
        if (c == '(') return Node();
        if (c == '<') return PathValue();
        if (c == '{') {
            TckValue v;
            v.kind = TckValue::Kind::kMap;
            DOSSIER_RETURN_IF_ERROR(Entries(&v.entries));
            return v;
        }
        if (c == '[') {
            size_t save = pos_++;
            bool rel = Peek(':');
            pos_ = save;
            return rel ? Relationship() : List();
        }
        TckValue v;
        if (EatWord("null")) return v;
        if (EatWord("true")) {
            v.kind = TckValue::Kind::kBool;
            v.boolean = true;
            return v;
        }
        if (EatWord("false")) {
            v.kind = TckValue::Kind::kBool;
            return v;
        }
        if (EatWord("NaN")) {
            v.kind = TckValue::Kind::kFloat;
            v.number = std::numeric_limits<double>::quiet_NaN();
            return v;
        }
        if (EatWord("Infinity") || EatWord("Inf")) {
            v.kind = TckValue::Kind::kFloat;
            v.number = std::numeric_limits<double>::infinity();
            return v;
        }
        if (c == '-' || c == '+' || c == '.' || std::isdigit(static_cast<unsigned char>(c))) {
            return Number();
        }
        return Error("cannot read a value here");
    }

    std::string_view s_;
    size_t pos_ = 0;
};

bool FloatEquals(double a, double b) {
    if (std::isnan(a) || std::isnan(b)) return std::isnan(a) && std::isnan(b);
    if (a == b) return true;
    return std::fabs(a - b) <= 1e-9 * std::max(std::fabs(a), std::fabs(b));
}

bool PropertiesMatch(const std::map<std::string, TckValue>& expected, const graph::Map& actual,
                     bool ignore_order) {
    if (expected.size() != actual.size()) return false;
    for (const auto& [key, value] : expected) {
        auto it = actual.find(key);
        if (it == actual.end() || !Matches(value, it->second, ignore_order)) return false;
    }
    return true;
}

bool NodeMatches(const TckValue& e, const graph::Node& n, bool ignore_order) {
    std::vector<std::string> labels = n.labels;
    std::sort(labels.begin(), labels.end());
    return labels == e.labels && PropertiesMatch(e.entries, n.properties, ignore_order);
}

bool EdgeMatches(const TckValue& e, const graph::Edge& r, bool ignore_order) {
    return r.type == e.text && PropertiesMatch(e.entries, r.properties, ignore_order);
}

bool ListMatches(const std::vector<TckValue>& expected, const graph::List& actual,
                 bool ignore_order) {
    if (expected.size() != actual.size()) return false;
    if (!ignore_order) {
        for (size_t i = 0; i < expected.size(); ++i) {
            if (!Matches(expected[i], actual[i], false)) return false;
        }
        return true;
    }
    std::vector<bool> used(actual.size(), false);
    for (const auto& e : expected) {
        bool found = false;
        for (size_t i = 0; i < actual.size() && !found; ++i) {
            if (!used[i] && Matches(e, actual[i], true)) used[i] = found = true;
        }
        if (!found) return false;
    }
    return true;
}

bool PathMatches(const TckValue& e, const graph::Path& p, bool ignore_order) {
    if (e.items.size() != p.nodes.size() + p.edges.size()) return false;
    for (size_t i = 0; i < p.nodes.size(); ++i) {
        if (!NodeMatches(e.items[2 * i], p.nodes[i], ignore_order)) return false;
    }
    for (size_t i = 0; i < p.edges.size(); ++i) {
        const TckValue& rel = e.items[2 * i + 1];
        const graph::Edge& edge = p.edges[i];
        if (!EdgeMatches(rel, edge, ignore_order)) return false;
        graph::NodeId from = rel.forward ? p.nodes[i].id : p.nodes[i + 1].id;
        graph::NodeId to = rel.forward ? p.nodes[i + 1].id : p.nodes[i].id;
        if (edge.src != from || edge.dst != to) return false;
    }
    return true;
}

std::string EntriesToString(const std::map<std::string, TckValue>& entries) {
    std::string out = "{";
    bool first = true;
    for (const auto& [k, v] : entries) {
        out += (first ? "" : ", ") + k + ": " + v.ToString();
        first = false;
    }
    return out + "}";
}

}  // namespace

Result<TckValue> ParseTckValue(std::string_view text) {
    return NotationParser(text).ParseAll();
}

std::string TckValue::ToString() const {
    switch (kind) {
        case Kind::kNull:
            return "null";
        case Kind::kBool:
            return boolean ? "true" : "false";
        case Kind::kInt:
            return std::to_string(integer);
        case Kind::kFloat:
            return graph::Value(number).ToCypher();
        case Kind::kString:
            return graph::QuoteCypherString(text);
        case Kind::kList: {
            std::string out = "[";
            for (size_t i = 0; i < items.size(); ++i) {
                out += (i > 0 ? ", " : "") + items[i].ToString();
            }
            return out + "]";
        }
        case Kind::kMap:
            return EntriesToString(entries);
        case Kind::kNode: {
            std::string out = "(";
            for (const auto& l : labels) out += ":" + l;
            if (!entries.empty()) out += (labels.empty() ? "" : " ") + EntriesToString(entries);
            return out + ")";
        }
        case Kind::kRelationship:
            return "[:" + text + (entries.empty() ? "" : " " + EntriesToString(entries)) + "]";
        case Kind::kPath: {
            std::string out = "<" + items[0].ToString();
            for (size_t i = 1; i + 1 < items.size(); i += 2) {
                out += (items[i].forward ? "-" : "<-") + items[i].ToString() +
                       (items[i].forward ? "->" : "-") + items[i + 1].ToString();
            }
            return out + ">";
        }
    }
    return "?";
}

Result<graph::Value> ToGraphValue(const TckValue& v) {
    switch (v.kind) {
        case TckValue::Kind::kNull:
            return graph::Value();
        case TckValue::Kind::kBool:
            return graph::Value(v.boolean);
        case TckValue::Kind::kInt:
            return graph::Value(v.integer);
        case TckValue::Kind::kFloat:
            return graph::Value(v.number);
        case TckValue::Kind::kString:
            return graph::Value(v.text);
        case TckValue::Kind::kList: {
            graph::List list;
            for (const auto& item : v.items) {
                DOSSIER_ASSIGN_OR_RETURN(graph::Value x, ToGraphValue(item));
                list.push_back(std::move(x));
            }
            return graph::Value(std::move(list));
        }
        case TckValue::Kind::kMap: {
            graph::Map map;
            for (const auto& [k, item] : v.entries) {
                DOSSIER_ASSIGN_OR_RETURN(graph::Value x, ToGraphValue(item));
                map.emplace(k, std::move(x));
            }
            return graph::Value(std::move(map));
        }
        default:
            return Status::InvalidArgument("a parameter cannot be a node, relationship or path: " +
                                           v.ToString());
    }
}

bool Matches(const TckValue& e, const graph::Value& a, bool ignore_order) {
    switch (e.kind) {
        case TckValue::Kind::kNull:
            return a.is_null();
        case TckValue::Kind::kBool:
            return a.is_bool() && a.as_bool() == e.boolean;
        case TckValue::Kind::kInt:
            return a.is_int() && a.as_int() == e.integer;
        case TckValue::Kind::kFloat:
            return a.is_float() && FloatEquals(a.as_float(), e.number);
        case TckValue::Kind::kString:
            // The TCK writes temporal values as their ISO strings.
            if (a.is_temporal() || a.is_duration()) return a.ToIso() == e.text;
            return a.is_string() && a.as_string() == e.text;
        case TckValue::Kind::kList:
            return a.is_list() && ListMatches(e.items, a.as_list(), ignore_order);
        case TckValue::Kind::kMap:
            return a.is_map() && PropertiesMatch(e.entries, a.as_map(), ignore_order);
        case TckValue::Kind::kNode:
            return a.is_node() && NodeMatches(e, a.as_node(), ignore_order);
        case TckValue::Kind::kRelationship:
            return a.is_edge() && EdgeMatches(e, a.as_edge(), ignore_order);
        case TckValue::Kind::kPath:
            return a.is_path() && PathMatches(e, a.as_path(), ignore_order);
    }
    return false;
}

}  // namespace dossier::tck
