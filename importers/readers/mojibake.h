// Mojibake repair: UTF-8 text that was once or twice decoded as Windows-1252 or Latin-1 and
// encoded again ("PeÃ±a" for "Peña", "FranÃƒÂ§ois" for "François", "â€™" for "’").
#pragma once

#include <string>
#include <string_view>

namespace dossier::importers {

// `text` with mojibake sequences repaired. A sequence is a character that reads as a UTF-8
// lead byte in Windows-1252 (Ã, Â, Ð, â, ...) followed by characters that read as continuation
// bytes; it is replaced only when those bytes form valid UTF-8 and the result is plausible: a
// Latin letter or symbol, typographic punctuation, currency or letterlike symbol, an emoji, a
// C1 control (the trace of a second encoding, repaired in the next pass), or a letter of another
// script standing next to letters of the same script (a repaired word, not one stray
// character). Correct text ("São", "ÀÁ", "ESPAÑA”") is left as it is. Repeats up to
// kMaxRepairPasses times for text encoded more than once. Text that is not valid UTF-8 is
// returned unchanged.
std::string RepairMojibake(std::string_view text);

}  // namespace dossier::importers
