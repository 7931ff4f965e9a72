#include "importers/mentions/mention_dates.h"

#include <array>

#include "graph/ascii.h"
#include "importers/gazetteer/gazetteer_trie.h"
#include "importers/readers/article_date.h"

namespace dossier::importers {
namespace {

int MonthOfWord(std::string_view word);
bool IsWeekday(std::string_view word);

bool Is(std::string_view a, std::string_view b) {
    return AsciiEqualsIgnoreCase(a, b);
}

template <size_t N>
bool InList(std::string_view word, const std::array<std::string_view, N>& list) {
    for (std::string_view w : list) {
        if (Is(w, word)) return true;
    }
    return false;
}

bool AllDigits(std::string_view t, size_t min, size_t max) {
    if (t.size() < min || t.size() > max) return false;
    for (char c : t) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

bool IsDay(std::string_view t) {
    // "23", "23rd", "1st"
    size_t n = 0;
    while (n < t.size() && t[n] >= '0' && t[n] <= '9') ++n;
    if (n == 0 || n > 2) return false;
    const std::string_view suffix = t.substr(n);
    if (!(suffix.empty() || Is(suffix, "st") || Is(suffix, "nd") || Is(suffix, "rd") ||
          Is(suffix, "th"))) {
        return false;
    }
    const int v = n == 1 ? t[0] - '0' : (t[0] - '0') * 10 + (t[1] - '0');
    return v >= 1 && v <= 31;
}

bool IsYear(std::string_view t) {
    if (!AllDigits(t, 4, 4)) return false;
    return (t[0] == '1' && t[1] >= '7') || (t[0] == '2' && t[1] == '0');
}

bool IsPartOfDay(std::string_view t) {
    static constexpr std::array<std::string_view, 5> kList = {"morning", "afternoon", "evening",
                                                              "night", "night's"};
    return InList(t, kList);
}

bool IsPeriod(std::string_view t) {
    static constexpr std::array<std::string_view, 12> kList = {
        "week", "month", "year",   "weekend", "decade", "century",
        "days", "weeks", "months", "years",   "hours",  "minutes"};
    return InList(t, kList);
}

bool IsCountWord(std::string_view t) {
    static constexpr std::array<std::string_view, 12> kList = {
        "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few"};
    return InList(t, kList) || AllDigits(t, 1, 3);
}

// Month-based dates at i: "April 23", "April 23, 2010", "April 2010", "23 April", "23 April 2010".
DateMatch MonthDate(const TokenView& v, size_t i, size_t end) {
    if (MonthOfWord(v[i].text) && v[i].capitalized) {
        if (i + 1 < end && IsDay(v[i + 1].text)) {
            size_t n = 2;
            if (i + 3 < end && v[i + 2].text == "," && IsYear(v[i + 3].text))
                n = 4;
            else if (i + 2 < end && IsYear(v[i + 2].text))
                n = 3;
            return {n, "date:month-day"};
        }
        if (i + 1 < end && IsYear(v[i + 1].text)) return {2, "date:month-year"};
        // A month alone after a time preposition: "in April", "since March", "last May".
        static constexpr std::array<std::string_view, 9> kBefore = {
            "in", "since", "until", "by", "early", "late", "mid", "last", "next"};
        if (i > 0 && v[i - 1].sentence == v[i].sentence && v[i - 1].lower &&
            InList(v[i - 1].text, kBefore)) {
            return {1, "date:month"};
        }
        return {};
    }
    if (IsDay(v[i].text) && i + 1 < end && MonthOfWord(v[i + 1].text) && v[i + 1].capitalized) {
        size_t n = 2;
        if (i + 2 < end && IsYear(v[i + 2].text)) n = 3;
        return {n, "date:day-month"};
    }
    return {};
}

// "Tuesday", "early Monday morning", "last Friday", "Sunday night".
DateMatch WeekdayDate(const TokenView& v, size_t i, size_t end) {
    static constexpr std::array<std::string_view, 7> kBefore = {"early", "late", "last", "next",
                                                                "this",  "on",   "until"};
    size_t k = i;
    if (v[k].word && !v[k].capitalized && InList(v[k].text, kBefore) && !Is(v[k].text, "on") &&
        !Is(v[k].text, "until") && k + 1 < end && IsWeekday(v[k + 1].text)) {
        ++k;
    }
    if (!IsWeekday(v[k].text)) return {};
    size_t n = k - i + 1;
    if (k + 1 < end && IsPartOfDay(v[k + 1].text)) ++n;
    return {n, "date:weekday"};
}

// "last week", "next month", "this year", "earlier this week", "two days ago", "yesterday".
DateMatch RelativeDate(const TokenView& v, size_t i, size_t end) {
    static constexpr std::array<std::string_view, 5> kSingle = {"yesterday", "today", "tomorrow",
                                                                "tonight", "overnight"};
    const std::string_view t = v[i].text;
    if (InList(t, kSingle)) {
        size_t n = 1;
        if (i + 1 < end && IsPartOfDay(v[i + 1].text) && !Is(t, "tonight")) ++n;
        return {n, "date:relative"};
    }
    size_t k = i;
    if ((Is(t, "earlier") || Is(t, "later")) && k + 1 < end && Is(v[k + 1].text, "this")) ++k;
    if ((Is(v[k].text, "last") || Is(v[k].text, "next") || Is(v[k].text, "this")) && k + 1 < end &&
        IsPeriod(v[k + 1].text) && v[k + 1].text.back() != 's') {
        return {k - i + 2, "date:relative"};
    }
    if (IsCountWord(t) && i + 2 < end && IsPeriod(v[i + 1].text) && Is(v[i + 2].text, "ago")) {
        return {3, "date:relative"};
    }
    return {};
}

}  // namespace

namespace {

// 1..12 for a month name or its abbreviation ("Jan.", "Sept."), else 0.
int MonthOfWord(std::string_view word) {
    static constexpr std::array<std::string_view, 12> kMonths = {
        "january", "february", "march",     "april",   "may",      "june",
        "july",    "august",   "september", "october", "november", "december"};
    static constexpr std::array<std::string_view, 13> kShort = {
        "jan.", "feb.", "mar.", "apr.", "may.", "jun.", "jul.",
        "aug.", "sep.", "oct.", "nov.", "dec.", "sept."};
    for (size_t m = 0; m < kMonths.size(); ++m) {
        if (Is(kMonths[m], word)) return static_cast<int>(m) + 1;
    }
    for (size_t m = 0; m < kShort.size(); ++m) {
        if (Is(kShort[m], word)) return m == 12 ? 9 : static_cast<int>(m) + 1;
    }
    return 0;
}

bool IsWeekday(std::string_view word) {
    static constexpr std::array<std::string_view, 7> kDays = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (std::string_view d : kDays) {
        if (d == word) return true;
    }
    return false;
}

}  // namespace

DateMatch MatchDateAt(const TokenView& v, size_t i, size_t end) {
    if (i >= end) return {};
    const TokenShape& t = v[i];
    if (t.number) {
        if (t.text.size() >= 8 && !FindIsoDate(t.text).empty()) return {1, "date:numeric"};
        DateMatch m = MonthDate(v, i, end);
        if (m.length) return m;
        // A bare year only after "in", "since", "until", "by" or "of": "in 2010".
        if (IsYear(t.text) && i > 0 && v[i - 1].sentence == t.sentence) {
            const std::string_view p = v[i - 1].text;
            if (Is(p, "in") || Is(p, "since") || Is(p, "until") || Is(p, "by") || Is(p, "early") ||
                Is(p, "late")) {
                return {1, "date:year"};
            }
        }
        return RelativeDate(v, i, end);
    }
    if (!t.word) return {};
    DateMatch m = MonthDate(v, i, end);
    if (m.length) return m;
    m = WeekdayDate(v, i, end);
    if (m.length) return m;
    return RelativeDate(v, i, end);
}

}  // namespace dossier::importers
