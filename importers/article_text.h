// Shared checks and clean-up for article content, used by every format reader.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"

namespace dossier::importers {

// OK when `content` is text: not empty, no NUL bytes, well-formed UTF-8. Otherwise an
// InvalidArgument status "<origin>: <what is wrong> (line L)".
Status CheckArticleText(std::string_view content, std::string_view origin);

// Text with "\r\n" and lone '\r' turned into '\n', a leading byte order mark dropped, and leading
// and trailing blank space trimmed.
std::string NormalizeNewlines(std::string_view content);

// `s` without leading and trailing ASCII white space.
std::string_view TrimSpace(std::string_view s);

// 1-based line number of byte offset `pos` in `content`.
int LineOf(std::string_view content, size_t pos);

}  // namespace dossier::importers
