#include "graph/csv_reader.h"

#include <fstream>
#include <sstream>

namespace dossier::graph {

Result<std::unique_ptr<CsvReader>> CsvReader::Open(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::IOError("cannot read " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return Status::IOError("error reading " + path);
    return std::make_unique<CsvReader>(path, std::move(buffer).str());
}

bool CsvReader::Next(std::vector<CsvField>* fields) {
    fields->clear();
    if (!status_.ok()) return false;
    // Skip blank lines.
    while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) {
        if (text_[pos_] == '\n') ++line_;
        ++pos_;
    }
    if (pos_ >= text_.size()) return false;
    record_line_ = line_;
    CsvField field;
    int column = 1;
    while (true) {
        if (pos_ < text_.size() && text_[pos_] == '"' && field.text.empty() && !field.quoted) {
            field.quoted = true;
            const int quote_line = line_;
            ++pos_;
            while (true) {
                if (pos_ >= text_.size()) {
                    status_ = Status::InvalidArgument(
                        name_ + ": line " + std::to_string(quote_line) + ", column " +
                        std::to_string(column) + ": quoted field is never closed");
                    return false;
                }
                const char c = text_[pos_++];
                if (c == '"') {
                    if (pos_ < text_.size() && text_[pos_] == '"') {
                        field.text.push_back('"');
                        ++pos_;
                        continue;
                    }
                    break;
                }
                if (c == '\n') ++line_;
                field.text.push_back(c);
            }
            if (pos_ < text_.size() && text_[pos_] != ',' && text_[pos_] != '\n' &&
                text_[pos_] != '\r') {
                status_ = Status::InvalidArgument(name_ + ": line " + std::to_string(line_) +
                                                  ", column " + std::to_string(column) +
                                                  ": unexpected text after a closing quote");
                return false;
            }
            continue;
        }
        if (pos_ >= text_.size() || text_[pos_] == '\n' || text_[pos_] == '\r') {
            fields->push_back(std::move(field));
            if (pos_ < text_.size() && text_[pos_] == '\r') ++pos_;
            if (pos_ < text_.size() && text_[pos_] == '\n') {
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
            status_ = Status::InvalidArgument(name_ + ": line " + std::to_string(line_) +
                                              ", column " + std::to_string(column) +
                                              ": stray quote inside an unquoted field");
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
