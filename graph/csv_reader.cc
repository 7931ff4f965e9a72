#include "graph/csv_reader.h"

#include <cstdio>

namespace dossier::graph {

Result<std::unique_ptr<CsvReader>> CsvReader::Open(const std::string& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return Status::IOError("cannot read " + path);
    auto reader = std::make_unique<CsvReader>(path, std::string());
    reader->file_.reset(file);
    return reader;
}

bool CsvReader::Refill() {
    if (!file_ || !status_.ok()) return false;
    // Only the byte at pos_ is ever looked at, so the consumed window can go.
    text_.resize(kReadChunkBytes);
    const size_t n = std::fread(text_.data(), 1, text_.size(), file_.get());
    text_.resize(n);
    pos_ = 0;
    if (n > 0) return true;
    if (std::ferror(file_.get())) status_ = Status::IOError("error reading " + name_);
    file_.reset();
    return false;
}

void CsvReader::Fail(Status error) {
    // A read error met while a record was being parsed is the real cause; keep it.
    if (status_.ok()) status_ = std::move(error);
}

bool CsvReader::Next(std::vector<CsvField>* fields) {
    fields->clear();
    if (!status_.ok()) return false;
    // Skip blank lines.
    while (Available() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
        if (text_[pos_] == '\n') ++line_;
        ++pos_;
    }
    if (!Available()) return false;
    record_line_ = line_;
    CsvField field;
    int column = 1;
    while (true) {
        if (Available() && text_[pos_] == '"' && field.text.empty() && !field.quoted) {
            field.quoted = true;
            const int quote_line = line_;
            ++pos_;
            while (true) {
                if (!Available()) {
                    Fail(Status::InvalidArgument(name_ + ": line " + std::to_string(quote_line) +
                                                 ", column " + std::to_string(column) +
                                                 ": quoted field is never closed"));
                    return false;
                }
                const char c = text_[pos_++];
                if (c == '"') {
                    if (Available() && text_[pos_] == '"') {
                        field.text.push_back('"');
                        ++pos_;
                        continue;
                    }
                    break;
                }
                if (c == '\n') ++line_;
                field.text.push_back(c);
            }
            if (Available() && text_[pos_] != ',' && text_[pos_] != '\n' && text_[pos_] != '\r') {
                Fail(Status::InvalidArgument(name_ + ": line " + std::to_string(line_) +
                                             ", column " + std::to_string(column) +
                                             ": unexpected text after a closing quote"));
                return false;
            }
            continue;
        }
        if (!Available() || text_[pos_] == '\n' || text_[pos_] == '\r') {
            fields->push_back(std::move(field));
            if (Available() && text_[pos_] == '\r') ++pos_;
            if (Available() && text_[pos_] == '\n') {
                ++pos_;
                ++line_;
            }
            return true;
        }
        const char c = text_[pos_++];
        if (c == ',') {
            fields->push_back(std::move(field));
            field = CsvField();
            ++column;
        } else if (c == '"' && !field.quoted) {
            Fail(Status::InvalidArgument(name_ + ": line " + std::to_string(line_) + ", column " +
                                         std::to_string(column) +
                                         ": stray quote inside an unquoted field"));
            return false;
        } else {
            field.text.push_back(c);
        }
    }
}

void AppendCsvField(std::string_view field, bool force_quotes, std::string* out) {
    const bool quote = force_quotes || field.find_first_of(",\"\n\r") != std::string_view::npos ||
                       (!field.empty() && (field.front() == ' ' || field.back() == ' '));
    if (!quote) {
        out->append(field);
        return;
    }
    out->push_back('"');
    for (char c : field) {
        if (c == '"') out->push_back('"');
        out->push_back(c);
    }
    out->push_back('"');
}

}  // namespace dossier::graph
