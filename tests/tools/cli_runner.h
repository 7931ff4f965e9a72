// Runs the built `dossier` binary as a user would, for end-to-end tests of the commands.
#pragma once

#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace dossier::cli::testing {

struct CliRun {
    int exit_code = -1;
    std::string out;
    std::string err;
};

inline std::string ShellQuote(const std::string& s) {
    std::string q = "'";
    for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return q + "'";
}

inline std::string ReadAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// A fresh directory under the system temp dir, removed by the destructor.
class TempDir {
  public:
    explicit TempDir(const std::string& name) {
        path_ = std::filesystem::temp_directory_path() /
                (name + "-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempDir() { std::filesystem::remove_all(path_); }
    const std::filesystem::path& path() const { return path_; }
    std::string operator/(const std::string& name) const { return (path_ / name).string(); }

  private:
    static int& counter() {
        static int n = 0;
        return n;
    }
    std::filesystem::path path_;
};

// Runs `dossier <args>` with `input` on stdin; stdout and stderr are files, not terminals.
inline CliRun RunDossier(const std::vector<std::string>& args, const std::string& input = "") {
    TempDir io("dossier-cli-io");
    {
        std::ofstream in(io / "in");
        in << input;
    }
    std::string cmd = ShellQuote(DOSSIER_BINARY);
    for (const std::string& a : args) cmd += " " + ShellQuote(a);
    cmd += " < " + ShellQuote(io / "in") + " > " + ShellQuote(io / "out") + " 2> " +
           ShellQuote(io / "err");
    const int status = std::system(cmd.c_str());
    CliRun run;
    run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = ReadAll(io / "out");
    run.err = ReadAll(io / "err");
    return run;
}

// Statements that build a small news graph: Bakiyev, two countries, a city, a quote, a second
// person two hops away.
inline const char* kNewsGraphScript =
    "CREATE (b:Person {name: 'Kurmanbek Bakiyev', born: 1949})"
    "-[:LEADER_OF {since: 2005, confidence: 0.9}]->(k:Country {name: 'Kyrgyzstan'}),"
    " (b)-[:SAID {sentence: 'art-1#3'}]->(:Quote {text: 'I will not resign, he said'}),"
    " (k)-[:CAPITAL]->(:City {name: 'Bishkek'}),"
    " (o:Person {name: 'Roza Otunbayeva'})-[:LEADER_OF {since: 2010}]->(k),"
    " (m:Person {name: 'Maksim Bakiyev'})-[:CHILD_OF]->(b);\n";

}  // namespace dossier::cli::testing
