// How the command line shows a failed statement: one line naming the class, the openCypher
// detail and the position, then the statement's line with a caret under the column
// (query::FormatErrorWithCaret), ending in a newline.
#pragma once

#include <string>
#include <string_view>

#include "graph/status.h"

namespace dossier::cli {

// "SyntaxError (UnexpectedSyntax): <message> (line 1, column 10)\n  MATCH (n) RETRUN n\n
//            ^\n".
// Without a position only the first line. Columns count code points.
std::string ErrorReport(const Status& status, std::string_view statement);

}  // namespace dossier::cli
