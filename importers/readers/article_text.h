// Shared checks and clean-up for article content, used by every format reader.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"

namespace dossier::importers {

// OK when `content` is text: not empty, no NUL bytes, well-formed UTF-8. Otherwise an
// InvalidArgument status "<origin>: <what is wrong> (line L)".
Status CheckArticleText(std::string_view content, std::string_view origin);

// `content` as UTF-8 text. Valid UTF-8 is returned as it is (whatever it declares). Otherwise it
// is converted with ICU from the character set it declares (DeclaredCharset), or from
// Windows-1252 when it reads as such (LooksLikeWindows1252). Fails like CheckArticleText for
// empty or binary content and for bytes that are neither, naming `origin` and the line.
Result<std::string> DecodeArticleBytes(std::string_view content, std::string_view origin);

// Text as it came in, cleaned for extraction: HTML character references decoded
// (DecodeHtmlEntities) and mojibake repaired (RepairMojibake). REQUIRES: valid UTF-8.
std::string CleanArticleText(std::string_view text);

// Text with "\r\n" and lone '\r' turned into '\n', a leading byte order mark dropped, and leading
// and trailing blank space trimmed.
std::string NormalizeNewlines(std::string_view content);

// `s` with every run of white space (ASCII, and the no-break space U+00A0) folded to one space
// and none at either end.
std::string CollapseSpace(std::string_view s);

// `s` without leading and trailing ASCII white space.
std::string_view TrimSpace(std::string_view s);

// 1-based line number of byte offset `pos` in `content`.
int LineOf(std::string_view content, size_t pos);

}  // namespace dossier::importers
