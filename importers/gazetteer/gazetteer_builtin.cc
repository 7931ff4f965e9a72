// The built-in gazetteer: lists embedded from importers/data/*.inc at build time, plus ISO 3166-1
// countries read at run time from Debian's iso-codes package (see scripts/setup).
#include <cstdlib>
#include <fstream>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "importers/data_table.h"
#include "importers/gazetteer/gazetteer.h"

namespace dossier::importers {
namespace {

constexpr std::string_view kCountryNames =
#include "importers/data/country_names.inc"
    ;
constexpr std::string_view kDemonyms =
#include "importers/data/demonyms.inc"
    ;
constexpr std::string_view kCities =
#include "importers/data/cities.inc"
    ;
constexpr std::string_view kRegions =
#include "importers/data/regions.inc"
    ;
constexpr std::string_view kTitles =
#include "importers/data/titles.inc"
    ;
constexpr std::string_view kOrganizationHeads =
#include "importers/data/organization_heads.inc"
    ;
constexpr std::string_view kOrganizations =
#include "importers/data/organizations.inc"
    ;
constexpr std::string_view kPlaceHeads =
#include "importers/data/place_heads.inc"
    ;
constexpr std::string_view kCommonWords =
#include "importers/data/common_words.inc"
    ;

// Acronyms of up to five capitals (dots allowed) match only exactly: "US" is not "us".
bool IsAcronym(std::string_view s) {
    int letters = 0;
    for (char ch : s) {
        if (ch >= 'A' && ch <= 'Z') {
            ++letters;
        } else if (ch != '.') {
            return false;
        }
    }
    return letters >= 1 && letters <= 5;
}

CaseRule RuleFor(std::string_view surface) {
    return IsAcronym(surface) ? CaseRule::kExact : CaseRule::kCapitalized;
}

struct IsoCountry {
    std::string iso2;
    std::vector<std::string> names;  // name, common_name, official_name
};

Result<std::vector<IsoCountry>> ReadIsoCountries(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        return Status::NotFound("country list " + path +
                                " not found: install the Debian package iso-codes "
                                "(scripts/setup), or set DOSSIER_ISO_CODES to its iso_3166-1.json");
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    const nlohmann::json doc = nlohmann::json::parse(buffer.str(), nullptr, false);
    if (doc.is_discarded() || !doc.contains("3166-1") || !doc["3166-1"].is_array()) {
        return Status::Corruption("country list " + path + " is not an iso-codes 3166-1 file");
    }
    std::vector<IsoCountry> out;
    for (const auto& c : doc["3166-1"]) {
        if (!c.is_object() || !c.contains("alpha_2") || !c["alpha_2"].is_string()) continue;
        IsoCountry country;
        country.iso2 = c["alpha_2"].get<std::string>();
        for (const char* field : {"common_name", "name", "official_name"}) {
            if (c.contains(field) && c[field].is_string()) {
                country.names.push_back(c[field].get<std::string>());
            }
        }
        out.push_back(std::move(country));
    }
    return out;
}

void AddCountries(const std::vector<IsoCountry>& iso, Gazetteer* g) {
    // Canonical name: the first written form in country_names.inc that is not an acronym
    // ("Russia", not "Russian Federation"), else the ISO common name or name.
    std::map<std::string, std::string> preferred;
    std::vector<std::pair<std::string, std::string>> extra;  // surface, iso2
    ForEachRow(kCountryNames, [&](const std::vector<std::string_view>& cols) {
        if (cols.size() < 2) return;
        extra.emplace_back(cols[0], cols[1]);
        if (!IsAcronym(cols[0]) && !preferred.count(std::string(cols[1]))) {
            preferred[std::string(cols[1])] = std::string(cols[0]);
        }
    });
    // "Korea, Republic of" is listed as "Korea" too, unless another country shares that prefix.
    std::map<std::string, std::set<std::string>> prefixes;
    for (const IsoCountry& c : iso) {
        for (const std::string& n : c.names) {
            const size_t comma = n.find(',');
            if (comma != std::string::npos) prefixes[n.substr(0, comma)].insert(c.iso2);
        }
    }
    for (const IsoCountry& c : iso) {
        std::string canonical;
        if (preferred.count(c.iso2)) canonical = preferred[c.iso2];
        for (const std::string& n : c.names) {
            if (canonical.empty() && n.find(',') == std::string::npos) canonical = n;
        }
        if (canonical.empty() && !c.names.empty()) canonical = c.names.front();
        for (const std::string& n : c.names) {
            std::string surface = n;
            const size_t comma = n.find(',');
            if (comma != std::string::npos) {
                surface = n.substr(0, comma);
                if (prefixes[surface].size() != 1) continue;
            }
            g->Add(GazetteerEntry{
                GazetteerKind::kCountry, RuleFor(surface), surface, canonical, c.iso2, "", {}});
        }
        preferred[c.iso2] = canonical;
    }
    for (const auto& [surface, iso2] : extra) {
        const std::string canonical = preferred.count(iso2) ? preferred[iso2] : surface;
        g->Add(GazetteerEntry{
            GazetteerKind::kCountry, RuleFor(surface), surface, canonical, iso2, "", {}});
    }
}

void AddLists(Gazetteer* g) {
    ForEachRow(kDemonyms, [g](const std::vector<std::string_view>& cols) {
        if (cols.size() < 2) return;
        g->Add(GazetteerEntry{GazetteerKind::kDemonym,
                              CaseRule::kCapitalized,
                              std::string(cols[0]),
                              std::string(g->CountryName(cols[1])),
                              std::string(cols[1]),
                              "",
                              {}});
    });
    // Regions are places that are neither a country nor a city; they are typed as places of the
    // City label with the role "region" (their nodes get `kind: 'region'`, docs/schema.md), with
    // their country when they lie in one.
    for (std::string_view places : {kCities, kRegions}) {
        const char* role = places == kRegions ? "region" : "";
        ForEachRow(places, [g, role](const std::vector<std::string_view>& cols) {
            if (cols.size() < 2) return;
            g->Add(GazetteerEntry{GazetteerKind::kCity,
                                  CaseRule::kCapitalized,
                                  std::string(cols[0]),
                                  std::string(cols[0]),
                                  std::string(cols[1]),
                                  role,
                                  {}});
        });
    }
    ForEachRow(kTitles, [g](const std::vector<std::string_view>& cols) {
        if (cols.size() < 2) return;
        const bool capital = !cols[0].empty() && cols[0][0] >= 'A' && cols[0][0] <= 'Z';
        g->Add(GazetteerEntry{GazetteerKind::kTitle,
                              capital ? CaseRule::kCapitalized : CaseRule::kAnyCase,
                              std::string(cols[0]),
                              std::string(cols[0]),
                              "",
                              std::string(cols[1]),
                              {}});
    });
    ForEachRow(kOrganizationHeads, [g](const std::vector<std::string_view>& cols) {
        g->Add(GazetteerEntry{GazetteerKind::kOrganizationHead,
                              CaseRule::kCapitalized,
                              std::string(cols[0]),
                              std::string(cols[0]),
                              "",
                              "",
                              {}});
    });
    ForEachRow(kOrganizations, [g](const std::vector<std::string_view>& cols) {
        const std::string surface(cols[0]);
        const std::string canonical =
            cols.size() > 1 && !cols[1].empty() ? std::string(cols[1]) : surface;
        g->Add(GazetteerEntry{
            GazetteerKind::kOrganization, RuleFor(surface), surface, canonical, "", "", {}});
    });
    ForEachRow(kPlaceHeads, [g](const std::vector<std::string_view>& cols) {
        if (cols.size() < 2) return;
        const Gazetteer::PlaceHead position = cols[1] == "prefix" ? Gazetteer::PlaceHead::kPrefix
                                              : cols[1] == "compass"
                                                  ? Gazetteer::PlaceHead::kCompass
                                                  : Gazetteer::PlaceHead::kSuffix;
        g->AddPlaceHead(cols[0], position);
    });
    ForEachRow(kCommonWords,
               [g](const std::vector<std::string_view>& cols) { g->AddCommonWord(cols[0]); });
}

// The lower-case words of a system word list (Debian's wamerican). Optional: without it the
// detector types fewer capitalised phrases away from Person.
void AddDictionary(const char* path, Gazetteer* g) {
    std::ifstream words(path);
    std::string w;
    while (std::getline(words, w)) {
        bool lower = !w.empty();
        for (char c : w) lower = lower && c >= 'a' && c <= 'z';
        if (lower) g->AddDictionaryWord(w);
    }
}

}  // namespace

Result<std::unique_ptr<Gazetteer>> Gazetteer::LoadBuiltin(const std::string& iso_codes_path) {
    DOSSIER_ASSIGN_OR_RETURN(std::vector<IsoCountry> iso, ReadIsoCountries(iso_codes_path));
    auto g = std::make_unique<Gazetteer>();
    AddDictionary(kDictionaryPath, g.get());
    AddCountries(iso, g.get());
    AddLists(g.get());
    return g;
}

Result<const Gazetteer*> Gazetteer::Default() {
    static std::once_flag once;
    static std::unique_ptr<Gazetteer> instance;
    static Status error;
    std::call_once(once, [] {
        const char* env = std::getenv("DOSSIER_ISO_CODES");
        Result<std::unique_ptr<Gazetteer>> loaded =
            LoadBuiltin(env && *env ? std::string(env) : std::string(kIsoCodesPath));
        if (loaded.ok()) {
            instance = std::move(loaded).value();
        } else {
            error = loaded.status();
        }
    });
    if (!instance) return error;
    return static_cast<const Gazetteer*>(instance.get());
}

}  // namespace dossier::importers
