#include "tools/shell_completion.h"

#include <algorithm>
#include <cctype>

#include "graph/ascii.h"

namespace dossier::cli {

namespace {

bool IsWordChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
           (static_cast<unsigned char>(c) & 0x80);
}

void AddMatching(const std::vector<std::string>& words, std::string_view prefix,
                 std::string_view suffix, std::vector<std::string>* out) {
    for (const std::string& w : words) {
        if (AsciiStartsWithIgnoreCase(w, prefix)) out->push_back(w + std::string(suffix));
    }
}

// Where the open string (if any) starts, and the innermost unclosed bracket, of code left of
// the cursor.
struct Context {
    size_t open_quote = std::string_view::npos;
    char bracket = 0;  // '(', '[', '{' or 0
};

Context Scan(std::string_view text) {
    Context ctx;
    std::vector<char> brackets;
    char quote = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quote) {
            if (c == '\\')
                ++i;
            else if (c == quote)
                quote = 0;
            continue;
        }
        if (c == '\'' || c == '"') {
            quote = c;
            ctx.open_quote = i;
        } else if (c == '(' || c == '[' || c == '{') {
            brackets.push_back(c);
        } else if ((c == ')' || c == ']' || c == '}') && !brackets.empty()) {
            brackets.pop_back();
        }
    }
    if (!quote) ctx.open_quote = std::string_view::npos;
    ctx.bracket = brackets.empty() ? 0 : brackets.back();
    return ctx;
}

char PreviousNonSpace(std::string_view text, size_t end, size_t* at = nullptr) {
    while (end > 0) {
        --end;
        if (!std::isspace(static_cast<unsigned char>(text[end]))) {
            if (at) *at = end;
            return text[end];
        }
    }
    return '\0';
}

Completion CompleteShellCommand(std::string_view line) {
    Completion c;
    const size_t space = line.find(' ');
    if (space == std::string_view::npos) {
        AddMatching(ShellCommandNames(), line, "", &c.candidates);
        return c;
    }
    const std::string_view command = line.substr(0, space);
    const size_t word = line.find_last_of(' ') + 1;
    c.replace_from = word;
    const std::string_view prefix = line.substr(word);
    if (command == ":mode") {
        AddMatching({"table", "csv", "json", "jsonl", "markdown"}, prefix, "", &c.candidates);
    } else if (command == ":export" && word == space + 1) {
        AddMatching({"graphml", "gexf", "dot", "cytoscape", "jsonl", "csv", "html"}, prefix, " ",
                    &c.candidates);
    } else if (command == ":timing") {
        AddMatching({"on", "off"}, prefix, "", &c.candidates);
    }
    return c;
}

}  // namespace

const std::vector<std::string>& QueryKeywords() {
    static const std::vector<std::string> kKeywords = {
        "MATCH",  "OPTIONAL", "WHERE",    "RETURN", "WITH",     "UNWIND", "ORDER",   "BY",
        "SKIP",   "LIMIT",    "ASC",      "DESC",   "DISTINCT", "AS",     "AND",     "OR",
        "XOR",    "NOT",      "IN",       "IS",     "NULL",     "TRUE",   "FALSE",   "CASE",
        "WHEN",   "THEN",     "ELSE",     "END",    "CREATE",   "MERGE",  "SET",     "DELETE",
        "DETACH", "REMOVE",   "UNION",    "ALL",    "CALL",     "YIELD",  "EXPLAIN", "PROFILE",
        "STARTS", "ENDS",     "CONTAINS", "EXISTS", "ON",       "INDEX",  "FOR",     "DROP"};
    return kKeywords;
}

const std::vector<std::string>& QueryFunctions() {
    // The scalar functions and aggregates of the query language, as they are usually written.
    static const std::vector<std::string> kFunctions = {
        "abs",        "acos",          "allShortestPaths",
        "asin",       "atan",          "avg",
        "ceil",       "coalesce",      "collect",
        "cos",        "count",         "date",
        "degrees",    "endNode",       "exists",
        "exp",        "floor",         "head",
        "id",         "keys",          "labels",
        "last",       "left",          "length",
        "log",        "ltrim",         "max",
        "min",        "nodes",         "pi",
        "properties", "radians",       "rand",
        "range",      "relationships", "replace",
        "reverse",    "right",         "round",
        "rtrim",      "shortestPath",  "sign",
        "sin",        "size",          "split",
        "sqrt",       "startNode",     "substring",
        "sum",        "tail",          "tan",
        "toBoolean",  "toFloat",       "toInteger",
        "toLower",    "toString",      "toUpper",
        "trim",       "type"};
    return kFunctions;
}

const std::vector<std::string>& ShellCommandNames() {
    static const std::vector<std::string> kCommands = {
        ":help",   ":schema", ":stats",  ":mode",    ":param",   ":params", ":export",
        ":report", ":source", ":timing", ":maxrows", ":timeout", ":quit"};
    return kCommands;
}

std::string CommonPrefix(const std::vector<std::string>& candidates) {
    if (candidates.empty()) return "";
    std::string prefix = candidates.front();
    for (const std::string& c : candidates) {
        size_t n = 0;
        while (n < prefix.size() && n < c.size() && prefix[n] == c[n]) ++n;
        prefix.resize(n);
    }
    while (!prefix.empty() && (static_cast<unsigned char>(prefix.back()) & 0xC0) == 0xC0) {
        prefix.pop_back();  // a lead byte without its continuation
    }
    return prefix;
}

Completion Complete(std::string_view before, const Vocabulary& vocabulary) {
    if (!before.empty() && before.front() == ':' && before.find('\n') == std::string_view::npos) {
        Completion c = CompleteShellCommand(before);
        std::sort(c.candidates.begin(), c.candidates.end());
        return c;
    }
    Completion c;
    const Context ctx = Scan(before);
    if (ctx.open_quote != std::string_view::npos) {
        // Inside a string: only entity names after `name:` are completed.
        const std::string_view head = before.substr(0, ctx.open_quote);
        size_t colon = 0;
        if (PreviousNonSpace(head, head.size(), &colon) == ':') {
            size_t key_end = colon;
            while (key_end > 0 && std::isspace(static_cast<unsigned char>(head[key_end - 1]))) {
                --key_end;
            }
            if (key_end >= 4 && head.substr(key_end - 4, 4) == "name" && vocabulary.names) {
                const char quote = before[ctx.open_quote];
                c.replace_from = ctx.open_quote + 1;
                for (std::string& name : vocabulary.names(before.substr(c.replace_from))) {
                    c.candidates.push_back(name + quote);
                }
            }
        }
    } else {
        size_t start = before.size();
        while (start > 0 && IsWordChar(before[start - 1])) --start;
        c.replace_from = start;
        const std::string_view prefix = before.substr(start);
        const char prev = start > 0 ? before[start - 1] : '\0';
        if (prev == ':') {
            // (n:Label, -[:TYPE] or (n:A:B; a map's `key: value` is not a label.
            size_t at = start - 1;
            const char before_colon = PreviousNonSpace(before, at, &at);
            const bool map_value = ctx.bracket == '{';
            if (!map_value && ctx.bracket == '[') {
                AddMatching(vocabulary.edge_types, prefix, "", &c.candidates);
            } else if (!map_value && (ctx.bracket == '(' || before_colon == ')')) {
                AddMatching(vocabulary.labels, prefix, "", &c.candidates);
            }
        } else if (prev == '.' ||
                   (ctx.bracket == '{' && (PreviousNonSpace(before, start) == '{' ||
                                           PreviousNonSpace(before, start) == ','))) {
            AddMatching(vocabulary.property_keys, prefix, "", &c.candidates);
        } else if (prev != '$') {
            AddMatching(QueryKeywords(), prefix, "", &c.candidates);
            if (!prefix.empty()) AddMatching(QueryFunctions(), prefix, "(", &c.candidates);
        }
    }
    std::sort(c.candidates.begin(), c.candidates.end());
    c.candidates.erase(std::unique(c.candidates.begin(), c.candidates.end()), c.candidates.end());
    return c;
}

}  // namespace dossier::cli
