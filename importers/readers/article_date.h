// Publication dates as they appear in articles and crawler output, normalised to ISO dates.
#pragma once

#include <string>
#include <string_view>

namespace dossier::importers {

// "YYYY-MM-DD" for a date written as an ISO date or timestamp ("2018-06-22",
// "2018-06-22T14:13:00Z", "2018-06-22 14:13:00"), day first ("22-06-2018", "22.06.2018",
// "22/06/2018"), or with a month name ("June 22, 2018", "22 June 2018"). Searches `text` for the
// first such date. Empty when none is found or the day or month is out of range.
std::string FindIsoDate(std::string_view text);

// "HH:MM" or "HH:MM:SS" for the first clock time in `text` ("Updated at 14:13,22-06-2018",
// "2018-06-22T14:13:05Z", "9:05"). Empty when there is none or it is out of range.
std::string FindClockTime(std::string_view text);

}  // namespace dossier::importers
