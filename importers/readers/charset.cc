#include "importers/readers/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <memory>

#include "graph/ascii.h"
#include "importers/readers/article_text.h"

namespace dossier::importers {
namespace {

// Browsers look for a <meta charset> in the first 1024 bytes; pages with long <head> preambles
// (comments, inline styles) put it later, so more is scanned.
constexpr size_t kCharsetScanBytes = 4096;

// The value after `key` (already found at `pos`) in `s`: quoted or up to a delimiter.
std::string ValueAfter(std::string_view s, size_t pos) {
    while (pos < s.size() && (s[pos] == ' ' || s[pos] == '"' || s[pos] == '\'')) ++pos;
    size_t end = pos;
    while (end < s.size() && (std::isalnum(static_cast<unsigned char>(s[end])) || s[end] == '-' ||
                              s[end] == '_' || s[end] == ':' || s[end] == '.')) {
        ++end;
    }
    return std::string(s.substr(pos, end - pos));
}

bool IsLetterByte(unsigned char b) {
    return std::isalpha(b) || (b >= 0xC0 && b != 0xD7 && b != 0xF7) || b == 0x8A || b == 0x8C ||
           b == 0x8E || b == 0x9A || b == 0x9C || b == 0x9E || b == 0x9F;
}

}  // namespace

std::string DeclaredCharset(std::string_view content) {
    const std::string head = AsciiLower(content.substr(0, kCharsetScanBytes));
    const std::string_view h = head;
    const size_t xml = h.find("<?xml");
    if (xml != std::string_view::npos) {
        const size_t end = h.find("?>", xml);
        const size_t enc = h.find("encoding=", xml);
        if (enc != std::string_view::npos && (end == std::string_view::npos || enc < end)) {
            return ValueAfter(h, enc + 9);
        }
    }
    for (size_t meta = h.find("<meta"); meta != std::string_view::npos;
         meta = h.find("<meta", meta + 5)) {
        const size_t end = h.find('>', meta);
        const std::string_view tag =
            h.substr(meta, end == std::string_view::npos ? h.size() - meta : end - meta);
        const size_t cs = tag.find("charset=");
        if (cs != std::string_view::npos) return ValueAfter(tag, cs + 8);
    }
    return {};
}

bool LooksLikeWindows1252(std::string_view content) {
    const auto* p = reinterpret_cast<const unsigned char*>(content.data());
    const size_t n = content.size();
    auto at = [&](size_t i) -> unsigned char { return i < n ? p[i] : ' '; };
    auto space = [](unsigned char b) { return b == ' ' || b == '\n' || b == '\t' || b == '\r'; };
    for (size_t i = 0; i < n; ++i) {
        const unsigned char b = p[i];
        if (b < 0x20 && !space(b) && b != '\f') return false;
        if (b == 0x7F || b == 0x81 || b == 0x8D || b == 0x8F || b == 0x90 || b == 0x9D)
            return false;
        if (b < 0xC0 || !IsLetterByte(b)) continue;
        const unsigned char before = i == 0 ? ' ' : p[i - 1];
        const unsigned char after = at(i + 1);
        const bool in_word = IsLetterByte(before) || IsLetterByte(after);
        const bool alone = space(before) && space(after);
        if (!in_word && !alone) return false;
    }
    return true;
}

Result<std::string> ConvertToUtf8(std::string_view content, std::string_view charset,
                                  std::string_view origin) {
    std::string name = AsciiLower(charset);
    static constexpr std::array<std::string_view, 6> kWindows1252Labels = {
        "iso-8859-1", "iso8859-1", "latin1", "l1", "us-ascii", "ascii"};
    if (std::find(kWindows1252Labels.begin(), kWindows1252Labels.end(), name) !=
        kWindows1252Labels.end()) {
        name = "windows-1252";
    }
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, void (*)(UConverter*)> from(ucnv_open(name.c_str(), &status),
                                                            ucnv_close);
    if (U_FAILURE(status) || !from) {
        return Status::InvalidArgument(std::string(origin) + ": unknown character set '" +
                                       std::string(charset) + "'");
    }
    ucnv_setToUCallBack(from.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    std::unique_ptr<UConverter, void (*)(UConverter*)> to(ucnv_open("UTF-8", &status), ucnv_close);
    if (U_FAILURE(status)) {
        return Status::InvalidArgument(std::string(origin) + ": cannot convert from '" +
                                       std::string(charset) + "': " + u_errorName(status));
    }
    // Pivot through UTF-16 in one call; `source` tells where conversion stopped on an error.
    std::string out(content.size() * 3 + 16, '\0');
    char* target = out.data();
    const char* source = content.data();
    UChar pivot[1024];
    UChar* pivot_source = pivot;
    UChar* pivot_target = pivot;
    ucnv_convertEx(to.get(), from.get(), &target, out.data() + out.size(), &source,
                   content.data() + content.size(), pivot, &pivot_source, &pivot_target,
                   pivot + 1024, /*reset=*/true, /*flush=*/true, &status);
    if (U_FAILURE(status)) {
        // On an illegal sequence ICU has consumed the offending bytes: report where they start.
        size_t offset = static_cast<size_t>(source - content.data());
        int8_t bad_length = 0;
        char bad[32];
        UErrorCode ignored = U_ZERO_ERROR;
        bad_length = static_cast<int8_t>(sizeof(bad));
        ucnv_getInvalidChars(from.get(), bad, &bad_length, &ignored);
        if (U_SUCCESS(ignored) && static_cast<size_t>(bad_length) <= offset) offset -= bad_length;
        return Status::InvalidArgument(std::string(origin) + ": byte " + std::to_string(offset) +
                                       " (line " + std::to_string(LineOf(content, offset)) +
                                       ") is not valid " + name);
    }
    out.resize(static_cast<size_t>(target - out.data()));
    return out;
}

}  // namespace dossier::importers
