// Headline case: a line or sentence whose words are mostly capitalised ("Exiled Leader Says He
// Will Return"). A headline names things only through lists and titles, and ends where its line
// ends even without a period.
#pragma once

#include <string_view>

namespace dossier::importers {

// Fewer words than this are a name or a label ("Jane Doe", "Foreign Ministry"), not a headline.
constexpr int kHeadlineMinWords = 4;
// Share of capitalised words, in percent, from which a run of words is in headline case.
constexpr int kHeadlineCapsPercent = 70;

// `ends_as_sentence`: the run closes with a period or ends on a lower-case word ("The Grozhny
// Workers Party protested."); a headline ends on a capitalised word or a number, without a period.
constexpr bool IsHeadlineCase(int words, int capitalised, bool ends_as_sentence) {
    return !ends_as_sentence && words >= kHeadlineMinWords &&
           capitalised * 100 >= words * kHeadlineCapsPercent;
}

// A line of text in headline case that ends without a sentence's closing punctuation: the
// line break after it ends a sentence. Words are runs of non-space bytes that start with an ASCII
// letter; capitalised ones start with A-Z.
bool IsHeadlineLine(std::string_view line);

}  // namespace dossier::importers
