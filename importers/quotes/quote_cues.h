// The verbs and phrases that introduce speech ("said", "added", "according to", ...).
#pragma once

#include <string_view>

namespace dossier::importers {

// True when `lower` is an inflected verb of saying that attributes a quote ("said", "says",
// "added", "writes", "tweeted", "told", "reported", ...), as listed in data/speech_cues.inc.
bool IsSpeechCue(std::string_view lower);
// True for every verb of saying that follows a speaker: the cues and also "spoke", "denied",
// "thinks", ... ("Sund spoke" tells a name stands before the verb).
bool IsVerbOfSaying(std::string_view word);

}  // namespace dossier::importers
