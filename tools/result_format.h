// How query results are printed: aligned box tables for people, CSV, JSON, JSON Lines and
// Markdown for everything else.
//
// A ResultWriter is fed the columns once, then rows, then End(). Every writer prints rows as
// they come, in bounded memory: CSV, JSON and JSON Lines at once; the table and Markdown writers
// after a sample of the first rows (sample_rows) has fixed the column widths and alignment. The
// JSON shape is fixed by the query-language spec:
// {"columns": [...], "rows": [[...], ...]} (see graph/export/json_value.h for values).
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "graph/value.h"

namespace dossier::cli {

enum class OutputFormat { kTable, kCsv, kJson, kJsonl, kMarkdown };

// "table", "csv", "json", "jsonl", "markdown" (or "md"); InvalidArgument otherwise.
Result<OutputFormat> ParseOutputFormat(std::string_view name);
const char* OutputFormatName(OutputFormat format);

struct FormatOptions {
    // Total table width in terminal cells (TerminalWidth()); the columns share it. 0 means
    // unknown: then each cell is cut at max_cell_width instead.
    int width = 0;
    // Longest cell of a table of unknown width before it is cut with "…"; 0 means no limit.
    int max_cell_width = 80;
    // Table and Markdown: rows shown at most; the rest are counted. 0 means all.
    size_t max_rows = 0;
    // Table and Markdown: the first rows, held back to decide column widths and alignment before
    // anything is printed; later rows wider than the sample are cut to fit. 0 means all rows
    // (unbounded memory).
    size_t sample_rows = 1000;
};

class ResultWriter {
  public:
    virtual ~ResultWriter() = default;
    virtual void Begin(const std::vector<std::string>& columns) = 0;
    virtual void Row(const std::vector<graph::Value>& row) = 0;
    // Finishes the output. Returns the number of rows received.
    virtual size_t End() = 0;
};

std::unique_ptr<ResultWriter> MakeResultWriter(OutputFormat format, const FormatOptions& options,
                                               std::ostream& out);

// Convenience: writes a whole result.
void WriteRows(OutputFormat format, const FormatOptions& options,
               const std::vector<std::string>& columns,
               const std::vector<std::vector<graph::Value>>& rows, std::ostream& out);

// A value as one line of text for tables, CSV and Markdown: null is empty, strings are
// unquoted, everything else is in Cypher notation ((:Person {name: 'X'}), 1.0, [1, 2]), with a
// node's or relationship's name, title and text before its other properties.
std::string CellText(const graph::Value& value);

}  // namespace dossier::cli
