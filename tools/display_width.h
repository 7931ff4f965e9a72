// Terminal display width of UTF-8 text, for aligning table columns: East Asian wide characters
// and most emoji take two cells, combining marks none, everything else one.
#pragma once

#include <string>
#include <string_view>

namespace dossier::cli {

int DisplayWidth(std::string_view utf8);
// The longest prefix of `utf8` that fits in `width` cells, with "…" appended when anything was
// cut (the ellipsis counts as one cell and is included in `width`). REQUIRES: width >= 1.
std::string FitToWidth(std::string_view utf8, int width);
// Pads `utf8` with spaces to `width` cells, on the right (or on the left when `right_align`).
std::string Pad(std::string_view utf8, int width, bool right_align = false);

}  // namespace dossier::cli
