// The verbs and phrases that introduce speech ("said", "added", "according to", ...).
#pragma once

#include <string_view>

namespace dossier::importers {

// True when `lower` is an inflected verb of saying that attributes a quote ("said", "says",
// "added", "writes", "tweeted", "told", "reported", ...), as listed in data/speech_cues.inc.
bool IsSpeechCue(std::string_view lower);

}  // namespace dossier::importers
