#include "tools/statement_scanner.h"

#include <algorithm>
#include <cctype>
#include <functional>

#include "graph/ascii.h"

namespace dossier::cli {

namespace {

std::string Trim(std::string_view s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string_view::npos) return "";
    const size_t e = s.find_last_not_of(" \t\r\n");
    return std::string(s.substr(b, e - b + 1));
}

// Walks `text` and calls `on_code(i)` for every character that is query code (not inside a
// string, a backquoted name or a comment).
void ForEachCodeChar(std::string_view text, const std::function<void(size_t)>& on_code) {
    enum class State { kCode, kSingle, kDouble, kBack, kLineComment, kBlockComment };
    State state = State::kCode;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const char next = i + 1 < text.size() ? text[i + 1] : '\0';
        switch (state) {
            case State::kCode:
                if (c == '\'')
                    state = State::kSingle;
                else if (c == '"')
                    state = State::kDouble;
                else if (c == '`')
                    state = State::kBack;
                else if (c == '/' && next == '/')
                    state = State::kLineComment, ++i;
                else if (c == '/' && next == '*')
                    state = State::kBlockComment, ++i;
                else
                    on_code(i);
                break;
            case State::kSingle:
            case State::kDouble:
                if (c == '\\')
                    ++i;
                else if (c == (state == State::kSingle ? '\'' : '"'))
                    state = State::kCode;
                break;
            case State::kBack:
                if (c == '`') state = State::kCode;
                break;
            case State::kLineComment:
                if (c == '\n') state = State::kCode;
                break;
            case State::kBlockComment:
                if (c == '*' && next == '/') state = State::kCode, ++i;
                break;
        }
    }
}

}  // namespace

ScannedScript ScanStatements(std::string_view script) {
    ScannedScript out;
    size_t start = 0;
    ForEachCodeChar(script, [&](size_t i) {
        if (script[i] != ';') return;
        std::string statement = Trim(script.substr(start, i - start));
        if (HasPendingText(statement)) out.complete.push_back(std::move(statement));
        start = i + 1;
    });
    out.rest = std::string(script.substr(start));
    return out;
}

bool HasPendingText(std::string_view rest) {
    bool any = false;
    ForEachCodeChar(rest, [&](size_t i) {
        if (!std::isspace(static_cast<unsigned char>(rest[i]))) any = true;
    });
    // A statement that so far is only a string or a quoted name is pending too.
    const std::string trimmed = Trim(rest);
    return any ||
           (!trimmed.empty() && (trimmed[0] == '\'' || trimmed[0] == '"' || trimmed[0] == '`'));
}

bool LooksLikeWrite(std::string_view statement) {
    static const char* const kWords[] = {"CREATE", "MERGE",  "SET",  "DELETE",
                                         "REMOVE", "DETACH", "DROP", "LOAD"};
    // The statement upper-cased, with strings, names and comments blanked out.
    std::string code(statement.size(), ' ');
    ForEachCodeChar(statement, [&](size_t i) { code[i] = AsciiToUpper(statement[i]); });
    size_t i = 0;
    while (i < code.size()) {
        if (!std::isalpha(static_cast<unsigned char>(code[i])) && code[i] != '_') {
            ++i;
            continue;
        }
        size_t j = i;
        while (j < code.size() &&
               (std::isalnum(static_cast<unsigned char>(code[j])) || code[j] == '_')) {
            ++j;
        }
        const std::string_view word(code.data() + i, j - i);
        const bool after_dot = i > 0 && code[i - 1] == '.';  // n.set is a property, not SET
        if (!after_dot && std::any_of(std::begin(kWords), std::end(kWords),
                                      [&](const char* w) { return word == w; })) {
            return true;
        }
        i = j;
    }
    return false;
}

}  // namespace dossier::cli
