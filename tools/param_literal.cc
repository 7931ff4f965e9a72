#include "tools/param_literal.h"

#include <cctype>
#include <charconv>
#include <optional>

#include "graph/ascii.h"

namespace dossier::cli {

namespace {

std::string_view Trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::optional<std::string> Unquote(std::string_view s) {
    if (s.size() < 2 || (s.front() != '\'' && s.front() != '"') || s.back() != s.front()) {
        return std::nullopt;
    }
    std::string out;
    for (size_t i = 1; i + 1 < s.size(); ++i) {
        char c = s[i];
        if (c == '\\' && i + 2 < s.size()) {
            c = s[++i];
            if (c == 'n') c = '\n';
            if (c == 't') c = '\t';
        }
        out += c;
    }
    return out;
}

// Splits the inside of a list on commas outside quotes and brackets.
std::vector<std::string_view> SplitList(std::string_view inner) {
    std::vector<std::string_view> parts;
    int depth = 0;
    char quote = 0;
    size_t start = 0;
    for (size_t i = 0; i < inner.size(); ++i) {
        const char c = inner[i];
        if (quote) {
            if (c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '[') {
            ++depth;
        } else if (c == ']') {
            --depth;
        } else if (c == ',' && depth == 0) {
            parts.push_back(inner.substr(start, i - start));
            start = i + 1;
        }
    }
    if (!Trim(inner).empty()) parts.push_back(inner.substr(start));
    return parts;
}

}  // namespace

graph::Value ParseParamLiteral(std::string_view text) {
    const std::string_view t = Trim(text);
    const std::string lower = AsciiLower(t);
    if (lower == "null") return graph::Value();
    if (lower == "true") return graph::Value(true);
    if (lower == "false") return graph::Value(false);
    if (std::optional<std::string> s = Unquote(t)) return graph::Value(*s);
    if (t.size() >= 2 && t.front() == '[' && t.back() == ']') {
        graph::List list;
        for (std::string_view part : SplitList(t.substr(1, t.size() - 2))) {
            list.push_back(ParseParamLiteral(part));
        }
        return graph::Value(std::move(list));
    }
    int64_t i = 0;
    auto [ip, iec] = std::from_chars(t.data(), t.data() + t.size(), i);
    if (iec == std::errc() && ip == t.data() + t.size() && !t.empty()) return graph::Value(i);
    double d = 0;
    auto [dp, dec] = std::from_chars(t.data(), t.data() + t.size(), d);
    if (dec == std::errc() && dp == t.data() + t.size() && !t.empty()) return graph::Value(d);
    return graph::Value(std::string(t));
}

Result<std::pair<std::string, graph::Value>> ParseParamAssignment(std::string_view text,
                                                                  bool arrow) {
    const std::string_view separator = arrow ? "=>" : "=";
    const size_t at = text.find(separator);
    if (at == std::string_view::npos) {
        return Status::InvalidArgument("parameter '" + std::string(text) + "' should be " +
                                       (arrow ? "name => value" : "name=value"));
    }
    std::string_view name = Trim(text.substr(0, at));
    if (!name.empty() && name.front() == '$') name.remove_prefix(1);
    bool valid = !name.empty() && !std::isdigit(static_cast<unsigned char>(name.front()));
    for (char c : name) valid = valid && (std::isalnum(static_cast<unsigned char>(c)) || c == '_');
    if (!valid) {
        return Status::InvalidArgument("parameter name '" + std::string(name) +
                                       "' is not a valid identifier");
    }
    return std::make_pair(std::string(name), ParseParamLiteral(text.substr(at + separator.size())));
}

}  // namespace dossier::cli
