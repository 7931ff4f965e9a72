#include "tools/error_report.h"

#include "query/parser/error_caret.h"

namespace dossier::cli {

std::string ErrorReport(const Status& status, std::string_view statement) {
    return query::FormatErrorWithCaret(statement, status) + "\n";
}

}  // namespace dossier::cli
