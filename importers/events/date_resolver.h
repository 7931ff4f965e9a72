// DateResolver: finds date expressions in a sentence and resolves them against the article date.
//
// Absolute: "April 23", "23 April 2010", "April 23, 2010", "22-06-2018", "2018-06-22", "June 2018".
// Relative: "Tuesday", "on Tuesday", "early Monday morning", "last Tuesday", "next Friday",
// "yesterday", "today", "last week", "last month", "last year". A bare weekday means the most
// recent such day on or before the article date (news reports the past); a month and day without
// a year take the article's year unless that lands more than two months after the article, in
// which case the previous year. Without an article date only absolute dates with a year resolve.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "importers/document.h"
#include "importers/pipeline_tokens.h"

namespace dossier::importers {

struct DateExpression {
    int first_token = 0;  // [first_token, end_token) in the document's tokens
    int end_token = 0;
    Span span;
    std::string text;
    std::string iso;  // empty when it cannot be resolved
    bool relative = false;
};

class DateResolver {
  public:
    // `article_date` is ISO "YYYY-MM-DD" or empty.
    explicit DateResolver(std::string_view article_date);

    // Date expressions in sentence `sentence` of `doc`, in text order.
    std::vector<DateExpression> Find(const Document& doc, const TokenIndex& index,
                                     int sentence) const;

    // Resolves one expression given as text ("on Tuesday", "April 23"); empty when it is not a
    // date or cannot be resolved.
    std::string Resolve(std::string_view expression) const;

  private:
    // Tries to match a date expression starting at token `i`; returns tokens consumed (0: none).
    int Match(const std::vector<std::string>& words, size_t i, std::string* iso,
              bool* relative) const;

    bool has_date_ = false;
    int32_t article_days_ = 0;
};

// 1..12 for "january".."december" and "jan".."dec" (and "sept"), else 0.
int MonthNumber(std::string_view lower);
// 0..6 for "sunday".."saturday", else -1.
int WeekdayNumber(std::string_view lower);

}  // namespace dossier::importers
