#include "query/ast/pattern.h"

namespace dossier::query::ast {

std::string NodePattern::ToString() const {
    std::string out = "(" + variable;
    for (const auto& l : labels) out += ":" + l;
    if (properties) out += (out.size() > 1 ? " " : "") + properties->ToString();
    return out + ")";
}

std::string RelationshipPattern::ToString() const {
    std::string inner = variable;
    for (size_t i = 0; i < types.size(); ++i) inner += (i == 0 ? ":" : "|") + types[i];
    if (variable_length) {
        inner += "*";
        if (min_hops) inner += std::to_string(*min_hops);
        if (min_hops != max_hops || !min_hops) {
            if (min_hops || max_hops) inner += "..";
            if (max_hops) inner += std::to_string(*max_hops);
        }
    }
    if (properties) inner += (inner.empty() ? "" : " ") + properties->ToString();
    std::string body = inner.empty() ? "--" : "-[" + inner + "]-";
    switch (direction) {
        case Direction::kRight:
            return body + ">";
        case Direction::kLeft:
            return "<" + body;
        case Direction::kBoth:
            return body;
    }
    return body;
}

std::string PatternPart::ToString() const {
    std::string chain;
    for (size_t i = 0; i < nodes.size(); ++i) {
        if (i > 0) chain += relationships[i - 1].ToString();
        chain += nodes[i].ToString();
    }
    switch (path_function) {
        case PathFunction::kShortestPath:
            chain = "shortestPath(" + chain + ")";
            break;
        case PathFunction::kAllShortestPaths:
            chain = "allShortestPaths(" + chain + ")";
            break;
        case PathFunction::kNone:
            break;
    }
    return path_variable.empty() ? chain : path_variable + " = " + chain;
}

std::string PatternToString(const Pattern& pattern) {
    std::string out;
    for (size_t i = 0; i < pattern.size(); ++i) {
        if (i > 0) out += ", ";
        out += pattern[i].ToString();
    }
    return out;
}

}  // namespace dossier::query::ast
