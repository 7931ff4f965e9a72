#include "importers/quote_cues.h"

#include <string>
#include <unordered_set>

#include "importers/data_table.h"

namespace dossier::importers {
namespace {

constexpr std::string_view kSpeechCues =
#include "importers/data/speech_cues.inc"
    ;

}  // namespace

bool IsSpeechCue(std::string_view w) {
    static const std::unordered_set<std::string_view> kCues = [] {
        std::unordered_set<std::string_view> set;
        ForEachRow(kSpeechCues,
                   [&](const std::vector<std::string_view>& cols) { set.insert(cols[0]); });
        return set;
    }();
    return kCues.count(w) > 0;
}

}  // namespace dossier::importers
