// Input that is not UTF-8: the character set a page or file declares, Windows-1252 sniffing, and
// conversion to UTF-8 with ICU's converters.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"

namespace dossier::importers {

// The character set `content` declares near its start (the first kCharsetScanBytes bytes): an
// XML declaration's encoding, an HTML <meta charset> or <meta http-equiv="Content-Type"
// content="...; charset=...">. Lower case, or empty when nothing is declared.
std::string DeclaredCharset(std::string_view content);

// True when `content`, which is not valid UTF-8, reads as Windows-1252 (or Latin-1) text: no
// control characters but white space, no byte the code page leaves unused, and every accented
// letter byte beside a letter or standing alone between spaces, as in words ("Peña", "à").
bool LooksLikeWindows1252(std::string_view content);

// `content` converted from `charset` (an ICU converter name or alias; "iso-8859-1", "latin1" and
// "us-ascii" read as Windows-1252, as browsers do) to UTF-8. Fails with InvalidArgument
// "<origin>: ..." for an unknown character set or a byte sequence the set does not define,
// naming the byte offset and line.
Result<std::string> ConvertToUtf8(std::string_view content, std::string_view charset,
                                  std::string_view origin);

}  // namespace dossier::importers
