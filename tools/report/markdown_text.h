// Text inside Markdown tables, shared by the report and the shell's markdown result mode.
#pragma once

#include <string>
#include <string_view>

namespace dossier::report {

// `text` safe inside a Markdown table cell: '|' escaped as "\|", line breaks as spaces.
std::string MarkdownCell(std::string_view text);

}  // namespace dossier::report
