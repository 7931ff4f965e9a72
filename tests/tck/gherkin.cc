#include "tests/tck/gherkin.h"

#include <optional>

namespace dossier::tck {
namespace {

std::string_view Trim(std::string_view s) {
    size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string_view::npos) return {};
    size_t e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

bool StartsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

std::vector<std::string_view> SplitLines(std::string_view text) {
    std::vector<std::string_view> lines;
    size_t start = 0;
    while (start <= text.size()) {
        size_t nl = text.find('\n', start);
        if (nl == std::string_view::npos) {
            lines.push_back(text.substr(start));
            break;
        }
        lines.push_back(text.substr(start, nl - start));
        start = nl + 1;
    }
    return lines;
}

std::string ReplaceAll(std::string s, const std::string& from, const std::string& to) {
    for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
        s.replace(pos, from.size(), to);
    }
    return s;
}

// A scenario as written, before outline expansion.
struct RawScenario {
    std::string name;
    int line = 0;
    bool outline = false;
    std::vector<std::string> tags;
    std::vector<Step> steps;
    std::vector<Table> examples;  // each with its header row first
};

std::string Substitute(std::string s, const std::vector<std::string>& header,
                       const std::vector<std::string>& row) {
    for (size_t i = 0; i < header.size() && i < row.size(); ++i) {
        s = ReplaceAll(std::move(s), "<" + header[i] + ">", row[i]);
    }
    return s;
}

void Expand(const RawScenario& raw, const std::vector<Step>& background, Feature* out) {
    if (!raw.outline) {
        Scenario s{raw.name, raw.line, raw.tags, background};
        s.steps.insert(s.steps.end(), raw.steps.begin(), raw.steps.end());
        out->scenarios.push_back(std::move(s));
        return;
    }
    int k = 0;
    for (const Table& examples : raw.examples) {
        if (examples.empty()) continue;
        const auto& header = examples[0];
        for (size_t r = 1; r < examples.size(); ++r) {
            const auto& row = examples[r];
            Scenario s{Substitute(raw.name, header, row) + " #" + std::to_string(++k), raw.line,
                       raw.tags, background};
            for (Step step : raw.steps) {
                step.text = Substitute(step.text, header, row);
                step.doc = Substitute(step.doc, header, row);
                for (auto& cells : step.table) {
                    for (auto& cell : cells) cell = Substitute(cell, header, row);
                }
                s.steps.push_back(std::move(step));
            }
            out->scenarios.push_back(std::move(s));
        }
    }
}

const char* const kStepKeywords[] = {"Given ", "When ", "Then ", "And ", "But "};

}  // namespace

std::vector<std::string> SplitTableRow(std::string_view line) {
    std::string_view s = Trim(line);
    std::vector<std::string> cells;
    if (s.empty() || s[0] != '|') return cells;
    std::string cell;
    for (size_t i = 1; i < s.size(); ++i) {
        char c = s[i];
        if (c == '\\' && i + 1 < s.size()) {
            char n = s[i + 1];
            if (n == '|' || n == '\\') {
                cell += n;
                ++i;
                continue;
            }
            if (n == 'n') {
                cell += '\n';
                ++i;
                continue;
            }
        }
        if (c == '|') {
            cells.emplace_back(Trim(cell));
            cell.clear();
            continue;
        }
        cell += c;
    }
    return cells;
}

namespace {

// Reads a feature file line by line; one method per kind of line.
class FeatureReader {
  public:
    FeatureReader(std::string_view text, const std::string& origin)
        : lines_(SplitLines(text)), origin_(origin) {}

    Result<Feature> Read() {
        for (i_ = 0; i_ < lines_.size(); ++i_) {
            std::string_view line = Trim(lines_[i_]);
            if (line.empty() || line[0] == '#') continue;
            DOSSIER_RETURN_IF_ERROR(ReadLine(line));
        }
        Finish();
        return std::move(feature_);
    }

  private:
    Status ReadLine(std::string_view line) {
        if (line[0] == '@') return ReadTags(line);
        if (StartsWith(line, "Feature:")) {
            feature_.name = std::string(Trim(line.substr(8)));
            pending_tags_.clear();
            return Status::OK();
        }
        if (StartsWith(line, "Background:")) {
            Finish();
            in_background_ = true;
            in_examples_ = false;
            return Status::OK();
        }
        bool outline =
            StartsWith(line, "Scenario Outline:") || StartsWith(line, "Scenario Template:");
        if (outline || StartsWith(line, "Scenario:")) return StartScenario(line, outline);
        if (StartsWith(line, "Examples:") || StartsWith(line, "Scenarios:")) {
            if (!current_) return Error("Examples outside a scenario");
            in_examples_ = true;
            current_->examples.emplace_back();
            pending_tags_.clear();
            return Status::OK();
        }
        if (StartsWith(line, "\"\"\"")) return ReadDocString();
        if (line[0] == '|') return ReadTableRow(line);
        return ReadStep(line);
    }

    Status Error(const std::string& what) const {
        return Status::InvalidArgument(origin_ + ":" + std::to_string(i_ + 1) + ": " + what);
    }

    std::vector<Step>* Steps() {
        if (in_background_) return &background_;
        return current_ ? &current_->steps : nullptr;
    }

    void Finish() {
        if (current_) Expand(*current_, background_, &feature_);
        current_.reset();
    }

    Status ReadTags(std::string_view line) {
        size_t pos = 0;
        while (pos < line.size()) {
            size_t end = line.find(' ', pos);
            if (end == std::string_view::npos) end = line.size();
            if (end > pos) pending_tags_.emplace_back(line.substr(pos, end - pos));
            pos = end + 1;
        }
        return Status::OK();
    }

    Status StartScenario(std::string_view line, bool outline) {
        Finish();
        in_background_ = false;
        in_examples_ = false;
        current_.emplace();
        current_->outline = outline;
        current_->name = std::string(Trim(line.substr(line.find(':') + 1)));
        current_->line = static_cast<int>(i_) + 1;
        current_->tags = std::move(pending_tags_);
        pending_tags_.clear();
        return Status::OK();
    }

    // The lines up to the closing quotes, less the indentation of the opening ones.
    Status ReadDocString() {
        std::vector<Step>* target = Steps();
        if (target == nullptr || target->empty()) return Error("doc string without a step");
        size_t open = i_;
        size_t indent = lines_[i_].find('"');
        std::string doc;
        for (++i_; i_ < lines_.size() && !StartsWith(Trim(lines_[i_]), "\"\"\""); ++i_) {
            std::string_view body = lines_[i_];
            size_t strip = std::min(indent, body.find_first_not_of(" \t"));
            if (strip != std::string_view::npos) body.remove_prefix(std::min(strip, body.size()));
            if (!doc.empty()) doc += '\n';
            doc += body;
        }
        if (i_ == lines_.size()) {
            i_ = open;
            return Error("unterminated doc string");
        }
        target->back().doc = std::move(doc);
        return Status::OK();
    }

    Status ReadTableRow(std::string_view line) {
        if (in_examples_) {
            current_->examples.back().push_back(SplitTableRow(line));
            return Status::OK();
        }
        std::vector<Step>* target = Steps();
        if (target == nullptr || target->empty()) return Error("table without a step");
        target->back().table.push_back(SplitTableRow(line));
        return Status::OK();
    }

    Status ReadStep(std::string_view line) {
        for (const char* kw : kStepKeywords) {
            if (!StartsWith(line, kw)) continue;
            std::vector<Step>* target = Steps();
            if (target == nullptr) return Error("step outside a scenario");
            in_examples_ = false;
            std::string_view k(kw);
            Step step;
            step.keyword = std::string(k.substr(0, k.size() - 1));
            step.text = std::string(Trim(line.substr(k.size())));
            step.line = static_cast<int>(i_) + 1;
            target->push_back(std::move(step));
            return Status::OK();
        }
        // Free text describing a feature or scenario, before its first step.
        if (!in_background_ && (!current_ || current_->steps.empty())) return Status::OK();
        return Error("cannot read line: " + std::string(line));
    }

    const std::vector<std::string_view> lines_;
    const std::string& origin_;
    size_t i_ = 0;
    Feature feature_;
    std::vector<Step> background_;
    std::optional<RawScenario> current_;
    bool in_background_ = false;
    bool in_examples_ = false;
    std::vector<std::string> pending_tags_;
};

}  // namespace

Result<Feature> ParseFeature(std::string_view text, const std::string& origin) {
    return FeatureReader(text, origin).Read();
}

}  // namespace dossier::tck
