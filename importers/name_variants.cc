#include "importers/name_variants.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "graph/graph_store.h"

namespace dossier::importers {
namespace {

// "Okafor's", "Okafor’s", "Brennans'": the possessive is not part of the name.
std::string_view WithoutPossessive(std::string_view name) {
    for (std::string_view tail : {"'s", "\u2019s", "'", "\u2019"}) {
        if (name.size() > tail.size() && name.ends_with(tail)) {
            return name.substr(0, name.size() - tail.size());
        }
    }
    return name;
}

std::string HyphensAsSpaces(std::string_view name) {
    std::string out(name);
    std::replace(out.begin(), out.end(), '-', ' ');
    return out;
}

// Suffixes that do not tell one person from another in news text.
bool IsNameSuffix(std::string_view w) {
    return w == "jr";
}

bool AllCapitals(std::string_view s) {
    bool letter = false;
    for (char c : s) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') letter = true;
    }
    return letter;
}

int NonAscii(std::string_view s) {
    int n = 0;
    for (char c : s) {
        // Count code points, not bytes: lead bytes only.
        const auto u = static_cast<unsigned char>(c);
        if (u >= 0xC0) ++n;
    }
    return n;
}

auto Rank(std::string_view s) {
    return std::make_tuple(static_cast<int>(NameWords(s).size()), !AllCapitals(s), NonAscii(s),
                           static_cast<int>(std::count(s.begin(), s.end(), '-')), s.size());
}

}  // namespace

std::vector<std::string> NameWords(std::string_view name) {
    const std::string normal = graph::NormalizeName(HyphensAsSpaces(WithoutPossessive(name)));
    std::vector<std::string> words;
    size_t pos = 0;
    while (pos < normal.size()) {
        size_t sp = normal.find(' ', pos);
        if (sp == std::string::npos) sp = normal.size();
        if (sp > pos) words.push_back(normal.substr(pos, sp - pos));
        pos = sp + 1;
    }
    return words;
}

std::string PersonKey(std::string_view name) {
    std::vector<std::string> words = NameWords(name);
    while (words.size() > 1 && IsNameSuffix(words.back())) words.pop_back();
    if (words.size() > 2) words = {words.front(), words.back()};
    std::string key;
    for (const std::string& w : words) {
        if (!key.empty()) key += ' ';
        key += w;
    }
    return key;
}

bool MoreCanonical(std::string_view a, std::string_view b) {
    const auto ra = Rank(a), rb = Rank(b);
    if (ra != rb) return ra > rb;
    return a < b;
}

void MergeNames(graph::Node* node, const std::vector<std::string>& names,
                const std::vector<std::string>& aliases) {
    std::set<std::string> plain(names.begin(), names.end());
    std::set<std::string> all(aliases.begin(), aliases.end());
    if (const graph::Value* v = node->Find("name"); v && v->is_string()) {
        plain.insert(v->as_string());
    }
    if (const graph::Value* v = node->Find("aliases"); v && v->is_list()) {
        for (const graph::Value& x : v->as_list()) {
            if (x.is_string()) all.insert(x.as_string());
        }
    }
    plain.erase("");
    if (plain.empty()) return;
    all.insert(plain.begin(), plain.end());
    all.erase("");
    std::string best = *plain.begin();
    for (const std::string& n : plain) {
        if (MoreCanonical(n, best)) best = n;
    }
    const std::string best_key = graph::NormalizeName(best);
    graph::List kept;
    for (const std::string& n : all) {
        if (graph::NormalizeName(n) != best_key) kept.emplace_back(n);
    }
    node->properties["name"] = best;
    node->properties["aliases"] = graph::Value(std::move(kept));
}

}  // namespace dossier::importers
