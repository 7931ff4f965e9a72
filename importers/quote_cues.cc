#include "importers/quote_cues.h"

#include <array>

namespace dossier::importers {

bool IsSpeechCue(std::string_view w) {
    // Past and present forms; news attributes speech almost only with these.
    static constexpr std::string_view kCues[] = {
        "said",       "says",       "say",        "added",        "adds",      "stressed",
        "stresses",   "noted",      "notes",      "told",         "tells",     "insisted",
        "insists",    "explained",  "explains",   "declared",     "declares",  "stated",
        "states",     "warned",     "warns",      "claimed",      "claims",    "argued",
        "argues",     "asked",      "asks",       "replied",      "replies",   "answered",
        "wrote",      "writes",     "continued",  "acknowledged", "admitted",  "announced",
        "announces",  "reiterated", "reiterates", "revealed",     "reveals",   "emphasized",
        "emphasised", "recalled",   "remarked",   "commented",    "confirmed", "confirms",
        "urged",      "maintained", "conceded",   "observed",     "predicted", "promised",
        "vowed",      "pledged",    "alleged",    "suggested",    "announced", "tweeted",
        "complained", "affirmed",   "contended",  "concluded",    "saying"};
    for (std::string_view c : kCues) {
        if (w == c) return true;
    }
    return false;
}

}  // namespace dossier::importers
