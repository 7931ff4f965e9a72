#include "graph/export/json_value.h"

#include <cmath>

namespace dossier::graph {

using nlohmann::ordered_json;

std::string IdText(uint64_t id) {
    return std::to_string(static_cast<int64_t>(id));
}

ordered_json PropertiesToJson(const PropertyMap& properties) {
    ordered_json out = ordered_json::object();
    for (const auto& [key, value] : properties) out[key] = ValueToJson(value);
    return out;
}

ordered_json NodeToJson(const Node& node) {
    ordered_json out = ordered_json::object();
    out["id"] = IdText(node.id);
    out["labels"] = node.labels;
    out["properties"] = PropertiesToJson(node.properties);
    return out;
}

ordered_json EdgeToJson(const Edge& edge) {
    ordered_json out = ordered_json::object();
    out["id"] = IdText(edge.id);
    out["type"] = edge.type;
    out["start"] = IdText(edge.src);
    out["end"] = IdText(edge.dst);
    out["properties"] = PropertiesToJson(edge.properties);
    return out;
}

ordered_json ValueToJson(const Value& value) {
    switch (value.kind()) {
        case Value::Kind::kNull:
            return nullptr;
        case Value::Kind::kBool:
            return value.as_bool();
        case Value::Kind::kInt:
            return value.as_int();
        case Value::Kind::kFloat: {
            // nlohmann writes finite doubles with a fraction or exponent ("1.0", "1e+20").
            const double d = value.as_float();
            if (!std::isfinite(d)) return nullptr;
            return d;
        }
        case Value::Kind::kString:
            return value.as_string();
        case Value::Kind::kDate:
        case Value::Kind::kLocalTime:
        case Value::Kind::kTime:
        case Value::Kind::kLocalDateTime:
        case Value::Kind::kDateTime:
        case Value::Kind::kDuration:
            return value.ToIso();
        case Value::Kind::kList: {
            ordered_json out = ordered_json::array();
            for (const Value& v : value.as_list()) out.push_back(ValueToJson(v));
            return out;
        }
        case Value::Kind::kMap:
            return PropertiesToJson(value.as_map());
        case Value::Kind::kNode:
            return NodeToJson(value.as_node());
        case Value::Kind::kEdge:
            return EdgeToJson(value.as_edge());
        case Value::Kind::kPath: {
            ordered_json out = ordered_json::object();
            out["nodes"] = ordered_json::array();
            out["relationships"] = ordered_json::array();
            for (const Node& n : value.as_path().nodes) out["nodes"].push_back(NodeToJson(n));
            for (const Edge& e : value.as_path().edges) {
                out["relationships"].push_back(EdgeToJson(e));
            }
            return out;
        }
    }
    return nullptr;
}

std::string DumpForScript(const ordered_json& json) {
    // Invalid UTF-8 is replaced rather than thrown on: stored text comes from arbitrary articles.
    const std::string text = json.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '<') {
            out += "\\u003c";
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace dossier::graph
