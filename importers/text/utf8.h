// UTF-8 helpers for the text layer: validation of input and code point decoding for the scanners.
#pragma once

#include <cstddef>
#include <string_view>

namespace dossier::importers {

// Byte offset of the first byte that is not part of a well-formed UTF-8 sequence (overlongs,
// surrogates and code points above U+10FFFF are ill-formed), or std::string_view::npos.
size_t FindInvalidUtf8(std::string_view text);

// Decodes the code point starting at text[*pos] and advances *pos past it. An ill-formed byte
// decodes as U+FFFD and advances by one, so scanners never stall.
// REQUIRES: *pos < text.size()
char32_t DecodeUtf8(std::string_view text, size_t* pos);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace dossier::importers
