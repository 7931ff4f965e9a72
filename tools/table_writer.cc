// Box-drawn tables that fit the terminal, and Markdown tables. Both keep up to max_rows rows to
// size their columns; later rows are only counted.
#include <algorithm>
#include <numeric>
#include <string>
#include <vector>

#include "tools/display_width.h"
#include "tools/result_writers.h"

namespace dossier::cli {

namespace {

// One line of text: line breaks and tabs would break the grid.
std::string OneLine(std::string text) {
    for (char& c : text) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    }
    return text;
}

class BufferedWriter : public ResultWriter {
  public:
    BufferedWriter(const FormatOptions& options, std::ostream& out)
        : options_(options), out_(out) {}

    void Begin(const std::vector<std::string>& columns) override {
        columns_ = columns;
        numeric_.assign(columns.size(), true);
    }
    void Row(const std::vector<graph::Value>& row) override {
        ++count_;
        if (options_.max_rows != 0 && cells_.size() >= options_.max_rows) return;
        std::vector<std::string> cells;
        for (size_t i = 0; i < columns_.size(); ++i) {
            const graph::Value& v = i < row.size() ? row[i] : graph::Value();
            if (!v.is_number() && !v.is_null()) numeric_[i] = false;
            cells.push_back(OneLine(CellText(v)));
        }
        cells_.push_back(std::move(cells));
    }
    size_t End() override {
        Print();
        if (count_ > cells_.size()) {
            out_ << "(showing the first " << cells_.size() << " of " << count_ << " rows)\n";
        }
        return count_;
    }

  protected:
    virtual void Print() = 0;

    const FormatOptions options_;
    std::ostream& out_;
    std::vector<std::string> columns_;
    std::vector<bool> numeric_;  // right-aligned columns: only numbers and nulls
    std::vector<std::vector<std::string>> cells_;
    size_t count_ = 0;
};

class TableWriter : public BufferedWriter {
  public:
    using BufferedWriter::BufferedWriter;

  private:
    void Print() override {
        if (columns_.empty()) return;
        const std::vector<int> widths = ColumnWidths();
        Rule("┌", "┬", "┐", widths);
        Line(columns_, widths, /*header=*/true);
        Rule("├", "┼", "┤", widths);
        for (const auto& row : cells_) Line(row, widths, false);
        Rule("└", "┴", "┘", widths);
    }

    // Natural widths, then the widest columns shrink one cell at a time until the table fits.
    std::vector<int> ColumnWidths() const {
        std::vector<int> widths;
        for (size_t i = 0; i < columns_.size(); ++i) {
            int w = DisplayWidth(columns_[i]);
            for (const auto& row : cells_) w = std::max(w, DisplayWidth(row[i]));
            if (options_.max_cell_width > 0) w = std::min(w, options_.max_cell_width);
            widths.push_back(std::max(w, 1));
        }
        if (options_.width <= 0) return widths;
        const int frame = 3 * static_cast<int>(widths.size()) + 1;
        const int budget = std::max(options_.width - frame, static_cast<int>(widths.size()) * 3);
        int total = std::accumulate(widths.begin(), widths.end(), 0);
        while (total > budget) {
            auto widest = std::max_element(widths.begin(), widths.end());
            if (*widest <= 3) break;
            --*widest;
            --total;
        }
        return widths;
    }

    void Rule(const char* left, const char* mid, const char* right,
              const std::vector<int>& widths) {
        std::string line = left;
        for (size_t i = 0; i < widths.size(); ++i) {
            if (i) line += mid;
            for (int k = 0; k < widths[i] + 2; ++k) line += "─";
        }
        out_ << line << right << "\n";
    }

    void Line(const std::vector<std::string>& cells, const std::vector<int>& widths, bool header) {
        std::string line = "│";
        for (size_t i = 0; i < widths.size(); ++i) {
            const std::string text = FitToWidth(cells[i], widths[i]);
            line += " " + Pad(text, widths[i], !header && numeric_[i]) + " │";
        }
        out_ << line << "\n";
    }
};

class MarkdownWriter : public BufferedWriter {
  public:
    using BufferedWriter::BufferedWriter;

  private:
    static std::string Escape(const std::string& text) {
        std::string out;
        for (char c : text) {
            if (c == '|') out += '\\';
            out += c;
        }
        return out;
    }

    void Print() override {
        if (columns_.empty()) return;
        std::string line = "|", rule = "|";
        for (size_t i = 0; i < columns_.size(); ++i) {
            line += " " + Escape(columns_[i]) + " |";
            rule += numeric_[i] && !cells_.empty() ? " ---: |" : " --- |";
        }
        out_ << line << "\n" << rule << "\n";
        for (const auto& row : cells_) {
            line = "|";
            for (const std::string& cell : row) line += " " + Escape(cell) + " |";
            out_ << line << "\n";
        }
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
