#include "importers/events/date_resolver.h"

#include <charconv>
#include <optional>

#include "graph/ascii.h"
#include "graph/value.h"

namespace dossier::importers {
namespace {

constexpr const char* kMonths[] = {"january",   "february", "march",    "april",
                                   "may",       "june",     "july",     "august",
                                   "september", "october",  "november", "december"};
constexpr const char* kWeekdays[] = {"sunday",   "monday", "tuesday", "wednesday",
                                     "thursday", "friday", "saturday"};

std::optional<int> ParseInt(std::string_view s) {
    int v = 0;
    if (s.empty() || s.size() > 4) return std::nullopt;
    auto r = std::from_chars(s.data(), s.data() + s.size(), v);
    if (r.ec != std::errc() || r.ptr != s.data() + s.size()) return std::nullopt;
    return v;
}

// "23", "23rd", "1st" -> day number 1..31.
std::optional<int> ParseDay(std::string_view s) {
    for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
        if (s.size() > 2 && s.ends_with(suffix)) s.remove_suffix(2);
    }
    auto d = ParseInt(s);
    if (!d || *d < 1 || *d > 31) return std::nullopt;
    return d;
}

std::optional<int> ParseYear(std::string_view s) {
    if (s.size() != 4) return std::nullopt;
    auto y = ParseInt(s);
    if (!y || *y < 1800 || *y > 2200) return std::nullopt;
    return y;
}

bool ValidYmd(int y, int m, int d) {
    static constexpr int kDays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m >= 1 && m <= 12 && d >= 1 && d <= kDays[m - 1] &&
           (m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)));
}

// "22-06-2018", "2018-06-22", "22/06/2018", "22.06.2018" (day first, as outside the US).
std::optional<graph::Date> ParseNumericDate(std::string_view s) {
    if (s.size() != 10) return std::nullopt;
    char sep = s[2] == '-' || s[2] == '/' || s[2] == '.' ? s[2] : 0;
    if (sep && s[5] == sep) {
        auto d = ParseInt(s.substr(0, 2)), m = ParseInt(s.substr(3, 2)), y = ParseYear(s.substr(6));
        if (d && m && y && ValidYmd(*y, *m, *d)) return graph::Date::FromYmd(*y, *m, *d);
        return std::nullopt;
    }
    if (s[4] == '-' && s[7] == '-') return graph::Date::FromIso(s);
    return std::nullopt;
}

int WeekdayOf(int32_t days) {
    return ((days % 7) + 7 + 4) % 7;
}  // 1970-01-01 was a Thursday

std::vector<std::string> SplitWords(std::string_view text) {
    std::vector<std::string> words;
    std::string cur;
    for (char c : text) {
        bool word = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                    c == '-' || c == '/' || c == '.';
        if (word) {
            cur.push_back(c);
        } else {
            if (!cur.empty()) words.push_back(AsciiLower(cur));
            cur.clear();
            if (c == ',') words.push_back(",");
        }
    }
    if (!cur.empty()) words.push_back(AsciiLower(cur));
    for (auto& w : words) {
        if (w.size() > 1 && w.back() == '.' && !ParseNumericDate(w)) w.pop_back();
    }
    return words;
}

}  // namespace

int MonthNumber(std::string_view w) {
    for (int i = 0; i < 12; ++i) {
        std::string_view m = kMonths[i];
        if (w == m || (w.size() == 3 && m.substr(0, 3) == w) || (i == 8 && w == "sept")) {
            return i + 1;
        }
    }
    return 0;
}

int WeekdayNumber(std::string_view w) {
    for (int i = 0; i < 7; ++i) {
        if (w == kWeekdays[i]) return i;
    }
    return -1;
}

DateResolver::DateResolver(std::string_view article_date) {
    if (auto d = graph::Date::FromIso(article_date)) {
        has_date_ = true;
        article_days_ = d->days;
    }
}

int DateResolver::Match(const std::vector<std::string>& w, size_t i, std::string* iso,
                        bool* relative) const {
    // (Both branches are string_views: a conditional with a std::string branch would make a
    // temporary that the view outlives.)
    auto at = [&](size_t k) -> std::string_view {
        return k < w.size() ? std::string_view(w[k]) : std::string_view();
    };
    auto from_days = [&](int32_t days) { *iso = graph::Date{days}.ToIso(); };
    *iso = "";
    *relative = false;
    size_t k = i;
    // Numeric dates stand alone.
    if (auto d = ParseNumericDate(at(k))) {
        *iso = d->ToIso();
        return 1;
    }
    // "early"/"late" may open a weekday phrase: "early Monday morning".
    bool early = at(k) == "early" || at(k) == "late";
    if (early) ++k;
    std::string_view modifier;
    if (at(k) == "last" || at(k) == "next" || at(k) == "this" || at(k) == "on") {
        modifier = at(k);
        ++k;
    }
    if (int wd = WeekdayNumber(at(k)); wd >= 0) {
        ++k;
        if (at(k) == "morning" || at(k) == "afternoon" || at(k) == "evening" || at(k) == "night") {
            ++k;
        }
        *relative = true;
        if (has_date_) {
            int delta = (WeekdayOf(article_days_) - wd + 7) % 7;
            if (modifier == "last" && delta == 0) delta = 7;
            if (modifier == "next") {
                int ahead = (wd - WeekdayOf(article_days_) + 7) % 7;
                from_days(article_days_ + (ahead == 0 ? 7 : ahead));
            } else {
                from_days(article_days_ - delta);
            }
        }
        return static_cast<int>(k - i);
    }
    if (early) return 0;
    if (modifier == "last" || modifier == "next" || modifier == "this") {
        int sign = modifier == "last" ? -1 : modifier == "next" ? 1 : 0;
        std::string_view unit = at(k);
        if (unit == "week" || unit == "month" || unit == "year") {
            *relative = true;
            if (has_date_) {
                int step = unit == "week" ? 7 : unit == "month" ? 30 : 365;
                from_days(article_days_ + sign * step);
            }
            return static_cast<int>(k + 1 - i);
        }
        return 0;
    }
    // "on April 23": the month patterns below start after "on", which is counted.
    if (modifier != "on") k = i;
    std::string_view word = at(k);
    if (word == "yesterday" || word == "today" || word == "tonight" || word == "tomorrow") {
        *relative = true;
        if (has_date_) {
            from_days(article_days_ + (word == "yesterday" ? -1 : word == "tomorrow" ? 1 : 0));
        }
        return static_cast<int>(k + 1 - i);
    }
    int month = MonthNumber(word);
    std::optional<int> day;
    size_t next = k + 1;
    if (month) {
        day = ParseDay(at(next));
        if (day) ++next;
    } else if ((day = ParseDay(word)) && (month = MonthNumber(at(k + 1)))) {
        next = k + 2;
    } else {
        return 0;
    }
    // A month alone ("May", "march") is too ambiguous: a day or a year must come with it.
    std::optional<int> year;
    size_t after = next;
    if (at(after) == "," && ParseYear(at(after + 1))) ++after;
    if ((year = ParseYear(at(after)))) next = after + 1;
    if (!day && !year) return 0;
    if (!day) {
        *iso = "";  // a month and year is not a day; keep the text only
        return static_cast<int>(next - i);
    }
    int y = 0;
    if (year) {
        y = *year;
    } else if (has_date_) {
        int ay, am, ad;
        graph::Date{article_days_}.ToYmd(&ay, &am, &ad);
        y = ay;
        if (ValidYmd(y, month, *day) &&
            graph::Date::FromYmd(y, month, *day).days > article_days_ + 60) {
            --y;
        }
    } else {
        return static_cast<int>(next - i);
    }
    if (ValidYmd(y, month, *day)) *iso = graph::Date::FromYmd(y, month, *day).ToIso();
    return static_cast<int>(next - i);
}

std::vector<DateExpression> DateResolver::Find(const Document& doc, const TokenIndex& index,
                                               int sentence) const {
    std::vector<DateExpression> out;
    const int b = index.sentence_begin(sentence), e = index.sentence_end(sentence);
    std::vector<std::string> words;
    for (int t = b; t < e; ++t) {
        std::string w = index.lower(t);
        if (w.size() > 1 && w.back() == '.' && !ParseNumericDate(w)) w.pop_back();
        words.push_back(std::move(w));
    }
    for (size_t i = 0; i < words.size();) {
        std::string iso;
        bool relative = false;
        int n = Match(words, i, &iso, &relative);
        if (n <= 0) {
            ++i;
            continue;
        }
        size_t first = i;
        if (words[first] == "on") ++first;  // the preposition is context, not the date
        DateExpression d;
        d.first_token = b + static_cast<int>(first);
        d.end_token = b + static_cast<int>(i + n);
        d.span = {doc.tokens[d.first_token].span.start, doc.tokens[d.end_token - 1].span.end};
        d.text = std::string(doc.TextOf(d.span));
        d.iso = std::move(iso);
        d.relative = relative;
        out.push_back(std::move(d));
        i += n;
    }
    return out;
}

std::string DateResolver::Resolve(std::string_view expression) const {
    std::vector<std::string> words = SplitWords(expression);
    std::string iso;
    bool relative = false;
    if (words.empty()) return "";
    int n = Match(words, 0, &iso, &relative);
    return n == static_cast<int>(words.size()) ? iso : "";
}

}  // namespace dossier::importers
