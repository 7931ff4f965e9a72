// CsvReader: RFC 4180 records (comma-separated, fields optionally in double quotes with "" for a
// quote; quoted fields may span lines), with the line number of each record for error messages.
// Files are read in windows of kReadChunkBytes, so memory use does not grow with the file.
#pragma once

#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace dossier::graph {

struct CsvField {
    std::string text;
    bool quoted = false;  // an empty quoted field is an empty string; an empty bare one is absent
};

class CsvReader {
  public:
    // Opens the file for reading record by record. IOError naming the file when it cannot be
    // opened; a later read error ends Next() with an IOError status.
    static Result<std::unique_ptr<CsvReader>> Open(const std::string& path);
    // For tests: parses `text` as if it were the file `name`.
    CsvReader(std::string name, std::string text)
        : name_(std::move(name)), text_(std::move(text)) {}

    // Reads the next record into `fields`. Returns false at the end of the file (with OK status)
    // or on a malformed record (status() says where). Blank lines are skipped.
    bool Next(std::vector<CsvField>* fields);
    const Status& status() const { return status_; }
    // 1-based line where the last record returned by Next() starts.
    int line() const { return record_line_; }
    const std::string& name() const { return name_; }

  private:
    // How much of the file is held at once: big enough that reads are few, small against the
    // loader's sort buffers.
    static constexpr size_t kReadChunkBytes = 1 << 20;

    // True when a byte is available at pos_, reading the next window of the file if needed.
    bool Available() { return pos_ < text_.size() || Refill(); }
    bool Refill();
    void Fail(Status error);

    struct FileCloser {
        void operator()(std::FILE* f) const { std::fclose(f); }
    };
    std::unique_ptr<std::FILE, FileCloser> file_;  // null for text given directly, or at EOF
    std::string name_;
    std::string text_;
    size_t pos_ = 0;
    int line_ = 1;
    int record_line_ = 0;
    Status status_;
};

// Appends `field` to `out` in CSV form, quoted when it holds a comma, quote, line break, or
// leading/trailing space, or when `force_quotes` is set.
void AppendCsvField(std::string_view field, bool force_quotes, std::string* out);

}  // namespace dossier::graph
