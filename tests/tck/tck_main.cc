// tck_runner: runs the openCypher TCK feature files against Dossier's query engine.
//
//   tck_runner FEATURES_DIR [--filter TEXT] [--verbose] [--no-fork] [--timeout SECONDS]
//              [--list-passing FILE] [--baseline FILE] [--skip-if-missing]
//
// Prints passed / failed / skipped per folder and a final line "tck: N passed, M failed, K
// skipped". --list-passing writes the names of passing scenarios; --baseline reads such a list
// and exits non-zero when one of them no longer passes. Each scenario runs in a child process,
// so a crash or a hang (--timeout, default 20 s) fails that scenario only. The features live
// outside the repository (../shared/tck-features): with --skip-if-missing, a missing folder exits
// with kSkipExitCode (ctest's SKIP_RETURN_CODE) and one line naming it, unless
// DOSSIER_REQUIRE_SHARED is set, which makes it an error as without the flag.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

#include "tests/tck/gherkin.h"
#include "tests/tck/scenario_runner.h"

namespace fs = std::filesystem;
using dossier::tck::Outcome;

namespace {

struct Options {
    std::string features_dir;
    std::string filter;
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

// Runs the scenario in a child process and reads its verdict from a pipe.
Outcome RunIsolated(const dossier::tck::Scenario& s, int timeout_seconds) {
    int fds[2];
    if (pipe(fds) != 0) return {Outcome::Verdict::kFailed, "pipe() failed"};
    std::cout.flush();
    pid_t pid = fork();
    if (pid < 0) return {Outcome::Verdict::kFailed, "fork() failed"};
    if (pid == 0) {
        close(fds[0]);
        alarm(static_cast<unsigned>(timeout_seconds));
        Outcome o = dossier::tck::RunScenario(s);
        std::string msg(1, static_cast<char>('0' + static_cast<int>(o.verdict)));
        msg += o.reason;
        size_t off = 0;
        while (off < msg.size()) {
            ssize_t n = write(fds[1], msg.data() + off, msg.size() - off);
            if (n <= 0) break;
            off += static_cast<size_t>(n);
        }
        _exit(0);
    }
    close(fds[1]);
    std::string msg;
    char buf[4096];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0) msg.append(buf, static_cast<size_t>(n));
    close(fds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
        int sig = WTERMSIG(status);
        return {Outcome::Verdict::kFailed,
                sig == SIGALRM ? "timed out after " + std::to_string(timeout_seconds) + " s"
                               : std::string("crashed: ") + strsignal(sig)};
    }
    if (msg.empty()) return {Outcome::Verdict::kFailed, "no verdict from the child process"};
    return {static_cast<Outcome::Verdict>(msg[0] - '0'), msg.substr(1)};
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
        std::cerr << "usage: tck_runner FEATURES_DIR [--filter TEXT] [--verbose] [--no-fork] "
                     "[--timeout SECONDS] [--list-passing FILE] [--baseline FILE] "
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
    std::map<std::string, Counts> per_folder;
    Counts total;
    std::set<std::string> passing;
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
        std::string folder = fs::path(rel).parent_path().generic_string();
        for (const auto& s : feature->scenarios) {
            std::string name = rel + ": " + s.name;
            if (!opt.filter.empty() && name.find(opt.filter) == std::string::npos) continue;
            Outcome o =
                opt.fork ? RunIsolated(s, opt.timeout_seconds) : dossier::tck::RunScenario(s);
            Counts& c = per_folder[folder];
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
            bool selected = opt.filter.empty() || name.find(opt.filter) != std::string::npos;
            if (selected && passing.count(name) == 0) {
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
