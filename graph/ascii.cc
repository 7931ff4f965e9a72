#include "graph/ascii.h"

namespace dossier {

std::string AsciiLower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = AsciiToLower(c);
    return out;
}

std::string AsciiUpper(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = AsciiToUpper(c);
    return out;
}

bool AsciiEqualsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i) {
        if (AsciiToLower(a[i]) != AsciiToLower(b[i])) return false;
    }
    return true;
}

bool AsciiStartsWithIgnoreCase(std::string_view s, std::string_view affix) {
    return s.size() >= affix.size() && AsciiEqualsIgnoreCase(s.substr(0, affix.size()), affix);
}

bool AsciiEndsWithIgnoreCase(std::string_view s, std::string_view affix) {
    return s.size() >= affix.size() &&
           AsciiEqualsIgnoreCase(s.substr(s.size() - affix.size()), affix);
}

}  // namespace dossier
