// tck_runner: runs the openCypher TCK feature files against Dossier's query engine.
//
//   tck_runner FEATURES_DIR [--filter TEXT] [--exclude TEXT] [--verbose] [--no-fork]
//              [--timeout SECONDS] [--list-passing FILE] [--baseline FILE] [--skip-if-missing]
//
// Runs the scenarios whose name ("clauses/match/Match1.feature: [1] ...") contains the --filter
// text and not the --exclude text. Prints passed / failed / skipped per folder and a final line
// "tck: N passed, M failed, K skipped". --list-passing writes the names of passing scenarios;
// --baseline reads such a list and exits non-zero when one of the selected ones no longer passes.
// Scenarios run in child processes (scenario_worker.h), so a crash or a hang (--timeout, default
// 20 s) fails that scenario only. The features live
// outside the repository (../shared/tck-features): with --skip-if-missing, a missing folder exits
// with kSkipExitCode (ctest's SKIP_RETURN_CODE) and one line naming it, unless
// DOSSIER_REQUIRE_SHARED is set, which makes it an error as without the flag.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

#include "tests/tck/gherkin.h"
#include "tests/tck/scenario_runner.h"
#include "tests/tck/scenario_worker.h"

namespace fs = std::filesystem;
using dossier::tck::Outcome;

namespace {

struct Options {
    std::string features_dir;
    std::string filter;
    std::string exclude;
    std::string list_passing;
    std::string baseline;
    bool verbose = false;
    bool fork = true;
    bool skip_if_missing = false;
    int timeout_seconds = 20;
};

// The exit code that tells ctest the test was skipped (SKIP_RETURN_CODE in tests.cmake).
constexpr int kSkipExitCode = 77;

bool SharedDataRequired() {
    const char* v = std::getenv("DOSSIER_REQUIRE_SHARED");
    return v != nullptr && *v != '\0' && std::string_view(v) != "0";
}

struct Counts {
    int passed = 0, failed = 0, skipped = 0;
};

bool ParseArgs(int argc, char** argv, Options* o) {
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&]() -> std::string { return i + 1 < argc ? argv[++i] : ""; };
        if (a == "--filter") {
            o->filter = value();
        } else if (a == "--exclude") {
            o->exclude = value();
        } else if (a == "--list-passing") {
            o->list_passing = value();
        } else if (a == "--baseline") {
            o->baseline = value();
        } else if (a == "--verbose") {
            o->verbose = true;
        } else if (a == "--skip-if-missing") {
            o->skip_if_missing = true;
        } else if (a == "--no-fork") {
            o->fork = false;
        } else if (a == "--timeout") {
            o->timeout_seconds = std::max(1, std::atoi(value().c_str()));
        } else if (!a.empty() && a[0] != '-' && o->features_dir.empty()) {
            o->features_dir = a;
        } else {
            return false;
        }
    }
    return !o->features_dir.empty();
}

bool Selected(const Options& o, const std::string& name) {
    return (o.filter.empty() || name.find(o.filter) != std::string::npos) &&
           (o.exclude.empty() || name.find(o.exclude) == std::string::npos);
}

std::set<std::string> ReadNames(const std::string& path) {
    std::set<std::string> names;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line[0] != '#') names.insert(line);
    }
    return names;
}

}  // namespace

int main(int argc, char** argv) {
    Options opt;
    if (!ParseArgs(argc, argv, &opt)) {
        std::cerr << "usage: tck_runner FEATURES_DIR [--filter TEXT] [--exclude TEXT] [--verbose] "
                     "[--no-fork] [--timeout SECONDS] [--list-passing FILE] [--baseline FILE] "
                     "[--skip-if-missing]\n";
        return 2;
    }
    std::vector<fs::path> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(opt.features_dir, ec), end; !ec && it != end;
         it.increment(ec)) {
        if (it->path().extension() == ".feature") files.push_back(it->path());
    }
    if (ec || files.empty()) {
        if (opt.skip_if_missing && !SharedDataRequired()) {
            std::cout << "tck_runner: skipped: needs the openCypher TCK features, not found at "
                      << opt.features_dir
                      << "; configure with DOSSIER_SHARED_DIR set to the folder holding "
                         "tck-features (DOSSIER_REQUIRE_SHARED=1 makes this a failure)\n";
            return kSkipExitCode;
        }
        std::cerr << "tck_runner: no .feature files under " << opt.features_dir
                  << (ec ? ": " + ec.message() : "") << "\n";
        return 2;
    }
    std::sort(files.begin(), files.end());
    // The selected scenarios, with their names and folders, in file order.
    std::vector<dossier::tck::Feature> features;
    features.reserve(files.size());
    std::vector<const dossier::tck::Scenario*> selected;
    std::vector<std::string> names, folders;
    for (const fs::path& file : files) {
        std::string rel = fs::relative(file, opt.features_dir).generic_string();
        std::ifstream in(file);
        std::stringstream text;
        text << in.rdbuf();
        auto feature = dossier::tck::ParseFeature(text.str(), rel);
        if (!feature.ok()) {
            std::cerr << "tck_runner: " << feature.status().ToString() << "\n";
            return 2;
        }
        features.push_back(std::move(feature).value());
        const std::string folder = fs::path(rel).parent_path().generic_string();
        for (const auto& s : features.back().scenarios) {
            std::string name = rel + ": " + s.name;
            if (!Selected(opt, name)) continue;
            selected.push_back(&s);
            names.push_back(std::move(name));
            folders.push_back(folder);
        }
    }
    std::vector<Outcome> outcomes;
    if (opt.fork) {
        outcomes = dossier::tck::RunInChildProcesses(selected, opt.timeout_seconds);
    } else {
        for (const auto* s : selected) outcomes.push_back(dossier::tck::RunScenario(*s));
    }
    std::map<std::string, Counts> per_folder;
    Counts total;
    std::set<std::string> passing;
    for (size_t i = 0; i < selected.size(); ++i) {
        const Outcome& o = outcomes[i];
        const std::string& name = names[i];
        Counts& c = per_folder[folders[i]];
        switch (o.verdict) {
            case Outcome::Verdict::kPassed:
                ++c.passed, ++total.passed;
                passing.insert(name);
                break;
            case Outcome::Verdict::kFailed:
                ++c.failed, ++total.failed;
                if (opt.verbose) std::cout << "FAIL " << name << "\n    " << o.reason << "\n";
                break;
            case Outcome::Verdict::kSkipped:
                ++c.skipped, ++total.skipped;
                if (opt.verbose) std::cout << "SKIP " << name << " (" << o.reason << ")\n";
                break;
        }
    }
    for (const auto& [folder, c] : per_folder) {
        std::cout << folder << ": " << c.passed << " passed, " << c.failed << " failed, "
                  << c.skipped << " skipped\n";
    }
    if (!opt.list_passing.empty()) {
        std::ofstream out(opt.list_passing);
        for (const auto& n : passing) out << n << "\n";
    }
    int rc = 0;
    if (!opt.baseline.empty()) {
        int regressions = 0;
        for (const auto& name : ReadNames(opt.baseline)) {
            if (Selected(opt, name) && passing.count(name) == 0) {
                std::cout << "REGRESSION " << name << "\n";
                ++regressions;
            }
        }
        std::cout << "tck baseline: " << regressions << " regression(s)\n";
        rc = regressions > 0 ? 1 : 0;
    }
    std::cout << "tck: " << total.passed << " passed, " << total.failed << " failed, "
              << total.skipped << " skipped" << std::endl;
    return rc;
}
