// Renders a query error for people: the message, then the offending line with a caret under
// the column the Status names.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"

namespace dossier::query {

// For a Status with a position:
//   SyntaxError (UnexpectedSyntax): unexpected 'RETRUN', expected ... (line 1, column 10)
//     MATCH (n) RETRUN n
//               ^
// Without a position (line() == 0), or with one past the end of `text`, returns
// status.ToString() alone. Columns count Unicode code points, so the caret lines up under
// multi-byte characters too; tabs in the line are kept so terminals align the caret the same way.
std::string FormatErrorWithCaret(std::string_view text, const Status& status);

}  // namespace dossier::query
