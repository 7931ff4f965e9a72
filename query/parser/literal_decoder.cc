#include "query/parser/literal_decoder.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <limits>

namespace dossier::query {
namespace {

Status LiteralError(std::string message, const char* detail) {
    return Status(Status::Code::kSyntaxError, std::move(message), detail);
}

void AppendUtf8(uint32_t cp, std::string* out) {
    if (cp < 0x80) {
        *out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        *out += static_cast<char>(0xC0 | (cp >> 6));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out += static_cast<char>(0xE0 | (cp >> 12));
        *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        *out += static_cast<char>(0xF0 | (cp >> 18));
        *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        *out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Reads `count` hex digits at s[i..]; -1 when they are missing or not hex.
int64_t ReadHex(std::string_view s, size_t i, size_t count) {
    if (i + count > s.size()) return -1;
    int64_t v = 0;
    for (size_t k = 0; k < count; ++k) {
        int h = HexValue(s[i + k]);
        if (h < 0) return -1;
        v = v * 16 + h;
    }
    return v;
}

char SimpleEscape(char c) {
    switch (c) {
        case 'b':
            return '\b';
        case 'f':
            return '\f';
        case 'n':
            return '\n';
        case 'r':
            return '\r';
        case 't':
            return '\t';
        default:
            return c;  // \\ \' \" and any other character stand for themselves
    }
}

}  // namespace

Result<std::string> DecodeStringLiteral(std::string_view quoted) {
    std::string_view s = quoted.substr(1, quoted.size() - 2);
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        char e = s[++i];
        if (e == 'u' || e == 'U') {
            size_t n = e == 'u' ? 4 : 8;
            int64_t cp = ReadHex(s, i + 1, n);
            if (cp < 0 || cp > 0x10FFFF) {
                return LiteralError("invalid unicode escape \\" + std::string(1, e) +
                                        std::string(s.substr(i + 1, n)) + " in string literal",
                                    "InvalidUnicodeLiteral");
            }
            AppendUtf8(static_cast<uint32_t>(cp), &out);
            i += n;
            continue;
        }
        out += SimpleEscape(e);
    }
    return out;
}

Result<int64_t> DecodeIntegerLiteral(std::string_view digits, bool negative) {
    int base = 10;
    std::string_view body = digits;
    if (body.size() >= 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X')) {
        base = 16;
        body.remove_prefix(2);
    } else if (body.size() >= 2 && body[0] == '0' && (body[1] == 'o' || body[1] == 'O')) {
        base = 8;
        body.remove_prefix(2);
    }
    if (body.empty()) {
        return LiteralError("invalid number literal '" + std::string(digits) + "'",
                            "InvalidNumberLiteral");
    }
    // Accumulate as a negative number: its range is one larger than the positive one.
    constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
    int64_t v = 0;
    bool overflow = false;
    for (char c : body) {
        int d = HexValue(c);
        if (d < 0 || d >= base) {
            return LiteralError("invalid number literal '" + std::string(digits) + "'",
                                "InvalidNumberLiteral");
        }
        if (v < (kMin + d) / base) overflow = true;
        if (!overflow) v = v * base - d;
    }
    if (!overflow && !negative && v == kMin) overflow = true;
    if (overflow) {
        return LiteralError(std::string("integer literal ") + (negative ? "-" : "") +
                                std::string(digits) + " is out of the 64-bit range",
                            "IntegerOverflow");
    }
    return negative ? v : -v;
}

Result<double> DecodeFloatLiteral(std::string_view text, bool negative) {
    std::string s(text);
    errno = 0;
    char* end = nullptr;
    double v = std::strtod(s.c_str(), &end);
    if (end != s.c_str() + s.size()) {
        return LiteralError("invalid number literal '" + s + "'", "InvalidNumberLiteral");
    }
    if (std::isinf(v) || (errno == ERANGE && std::fabs(v) > 1.0)) {
        return LiteralError("float literal " + s + " is out of range", "FloatingPointOverflow");
    }
    return negative ? -v : v;
}

}  // namespace dossier::query
