// The streaming result writers: CSV, JSON and JSON Lines print each row as it arrives.
#include <nlohmann/json.hpp>

#include "graph/export/csv_field.h"
#include "graph/export/json_value.h"
#include "tools/result_writers.h"

namespace dossier::cli {

namespace {

using nlohmann::ordered_json;

std::string Dump(const ordered_json& json) {
    return json.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

const graph::Value& At(const std::vector<graph::Value>& row, size_t i) {
    static const graph::Value kNull;
    return i < row.size() ? row[i] : kNull;
}

class CsvWriter : public ResultWriter {
  public:
    explicit CsvWriter(std::ostream& out) : out_(out) {}
    void Begin(const std::vector<std::string>& columns) override {
        columns_ = columns.size();
        // A statement without RETURN has no columns: no header line either.
        if (columns_ > 0) Line(columns);
    }
    void Row(const std::vector<graph::Value>& row) override {
        std::vector<std::string> cells;
        for (size_t i = 0; i < columns_; ++i) cells.push_back(CellText(At(row, i)));
        if (columns_ > 0) Line(cells);
        ++count_;
    }
    size_t End() override {
        out_.flush();
        return count_;
    }

  private:
    void Line(const std::vector<std::string>& cells) {
        // RFC 4180 ends records with CRLF, but every CSV reader accepts LF and LF is what shell
        // pipelines expect.
        for (size_t i = 0; i < cells.size(); ++i) {
            if (i) out_ << ',';
            out_ << graph::CsvField(cells[i]);
        }
        out_ << '\n';
    }
    std::ostream& out_;
    size_t columns_ = 0;
    size_t count_ = 0;
};

class JsonWriter : public ResultWriter {
  public:
    explicit JsonWriter(std::ostream& out) : out_(out) {}
    void Begin(const std::vector<std::string>& columns) override {
        columns_ = columns.size();
        out_ << "{\"columns\": " << Dump(ordered_json(columns)) << ", \"rows\": [";
    }
    void Row(const std::vector<graph::Value>& row) override {
        ordered_json values = ordered_json::array();
        for (size_t i = 0; i < columns_; ++i) values.push_back(graph::ValueToJson(At(row, i)));
        out_ << (count_ == 0 ? "\n  " : ",\n  ") << Dump(values);
        ++count_;
    }
    size_t End() override {
        out_ << (count_ == 0 ? "]}\n" : "\n]}\n");
        out_.flush();
        return count_;
    }

  private:
    std::ostream& out_;
    size_t columns_ = 0;
    size_t count_ = 0;
};

class JsonlWriter : public ResultWriter {
  public:
    explicit JsonlWriter(std::ostream& out) : out_(out) {}
    void Begin(const std::vector<std::string>& columns) override { columns_ = columns; }
    void Row(const std::vector<graph::Value>& row) override {
        ordered_json object = ordered_json::object();
        for (size_t i = 0; i < columns_.size(); ++i) {
            object[columns_[i]] = graph::ValueToJson(At(row, i));
        }
        out_ << Dump(object) << '\n';
        ++count_;
    }
    size_t End() override {
        out_.flush();
        return count_;
    }

  private:
    std::ostream& out_;
    std::vector<std::string> columns_;
    size_t count_ = 0;
};

}  // namespace

std::unique_ptr<ResultWriter> MakeCsvWriter(std::ostream& out) {
    return std::make_unique<CsvWriter>(out);
}
std::unique_ptr<ResultWriter> MakeJsonWriter(std::ostream& out) {
    return std::make_unique<JsonWriter>(out);
}
std::unique_ptr<ResultWriter> MakeJsonlWriter(std::ostream& out) {
    return std::make_unique<JsonlWriter>(out);
}

}  // namespace dossier::cli
