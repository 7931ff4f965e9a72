#include "importers/readers/html_entities.h"

#include <charconv>
#include <unordered_map>

#include "importers/data_table.h"
#include "importers/text/utf8.h"

namespace dossier::importers {
namespace {

constexpr std::string_view kEntityTable =
#include "importers/data/html_entities.inc"
    ;

// The longest reference looked at between '&' and ';' ("#x10FFFF" and the longest name fit).
constexpr size_t kMaxReferenceLength = 10;

const std::unordered_map<std::string_view, char32_t>& NamedEntities() {
    static const auto* table = [] {
        auto* t = new std::unordered_map<std::string_view, char32_t>();
        ForEachRow(kEntityTable, [t](const std::vector<std::string_view>& cols) {
            if (cols.size() < 2) return;
            uint32_t cp = 0;
            std::from_chars(cols[1].data(), cols[1].data() + cols[1].size(), cp, 16);
            (*t)[cols[0]] = cp;
        });
        return t;
    }();
    return *table;
}

// The code point `ref` (the text between '&' and ';') stands for, or 0.
char32_t Resolve(std::string_view ref) {
    if (ref.size() < 2 || ref[0] != '#') {
        auto it = NamedEntities().find(ref);
        return it == NamedEntities().end() ? 0 : it->second;
    }
    const bool hex = ref[1] == 'x' || ref[1] == 'X';
    const std::string_view digits = ref.substr(hex ? 2 : 1);
    uint32_t v = 0;
    const auto [end, ec] =
        std::from_chars(digits.data(), digits.data() + digits.size(), v, hex ? 16 : 10);
    if (digits.empty() || ec != std::errc() || end != digits.data() + digits.size()) return 0;
    if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    return v;
}

}  // namespace

std::string DecodeHtmlEntities(std::string_view text) {
    if (text.find('&') == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    size_t i = 0;
    while (i < text.size()) {
        if (text[i] != '&') {
            out.push_back(text[i++]);
            continue;
        }
        const size_t semi = text.find(';', i + 1);
        const char32_t cp = semi == std::string_view::npos || semi - i - 1 > kMaxReferenceLength
                                ? 0
                                : Resolve(text.substr(i + 1, semi - i - 1));
        if (cp == 0) {
            out.push_back(text[i++]);
            continue;
        }
        AppendUtf8(cp == 0xA0 ? U' ' : cp, &out);
        i = semi + 1;
    }
    return out;
}

}  // namespace dossier::importers
