// Gazetteer: the known names the mention detector starts from. Countries (ISO 3166-1 from Debian's
// iso-codes plus the short and common forms people write), demonyms, capitals and major cities,
// titles and offices, well-known organisations and organisation head words, and the common words
// that make a sentence-initial capital weak evidence.
//
// Names are matched over tokens, longest first, through a word trie. Each entry has a case rule:
// acronyms ("US", "UN") match only in exactly that case, names need their capitals ("Georgia", not
// "georgia"), and offices listed in lower case ("foreign minister") match in any case.
//
// Immutable after loading, so one instance can be shared by every thread.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "graph/status.h"
#include "importers/document.h"
#include "importers/gazetteer/gazetteer_trie.h"

namespace dossier::importers {

enum class GazetteerKind : uint8_t {
    kCountry,       // canonical = country name, iso2
    kCity,          // canonical = city or region name, iso2 = its country (or empty)
    kDemonym,       // "Kyrgyz": iso2 of the country it points at
    kTitle,         // "Prime Minister": role = honorific | leader | official | descriptor | party
    kOrganization,  // "United Nations", "NATO"
    kOrganizationHead,  // "Court", "Ministry": ends an organisation name
};

enum class CaseRule : uint8_t {
    kAnyCase,      // "foreign minister", "President"
    kCapitalized,  // every word listed with a capital needs one in the text
    kExact,        // acronyms: byte for byte
};

struct GazetteerEntry {
    GazetteerKind kind = GazetteerKind::kCountry;
    CaseRule case_rule = CaseRule::kCapitalized;
    std::string surface;             // as listed: "U.S.", "Prime Minister"
    std::string canonical;           // "United States", "Prime Minister", "United Nations"
    std::string iso2;                // countries, cities, demonyms
    std::string role;                // titles; "region" for places that are not cities
    std::vector<std::string> words;  // the surface's tokens
};

struct GazetteerHit {
    int length = 0;  // tokens matched
    const GazetteerEntry* entry = nullptr;
};

class Gazetteer {
  public:
    static constexpr const char* kIsoCodesPath = "/usr/share/iso-codes/json/iso_3166-1.json";
    // Optional English word list (Debian package wamerican); read when present.
    static constexpr const char* kDictionaryPath = "/usr/share/dict/words";

    Gazetteer() = default;
    Gazetteer(const Gazetteer&) = delete;
    Gazetteer& operator=(const Gazetteer&) = delete;

    // The embedded lists (importers/data/*.inc) plus the countries of the iso-codes file at
    // `iso_codes_path` and, when present, the words of kDictionaryPath. Fails with NotFound naming
    // the path (and the Debian package to install) when the file is missing, Corruption when it
    // does not parse.
    static Result<std::unique_ptr<Gazetteer>> LoadBuiltin(const std::string& iso_codes_path);
    // LoadBuiltin of $DOSSIER_ISO_CODES or kIsoCodesPath, loaded once per process (thread-safe);
    // the same error on every call when loading failed.
    static Result<const Gazetteer*> Default();

    // Adds one entry; its `words` are filled from `surface` by the Tokenizer. An entry of the same
    // kind and surface (ignoring case) at the same place is merged, keeping the looser case rule.
    void Add(GazetteerEntry entry);
    // Adds a common word (lower case).
    void AddCommonWord(std::string_view lower);

    // Appends to *hits every entry whose words match tokens [begin, begin + k) of `tokens` over
    // `text` for 1 <= k <= end - begin, shortest first, respecting each entry's case rule.
    void MatchAt(std::string_view text, const std::vector<Token>& tokens, size_t begin, size_t end,
                 std::vector<GazetteerHit>* hits) const;
    // The single-word country or city of 7+ letters that `word` is one edit (insertion, deletion,
    // substitution or swap of neighbours) away from, or null when none or several.
    const GazetteerEntry* FindNear(std::string_view word) const;
    // True for "the", "however", ... (any case).
    bool IsCommonWord(std::string_view word) const;
    // True for an organisation head word ("Court", "ministry"), in any case.
    bool IsOrganizationHead(std::string_view word) const;
    // Place-name heads, any case: "County" ends a place, "Mount" opens one, "West" opens a region.
    enum class PlaceHead : uint8_t { kNone, kSuffix, kPrefix, kCompass };
    void AddPlaceHead(std::string_view word, PlaceHead position);
    // True when `word` is a place head at `position`.
    bool IsPlaceHead(std::string_view word, PlaceHead position) const;
    // Lower-case English dictionary words ("room", "dream"): a capitalised one is more likely part
    // of a title or an organisation than a person's given name.
    void AddDictionaryWord(std::string_view lower);
    bool IsDictionaryWord(std::string_view word) const;
    size_t dictionary_size() const { return dictionary_.size(); }
    // The canonical country name for an ISO alpha-2 code, or empty.
    std::string_view CountryName(std::string_view iso2) const;

    size_t size() const { return entries_.size(); }

  private:
    void IndexNear(uint32_t index);

    std::vector<std::unique_ptr<GazetteerEntry>> entries_;
    GazetteerTrie trie_;
    // HashLower of each name of 7+ letters and of each of its one-letter deletions -> entries.
    std::unordered_map<uint64_t, std::vector<uint32_t>> near_;
    std::unordered_set<uint64_t> common_words_;        // HashLower of each word
    std::unordered_set<uint64_t> organization_heads_;  // HashLower of each head
    std::unordered_set<uint64_t> dictionary_;          // HashLower of each word
    std::unordered_set<uint64_t> place_heads_;  // HashLower of each head, mixed with its position
    std::unordered_map<std::string, std::string> country_names_;  // iso2 -> canonical
};

}  // namespace dossier::importers
