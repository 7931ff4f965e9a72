// csv_load_bench: `dossier load-csv` on generated neo4j-admin CSV files, measured from outside
// as a child process: wall time, CPU time (user + system) and peak resident memory. The graph is
// news-shaped: articles mention people, organisations and countries with skewed popularity (a
// few hubs, a long tail), people meet people (with the sentence as evidence) and work for
// organisations. Ids are strings, so node and edge ids arrive in hashed, random order. Usage:
//   csv_load_bench [--nodes N] [--edges N] [--memory MB] [--dossier PATH] [--dir DIR] [--keep]
// The figures in docs/storage.md come from --nodes 1000000 --edges 10000000.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Config {
    uint64_t nodes = 100'000;
    uint64_t edges = 1'000'000;
    std::string memory_mb;  // passed on as --memory when set
    std::string dossier;
    std::string dir;
    bool keep = false;
};

// Shares of the nodes by label; the rest are people.
constexpr uint64_t kCountries = 250;
constexpr double kArticleShare = 0.30;
constexpr double kOrganisationShare = 0.05;

// A skewed pick in [0, n): u^3 puts ~46% of picks in the first 10%.
uint64_t Skewed(std::mt19937_64& rng, uint64_t n) {
    const double u = std::uniform_real_distribution<double>(0, 1)(rng);
    return std::min<uint64_t>(n - 1, static_cast<uint64_t>(n * u * u * u));
}

class Output {
  public:
    explicit Output(const std::string& path) : file_(std::fopen(path.c_str(), "w")) {
        if (file_ == nullptr) {
            std::perror(path.c_str());
            std::exit(1);
        }
    }
    ~Output() {
        Flush();
        std::fclose(file_);
    }
    std::string& buffer() { return buffer_; }
    void MaybeFlush() {
        if (buffer_.size() > (1 << 20)) Flush();
    }

  private:
    void Flush() {
        std::fwrite(buffer_.data(), 1, buffer_.size(), file_);
        buffer_.clear();
    }
    FILE* file_;
    std::string buffer_;
};

void Generate(const Config& c, const std::string& nodes_file, const std::string& edges_file) {
    std::mt19937_64 rng(42);
    const uint64_t articles = std::max<uint64_t>(1, c.nodes * kArticleShare);
    const uint64_t orgs = std::max<uint64_t>(1, c.nodes * kOrganisationShare);
    const uint64_t people = std::max<uint64_t>(1, c.nodes - articles - orgs - kCountries);
    {
        Output out(nodes_file);
        std::string& b = out.buffer();
        b += "id:ID,:LABEL,name,published:date\n";
        auto row = [&](const char* prefix, uint64_t i, const char* label, const char* name,
                       bool dated) {
            const std::string n = std::to_string(i);
            b += prefix + n + "," + label + "," + name + " " + n + ",";
            if (dated) b += "2018-06-" + std::to_string(10 + i % 20);
            b += "\n";
            out.MaybeFlush();
        };
        for (uint64_t i = 0; i < kCountries; ++i) row("c", i, "Country", "Country", false);
        for (uint64_t i = 0; i < orgs; ++i) row("o", i, "Organization", "Organisation", false);
        for (uint64_t i = 0; i < people; ++i) row("p", i, "Person", "Person", false);
        for (uint64_t i = 0; i < articles; ++i) row("a", i, "Article", "Article", true);
    }
    Output out(edges_file);
    std::string& b = out.buffer();
    b += ":START_ID,:END_ID,:TYPE,evidence\n";
    std::uniform_int_distribution<uint64_t> any_article(0, articles - 1);
    for (uint64_t i = 0; i < c.edges; ++i) {
        const int kind = static_cast<int>(i % 10);
        const std::string article = "a" + std::to_string(any_article(rng));
        if (kind < 5) {
            b += article + ",p" + std::to_string(Skewed(rng, people)) + ",MENTIONS,\n";
        } else if (kind < 7) {
            b += article + ",c" + std::to_string(Skewed(rng, kCountries)) + ",MENTIONS,\n";
        } else if (kind < 8) {
            b += article + ",o" + std::to_string(Skewed(rng, orgs)) + ",MENTIONS,\n";
        } else if (kind < 9) {
            const std::string a = std::to_string(Skewed(rng, people));
            const std::string o = std::to_string(Skewed(rng, people));
            b += "p" + a + ",p" + o + ",MET,\"Person " + a + " met Person " + o +
                 " in the capital, according to " + article + ".\"\n";
        } else {
            b += "p" + std::to_string(Skewed(rng, people)) + ",o" +
                 std::to_string(Skewed(rng, orgs)) + ",WORKS_FOR,\n";
        }
        out.MaybeFlush();
    }
}

double Seconds(Clock::time_point since) {
    return std::chrono::duration<double>(Clock::now() - since).count();
}

uint64_t DirectoryBytes(const std::string& dir) {
    uint64_t total = 0;
    std::error_code ec;
    for (const auto& e : fs::recursive_directory_iterator(dir, ec)) {
        if (e.is_regular_file(ec)) total += e.file_size(ec);
    }
    return total;
}

std::string DefaultDossier(const char* argv0) {
    // The bench lives in BUILD/bench, the CLI in BUILD/tools.
    return (fs::absolute(argv0).parent_path().parent_path() / "tools" / "dossier").string();
}

Config ParseArgs(int argc, char** argv) {
    Config c;
    for (int i = 1; i < argc; ++i) {
        const std::string flag = argv[i];
        if (flag == "--keep") {
            c.keep = true;
            continue;
        }
        if (i + 1 >= argc) {
            std::fprintf(stderr, "option %s needs a value\n", flag.c_str());
            std::exit(2);
        }
        const char* v = argv[++i];
        if (flag == "--nodes")
            c.nodes = std::max<uint64_t>(1000, std::strtoull(v, nullptr, 10));
        else if (flag == "--edges")
            c.edges = std::strtoull(v, nullptr, 10);
        else if (flag == "--memory")
            c.memory_mb = v;
        else if (flag == "--dossier")
            c.dossier = v;
        else if (flag == "--dir")
            c.dir = v;
        else {
            std::fprintf(stderr, "unknown option %s\n", flag.c_str());
            std::exit(2);
        }
    }
    if (c.dir.empty()) c.dir = (fs::temp_directory_path() / "dossier-csv-bench").string();
    if (c.dossier.empty()) c.dossier = DefaultDossier(argv[0]);
    return c;
}

}  // namespace

int main(int argc, char** argv) {
    const Config config = ParseArgs(argc, argv);
    fs::remove_all(config.dir);
    fs::create_directories(config.dir);
    const std::string nodes_file = config.dir + "/nodes.csv";
    const std::string edges_file = config.dir + "/edges.csv";
    const std::string db = config.dir + "/db";
    auto start = Clock::now();
    Generate(config, nodes_file, edges_file);
    std::printf("csv: %llu nodes (%.0f MB), %llu edges (%.0f MB), generated in %.1f s\n",
                static_cast<unsigned long long>(config.nodes), fs::file_size(nodes_file) / 1e6,
                static_cast<unsigned long long>(config.edges), fs::file_size(edges_file) / 1e6,
                Seconds(start));
    std::fflush(stdout);

    std::vector<std::string> args = {config.dossier, "load-csv", "--db",    db,
                                     "--nodes",      nodes_file, "--edges", edges_file};
    if (!config.memory_mb.empty()) {
        args.push_back("--memory");
        args.push_back(config.memory_mb);
    }
    std::vector<char*> argv_child;
    for (auto& a : args) argv_child.push_back(a.data());
    argv_child.push_back(nullptr);

    start = Clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::execv(argv_child[0], argv_child.data());
        std::perror(argv_child[0]);
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    if (pid < 0 || ::wait4(pid, &status, 0, &usage) != pid) {
        std::perror("running dossier load-csv");
        return 1;
    }
    const double wall = Seconds(start);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "dossier load-csv failed (status %d)\n", status);
        return 1;
    }
    const double cpu = usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 +
                       usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6;
    std::printf(
        "load-csv: %.1f s wall, %.1f s CPU (user %.1f, system %.1f), peak RSS %.0f MB: %.0f "
        "edges/s wall, %.0f edges/s per CPU second\n",
        wall, cpu, usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6,
        usage.ru_stime.tv_sec + usage.ru_stime.tv_usec / 1e6, usage.ru_maxrss / 1024.0,
        config.edges / wall, config.edges / cpu);
    std::printf("database size: %.0f MB\n", DirectoryBytes(db) / 1e6);
    if (!config.keep) fs::remove_all(config.dir);
    return 0;
}
