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

Result<Feature> ParseFeature(std::string_view text, const std::string& origin) {
    Feature feature;
    std::vector<std::string_view> lines = SplitLines(text);
    std::vector<Step> background;
    std::optional<RawScenario> current;
    bool in_background = false;
    bool in_examples = false;
    std::vector<std::string> pending_tags;
    auto steps = [&]() -> std::vector<Step>* {
        if (in_background) return &background;
        return current ? &current->steps : nullptr;
    };
    auto finish = [&] {
        if (current) Expand(*current, background, &feature);
        current.reset();
    };
    for (size_t i = 0; i < lines.size(); ++i) {
        std::string_view line = Trim(lines[i]);
        int line_no = static_cast<int>(i) + 1;
        if (line.empty() || line[0] == '#') continue;
        if (line[0] == '@') {
            size_t pos = 0;
            while (pos < line.size()) {
                size_t end = line.find(' ', pos);
                if (end == std::string_view::npos) end = line.size();
                if (end > pos) pending_tags.emplace_back(line.substr(pos, end - pos));
                pos = end + 1;
            }
            continue;
        }
        if (StartsWith(line, "Feature:")) {
            feature.name = std::string(Trim(line.substr(8)));
            pending_tags.clear();
            continue;
        }
        if (StartsWith(line, "Background:")) {
            finish();
            in_background = true;
            in_examples = false;
            continue;
        }
        bool outline =
            StartsWith(line, "Scenario Outline:") || StartsWith(line, "Scenario Template:");
        if (outline || StartsWith(line, "Scenario:")) {
            finish();
            in_background = false;
            in_examples = false;
            current.emplace();
            current->outline = outline;
            current->name = std::string(Trim(line.substr(line.find(':') + 1)));
            current->line = line_no;
            current->tags = std::move(pending_tags);
            pending_tags.clear();
            continue;
        }
        if (StartsWith(line, "Examples:") || StartsWith(line, "Scenarios:")) {
            if (!current)
                return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                               ": Examples outside a scenario");
            in_examples = true;
            current->examples.emplace_back();
            pending_tags.clear();
            continue;
        }
        if (StartsWith(line, "\"\"\"")) {
            std::vector<Step>* target = steps();
            if (target == nullptr || target->empty()) {
                return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                               ": doc string without a step");
            }
            size_t indent = lines[i].find('"');
            std::string doc;
            for (++i; i < lines.size() && !StartsWith(Trim(lines[i]), "\"\"\""); ++i) {
                std::string_view body = lines[i];
                size_t strip = std::min(indent, body.find_first_not_of(" \t"));
                if (strip != std::string_view::npos)
                    body.remove_prefix(std::min(strip, body.size()));
                if (!doc.empty()) doc += '\n';
                doc += body;
            }
            if (i == lines.size()) {
                return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                               ": unterminated doc string");
            }
            target->back().doc = std::move(doc);
            continue;
        }
        if (line[0] == '|') {
            if (in_examples) {
                current->examples.back().push_back(SplitTableRow(line));
                continue;
            }
            std::vector<Step>* target = steps();
            if (target == nullptr || target->empty()) {
                return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                               ": table without a step");
            }
            target->back().table.push_back(SplitTableRow(line));
            continue;
        }
        bool matched = false;
        for (const char* kw : kStepKeywords) {
            if (!StartsWith(line, kw)) continue;
            std::vector<Step>* target = steps();
            if (target == nullptr) {
                return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                               ": step outside a scenario");
            }
            in_examples = false;
            std::string_view k(kw);
            target->push_back(Step{std::string(k.substr(0, k.size() - 1)),
                                   std::string(Trim(line.substr(k.size()))),
                                   "",
                                   {},
                                   line_no});
            matched = true;
            break;
        }
        if (!matched && !current && !in_background) continue;  // feature description
        if (!matched && !in_background && current && current->steps.empty()) continue;  // text
        if (!matched) {
            return Status::InvalidArgument(origin + ":" + std::to_string(line_no) +
                                           ": cannot read line: " + std::string(line));
        }
    }
    finish();
    return feature;
}

}  // namespace dossier::tck
