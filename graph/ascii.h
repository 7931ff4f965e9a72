// ASCII case helpers, the one definition every layer uses. Names, cue words, keywords and option
// values compared case-insensitively in Dossier are ASCII; bytes of 0x80 and above (UTF-8) are left
// as they are. For Unicode case folding of names see NormalizeName (graph/graph_store.h).
#pragma once

#include <string>
#include <string_view>

namespace dossier {

constexpr char AsciiToLower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
}
constexpr char AsciiToUpper(char c) {
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
}
constexpr bool IsAsciiUpper(char c) {
    return c >= 'A' && c <= 'Z';
}
constexpr bool IsAsciiLower(char c) {
    return c >= 'a' && c <= 'z';
}
constexpr bool IsAsciiAlpha(char c) {
    return IsAsciiUpper(c) || IsAsciiLower(c);
}

// `s` with A-Z lowered / a-z raised.
std::string AsciiLower(std::string_view s);
std::string AsciiUpper(std::string_view s);

// Whether `a` and `b` are equal ignoring ASCII case.
bool AsciiEqualsIgnoreCase(std::string_view a, std::string_view b);
// Whether `s` starts / ends with `affix`, ignoring ASCII case.
bool AsciiStartsWithIgnoreCase(std::string_view s, std::string_view affix);
bool AsciiEndsWithIgnoreCase(std::string_view s, std::string_view affix);

}  // namespace dossier
