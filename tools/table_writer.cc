// Box-drawn tables that fit the terminal, and Markdown tables. Both size their columns on a
// sample of the first rows (FormatOptions::sample_rows), print it, and then stream every later
// row at those widths, so that a result of any size is printed in bounded memory.
#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "tools/display_width.h"
#include "tools/report/markdown_text.h"
#include "tools/result_writers.h"

namespace dossier::cli {

namespace {

// The narrowest a column shrinks to when the table must fit the terminal: room for two
// characters and the "…" that says the cell was cut.
constexpr int kMinColumnWidth = 3;

// One line of text: line breaks and tabs would break the grid.
std::string OneLine(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return text;
}

class SampledWriter : public ResultWriter {
  public:
    SampledWriter(const FormatOptions& options, std::ostream& out) : options_(options), out_(out) {}

    void Begin(const std::vector<std::string>& columns) override {
        columns_ = columns;
        numeric_.assign(columns.size(), true);
    }
    void Row(const std::vector<graph::Value>& row) override {
        ++count_;
        if (options_.max_rows != 0 && shown_ >= options_.max_rows) return;
        ++shown_;
        Cells cells;
        for (size_t i = 0; i < columns_.size(); ++i) {
            const graph::Value& v = i < row.size() ? row[i] : graph::Value();
            if (!started_ && !v.is_number() && !v.is_null()) numeric_[i] = false;
            cells.text.push_back(OneLine(CellText(v)));
            cells.number.push_back(v.is_number());
        }
        if (started_) return PrintRow(cells);
        sample_.push_back(std::move(cells));
        if (options_.sample_rows != 0 && sample_.size() >= options_.sample_rows) Start();
    }
    size_t End() override {
        if (!started_) Start();
        PrintEnd();
        if (count_ > shown_) {
            out_ << "(showing the first " << shown_ << " of " << count_ << " rows)\n";
        }
        return count_;
    }

  protected:
    // One row as printed: each value's text, and whether it is a number.
    struct Cells {
        std::vector<std::string> text;
        std::vector<bool> number;
    };

    // The header, from columns_, numeric_ and the sample.
    virtual void PrintStart() = 0;
    virtual void PrintRow(const Cells& cells) = 0;
    virtual void PrintEnd() {}

    const FormatOptions options_;
    std::ostream& out_;
    std::vector<std::string> columns_;
    // Right-aligned columns: only numbers and nulls in the sample.
    std::vector<bool> numeric_;
    std::vector<Cells> sample_;

  private:
    // Prints the header and the sample; later rows are printed as they come.
    void Start() {
        started_ = true;
        PrintStart();
        for (const auto& cells : sample_) PrintRow(cells);
        sample_.clear();
        sample_.shrink_to_fit();
    }

    bool started_ = false;
    size_t count_ = 0;  // rows received
    size_t shown_ = 0;  // rows printed or to be printed
};

class TableWriter : public SampledWriter {
  public:
    using SampledWriter::SampledWriter;

  private:
    void PrintStart() override {
        if (columns_.empty()) return;
        widths_ = ColumnWidths();
        Rule("┌", "┬", "┐");
        Line(Cells{columns_, std::vector<bool>(columns_.size(), false)}, /*header=*/true);
        Rule("├", "┼", "┤");
    }
    void PrintRow(const Cells& cells) override {
        if (!columns_.empty()) Line(cells, false);
    }
    void PrintEnd() override {
        if (!columns_.empty()) Rule("└", "┴", "┘");
    }

    // The natural width of each column in the sample. With a known total width the columns share
    // it: narrow ones keep their width, and the wide ones are cut to one common cap, the largest
    // that fits. Without one, each column is cut at max_cell_width.
    std::vector<int> ColumnWidths() const {
        std::vector<int> widths;
        for (size_t i = 0; i < columns_.size(); ++i) {
            int w = DisplayWidth(columns_[i]);
            for (const Cells& row : sample_) w = std::max(w, DisplayWidth(row.text[i]));
            if (options_.width <= 0 && options_.max_cell_width > 0) {
                w = std::min(w, options_.max_cell_width);
            }
            widths.push_back(std::max(w, 1));
        }
        if (options_.width <= 0) return widths;
        const int columns = static_cast<int>(widths.size());
        const int frame = 3 * columns + 1;  // "│ " before each cell, " │" after the last
        const int budget = std::max(options_.width - frame, columns * kMinColumnWidth);
        if (std::accumulate(widths.begin(), widths.end(), 0) <= budget) return widths;
        // Give the narrowest columns their full width first; the rest split what is left, the
        // first of them one cell more each while the division leaves some over.
        std::vector<int> sorted = widths;
        std::sort(sorted.begin(), sorted.end());
        int left = budget;
        int cap = kMinColumnWidth;
        int spare = 0;
        for (int i = 0; i < columns; ++i) {
            const int share = left / (columns - i);
            if (sorted[i] > share) {
                cap = std::max(share, kMinColumnWidth);
                spare = std::max(left - cap * (columns - i), 0);
                break;
            }
            left -= sorted[i];
        }
        for (int& w : widths) {
            if (w <= cap) continue;
            w = cap + (spare > 0 ? 1 : 0);
            if (spare > 0) --spare;
        }
        return widths;
    }

    void Rule(const char* left, const char* mid, const char* right) {
        std::string line = left;
        for (size_t i = 0; i < widths_.size(); ++i) {
            if (i) line += mid;
            for (int k = 0; k < widths_[i] + 2; ++k) line += "─";
        }
        out_ << line << right << "\n";
    }

    // Text wider than its column is cut with "…"; a number never is (a cut number would read as
    // another number), so one wider than the sample's pushes the rest of its line right.
    void Line(const Cells& cells, bool header) {
        std::string line = "│";
        for (size_t i = 0; i < widths_.size(); ++i) {
            const std::string text =
                cells.number[i] ? cells.text[i] : FitToWidth(cells.text[i], widths_[i]);
            line += " " + Pad(text, widths_[i], !header && numeric_[i]) + " │";
        }
        out_ << line << "\n";
    }

    std::vector<int> widths_;
};

class MarkdownWriter : public SampledWriter {
  public:
    using SampledWriter::SampledWriter;

  private:
    static std::string Escape(const std::string& text) { return report::MarkdownCell(text); }

    void PrintStart() override {
        if (columns_.empty()) return;
        std::string line = "|", rule = "|";
        for (size_t i = 0; i < columns_.size(); ++i) {
            line += " " + Escape(columns_[i]) + " |";
            rule += numeric_[i] && !sample_.empty() ? " ---: |" : " --- |";
        }
        out_ << line << "\n" << rule << "\n";
    }
    void PrintRow(const Cells& cells) override {
        if (columns_.empty()) return;
        std::string line = "|";
        for (const std::string& cell : cells.text) line += " " + Escape(cell) + " |";
        out_ << line << "\n";
    }
};

}  // namespace

std::unique_ptr<ResultWriter> MakeTableWriter(const FormatOptions& options, std::ostream& out) {
    return std::make_unique<TableWriter>(options, out);
}

std::unique_ptr<ResultWriter> MakeMarkdownWriter(const FormatOptions& options, std::ostream& out) {
    return std::make_unique<MarkdownWriter>(options, out);
}

}  // namespace dossier::cli
