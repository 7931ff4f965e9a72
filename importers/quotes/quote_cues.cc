#include "importers/quotes/quote_cues.h"

#include <string>
#include <unordered_set>

#include "importers/data_table.h"

namespace dossier::importers {
namespace {

constexpr std::string_view kSpeechCues =
#include "importers/data/speech_cues.inc"
    ;

struct SpeechVerbs {
    std::unordered_set<std::string_view> cues;  // attribute a quotation
    std::unordered_set<std::string_view> all;   // follow a speaker
};

const SpeechVerbs& Verbs() {
    static const SpeechVerbs kVerbs = [] {
        SpeechVerbs v;
        ForEachRow(kSpeechCues, [&](const std::vector<std::string_view>& cols) {
            v.all.insert(cols[0]);
            if (cols.size() < 2 || cols[1] != "verb") v.cues.insert(cols[0]);
        });
        return v;
    }();
    return kVerbs;
}

}  // namespace

bool IsSpeechCue(std::string_view w) {
    return Verbs().cues.count(w) > 0;
}

bool IsVerbOfSaying(std::string_view w) {
    return Verbs().all.count(w) > 0;
}

}  // namespace dossier::importers
