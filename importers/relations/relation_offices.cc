#include "importers/relations/relation_offices.h"

#include <array>
#include <vector>

namespace dossier::importers {
namespace {

struct Office {
    std::string_view words;  // space separated, lower case
    OfficeKind kind;
};

// Heads of state, government and organisations lead; everyone else holds an office.
constexpr std::array<Office, 46> kOffices = {{
    {"president", OfficeKind::kLeader},
    {"prime minister", OfficeKind::kLeader},
    {"premier", OfficeKind::kLeader},
    {"leader", OfficeKind::kLeader},
    {"chancellor", OfficeKind::kLeader},
    {"king", OfficeKind::kLeader},
    {"queen", OfficeKind::kLeader},
    {"emir", OfficeKind::kLeader},
    {"sultan", OfficeKind::kLeader},
    {"dictator", OfficeKind::kLeader},
    {"head of state", OfficeKind::kLeader},
    {"head of government", OfficeKind::kLeader},
    {"head", OfficeKind::kLeader},
    {"chairman", OfficeKind::kLeader},
    {"chairwoman", OfficeKind::kLeader},
    {"chief executive", OfficeKind::kLeader},
    {"secretary-general", OfficeKind::kLeader},
    {"secretary general", OfficeKind::kLeader},
    {"director", OfficeKind::kLeader},
    {"mayor", OfficeKind::kLeader},
    {"governor", OfficeKind::kLeader},
    {"foreign minister", OfficeKind::kOfficial},
    {"defence minister", OfficeKind::kOfficial},
    {"defense minister", OfficeKind::kOfficial},
    {"interior minister", OfficeKind::kOfficial},
    {"finance minister", OfficeKind::kOfficial},
    {"justice minister", OfficeKind::kOfficial},
    {"energy minister", OfficeKind::kOfficial},
    {"health minister", OfficeKind::kOfficial},
    {"trade minister", OfficeKind::kOfficial},
    {"deputy prime minister", OfficeKind::kOfficial},
    {"vice president", OfficeKind::kOfficial},
    {"vice-president", OfficeKind::kOfficial},
    {"minister", OfficeKind::kOfficial},
    {"secretary of state", OfficeKind::kOfficial},
    {"foreign secretary", OfficeKind::kOfficial},
    {"secretary", OfficeKind::kOfficial},
    {"ambassador", OfficeKind::kOfficial},
    {"envoy", OfficeKind::kOfficial},
    {"spokesman", OfficeKind::kOfficial},
    {"spokeswoman", OfficeKind::kOfficial},
    {"spokesperson", OfficeKind::kOfficial},
    {"general", OfficeKind::kOfficial},
    {"commander", OfficeKind::kOfficial},
    {"prosecutor", OfficeKind::kOfficial},
    {"opposition leader", OfficeKind::kOfficial},
}};

std::vector<std::string_view> Words(std::string_view s) {
    std::vector<std::string_view> out;
    size_t b = 0;
    while (b <= s.size()) {
        size_t e = s.find(' ', b);
        if (e == std::string_view::npos) e = s.size();
        out.push_back(s.substr(b, e - b));
        b = e + 1;
    }
    return out;
}

struct OfficeWords {
    std::vector<std::string_view> words;
    const Office* office;
};

// The offices split into words once.
const std::vector<OfficeWords>& Split() {
    static const std::vector<OfficeWords> split = [] {
        std::vector<OfficeWords> out;
        for (const Office& o : kOffices) out.push_back({Words(o.words), &o});
        return out;
    }();
    return split;
}

}  // namespace

OfficeMatch MatchOffice(const TokenIndex& ix, int t, int end) {
    OfficeMatch best;
    for (const OfficeWords& ow : Split()) {
        const Office& o = *ow.office;
        const auto& words = ow.words;
        int n = static_cast<int>(words.size());
        if (n <= best.tokens || t + n > end) continue;
        bool ok = true;
        for (int k = 0; k < n && ok; ++k) ok = ix.lower(t + k) == words[k];
        if (ok) best = {o.kind, std::string(o.words), n};
    }
    return best;
}

OfficeMatch MatchOfficeBefore(const TokenIndex& ix, int begin, int end) {
    OfficeMatch best;
    for (const OfficeWords& ow : Split()) {
        const Office& o = *ow.office;
        const auto& words = ow.words;
        int n = static_cast<int>(words.size());
        if (n <= best.tokens || end - n < begin) continue;
        bool ok = true;
        for (int k = 0; k < n && ok; ++k) ok = ix.lower(end - n + k) == words[k];
        if (ok) best = {o.kind, std::string(o.words), n};
    }
    return best;
}

bool IsFormerOfficeModifier(std::string_view w) {
    return w == "former" || w == "ousted" || w == "deposed" || w == "ex" || w == "ex-" ||
           w == "toppled" || w == "exiled" || w == "overthrown" || w == "late" || w == "outgoing";
}

}  // namespace dossier::importers
