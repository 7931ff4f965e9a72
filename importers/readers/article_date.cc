#include "importers/readers/article_date.h"

#include <array>
#include <cctype>
#include <cstdio>

#include "graph/ascii.h"

namespace dossier::importers {
namespace {

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

// Reads exactly `n` digits at text[pos]; -1 when they are not all digits.
int ReadNumber(std::string_view text, size_t pos, size_t n) {
    if (pos + n > text.size()) return -1;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
        if (!IsDigit(text[pos + i])) return -1;
        v = v * 10 + (text[pos + i] - '0');
    }
    // A longer run of digits is not this field.
    if (pos + n < text.size() && IsDigit(text[pos + n])) return -1;
    return v;
}

std::string Format(int year, int month, int day) {
    static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1000 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) return {};
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
    return buf;
}

bool IsSeparator(char c) {
    return c == '-' || c == '/' || c == '.';
}

// A numeric date starting at `pos` (at a digit that does not follow another digit).
std::string NumericDateAt(std::string_view text, size_t pos) {
    // Year first: YYYY-MM-DD.
    int year = ReadNumber(text, pos, 4);
    if (year >= 0 && pos + 10 <= text.size() && IsSeparator(text[pos + 4]) &&
        text[pos + 7] == text[pos + 4]) {
        const int month = ReadNumber(text, pos + 5, 2);
        const int day = ReadNumber(text, pos + 8, 2);
        if (month >= 0 && day >= 0) return Format(year, month, day);
    }
    // Day first: D-M-YYYY or DD-MM-YYYY with one separator kind.
    for (size_t dlen = 1; dlen <= 2; ++dlen) {
        const int day = ReadNumber(text, pos, dlen);
        if (day < 0 || pos + dlen >= text.size() || !IsSeparator(text[pos + dlen])) continue;
        const char sep = text[pos + dlen];
        for (size_t mlen = 1; mlen <= 2; ++mlen) {
            const size_t mpos = pos + dlen + 1;
            const int month = ReadNumber(text, mpos, mlen);
            if (month < 0 || mpos + mlen >= text.size() || text[mpos + mlen] != sep) continue;
            year = ReadNumber(text, mpos + mlen + 1, 4);
            if (year >= 0) return Format(year, month, day);
        }
    }
    return {};
}

int MonthFromName(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    if (word.size() < 3) return 0;
    const std::string lower = AsciiLower(word);
    for (size_t i = 0; i < kMonths.size(); ++i) {
        if (lower == kMonths[i] || (lower.size() == 3 && kMonths[i].substr(0, 3) == lower)) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

// Skips spaces and commas from pos.
size_t SkipFiller(std::string_view text, size_t pos) {
    while (pos < text.size() && (text[pos] == ' ' || text[pos] == ',' || text[pos] == '.')) ++pos;
    return pos;
}

size_t WordEnd(std::string_view text, size_t pos) {
    while (pos < text.size() && std::isalpha(static_cast<unsigned char>(text[pos]))) ++pos;
    return pos;
}

// "June 22, 2018" starting at a letter.
std::string MonthFirstAt(std::string_view text, size_t pos) {
    const size_t end = WordEnd(text, pos);
    const int month = MonthFromName(text.substr(pos, end - pos));
    if (month == 0) return {};
    size_t p = SkipFiller(text, end);
    for (size_t dlen = 2; dlen >= 1; --dlen) {
        const int day = ReadNumber(text, p, dlen);
        if (day < 0) continue;
        const size_t q = SkipFiller(text, p + dlen);
        const int year = ReadNumber(text, q, 4);
        if (year >= 0) return Format(year, month, day);
    }
    return {};
}

// "22 June 2018" starting at a digit.
std::string DayFirstNamedAt(std::string_view text, size_t pos) {
    for (size_t dlen = 1; dlen <= 2; ++dlen) {
        const int day = ReadNumber(text, pos, dlen);
        if (day < 0) continue;
        const size_t p = SkipFiller(text, pos + dlen);
        const size_t end = WordEnd(text, p);
        const int month = MonthFromName(text.substr(p, end - p));
        if (month == 0) continue;
        const int year = ReadNumber(text, SkipFiller(text, end), 4);
        if (year >= 0) return Format(year, month, day);
    }
    return {};
}

}  // namespace

std::string FindClockTime(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        if (!IsDigit(text[i]) || (i > 0 && IsDigit(text[i - 1]))) continue;
        const size_t hlen = i + 1 < text.size() && IsDigit(text[i + 1]) ? 2 : 1;
        const size_t colon = i + hlen;
        if (colon >= text.size() || text[colon] != ':') continue;
        const int hour = ReadNumber(text, i, hlen);
        const int minute = ReadNumber(text, colon + 1, 2);
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) continue;
        int second = -1;
        if (colon + 3 < text.size() && text[colon + 3] == ':') {
            second = ReadNumber(text, colon + 4, 2);
            if (second > 59) continue;
        }
        char buf[16];
        if (second >= 0) {
            std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hour, minute, second);
        } else {
            std::snprintf(buf, sizeof buf, "%02d:%02d", hour, minute);
        }
        return buf;
    }
    return {};
}

std::string FindIsoDate(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        const bool word_start = i == 0 || !std::isalnum(static_cast<unsigned char>(text[i - 1]));
        if (!word_start) continue;
        std::string date;
        if (IsDigit(c)) {
            date = NumericDateAt(text, i);
            if (date.empty()) date = DayFirstNamedAt(text, i);
        } else if (std::isalpha(static_cast<unsigned char>(c))) {
            date = MonthFirstAt(text, i);
        }
        if (!date.empty()) return date;
    }
    return {};
}

}  // namespace dossier::importers
