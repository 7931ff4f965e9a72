// query_bench: median latencies of the news-graph query shapes (bench/news_queries.tsv).
//
//   query_bench [--scale F] [--runs R] [--dir PATH] [--profile]
//       generates the news-shaped graph as CSV, bulk-loads it into a fresh database in PATH,
//       creates the indexes of bench/news_indexes.cypher and runs every query R times
//       (default 7);
//   query_bench --write-csv DIR [--scale F]
//       only writes the CSV files (node and edge files in the neo4j-admin header convention,
//       which `dossier load-csv` reads and bench/kuzu/run.js copies into Kùzu);
//   query_bench --db PATH [--runs R] [--profile]
//       runs the queries on an existing database (e.g. one made by `dossier load-csv`).
//
// --save-rows DIR writes each query's rows (sorted, one line a row) to DIR/q<N>.txt;
// --check-rows DIR compares them with the rows saved there and fails on the first difference,
// so that an engine change is timed only when it returns the same rows as before.
//
// The graph: People, Countries, Cities, Organizations, Events and Articles (about 98k nodes at
// scale 1) joined by MENTIONED_IN, SAID, MET, ACCUSED, FLED_TO, LEADER_OF, LOCATED_IN and
// PARTICIPATED_IN (about 986k relationships), with the skew of news: a few people, countries and
// organisations are in a large share of the articles. The generator is seeded, so every run
// writes the same graph.
//
// Output: one line per query with the median, minimum and maximum wall time of Engine::Execute
// (rows gathered; the database stays open between runs), the row count, and the median CPU time
// of the process over the same calls (steadier than wall time on a busy machine). With --profile,
// also each query's PROFILE plan.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "graph/csv_loader.h"
#include "graph/graph_store.h"
#include "query/engine.h"

namespace {

using dossier::graph::GraphStore;

// Counts at scale 1.
struct Sizes {
    int persons = 40'000;
    int countries = 200;
    int cities = 2'000;
    int organizations = 5'000;
    int events = 10'000;
    int articles = 41'000;
    int person_mentions_per_article = 11;
    int said = 150'000;
    int met = 100'000;
    int accused = 40'000;
    int fled = 8'000;
    int participations = 60'000;
};

Sizes Scaled(double f) {
    Sizes s;
    auto scale = [f](int* n) { *n = std::max(1, static_cast<int>(std::lround(*n * f))); };
    for (int* n : {&s.persons, &s.cities, &s.organizations, &s.events, &s.articles, &s.said, &s.met,
                   &s.accused, &s.fled, &s.participations}) {
        scale(n);
    }
    return s;
}

// Index in [0, n) with a heavy head: index 0 is the biggest hub (P(i < k) = (k/n)^(1/3)).
int Skewed(std::mt19937_64& rng, int n) {
    std::uniform_real_distribution<double> u(0.0, 1.0);
    return std::min(n - 1, static_cast<int>(std::pow(u(rng), 3.0) * n));
}

int Uniform(std::mt19937_64& rng, int n) {
    return std::uniform_int_distribution<int>(0, n - 1)(rng);
}

// An ISO date in [2000-01-01, 2024-12-28] (days of the month kept under 29 for simplicity).
std::string RandomDate(std::mt19937_64& rng) {
    char buf[16];
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", 2000 + Uniform(rng, 25), 1 + Uniform(rng, 12),
                  1 + Uniform(rng, 28));
    return buf;
}

const char* const kEventKinds[] = {"protest", "election", "coup", "summit", "attack", "trial"};
const char* const kOrgKinds[] = {"party", "company", "militia", "ministry", "ngo"};
const char* const kTopics[] = {"elections", "economy", "security", "health", "corruption"};
const char* const kRoles[] = {"organiser", "witness", "victim", "speaker"};
const char* const kCharges[] = {"fraud", "bribery", "treason", "abuse of office"};
const char* const kSources[] = {"wire", "daily", "weekly", "broadcast"};

template <size_t N>
const char* Pick(std::mt19937_64& rng, const char* const (&words)[N]) {
    return words[Uniform(rng, static_cast<int>(N))];
}

// One CSV file being written.
class CsvFile {
  public:
    CsvFile(const std::filesystem::path& path, const std::string& header)
        : path_(path), out_(path) {
        out_ << header << '\n';
    }
    std::ofstream& out() { return out_; }
    bool ok() const { return static_cast<bool>(out_); }
    const std::filesystem::path& path() const { return path_; }

  private:
    std::filesystem::path path_;
    std::ofstream out_;
};

struct CsvSet {
    std::vector<std::string> nodes;
    std::vector<std::string> edges;
    int64_t node_count = 0;
    int64_t edge_count = 0;
};

// Writes the graph as CSV files in `dir`. Values never contain commas or quotes.
bool WriteCsv(const std::filesystem::path& dir, const Sizes& s, CsvSet* set) {
    std::filesystem::create_directories(dir);
    std::mt19937_64 rng(42);
    std::vector<std::unique_ptr<CsvFile>> files;
    auto open = [&](const char* name, const std::string& header, bool node) {
        files.push_back(std::make_unique<CsvFile>(dir / name, header));
        (node ? set->nodes : set->edges).push_back(files.back()->path().string());
        return &files.back()->out();
    };
    auto& people = *open("persons.csv", "uid:ID(Person),:LABEL,name,age:int,nationality", true);
    for (int i = 0; i < s.persons; ++i) {
        people << 'p' << i << ",Person,Person " << i << ',' << 18 + Uniform(rng, 70) << ",c"
               << Skewed(rng, s.countries) << '\n';
    }
    auto& countries = *open("countries.csv", "uid:ID(Country),:LABEL,name,population:int", true);
    for (int i = 0; i < s.countries; ++i) {
        countries << 'c' << i << ",Country,Country " << i << ',' << 100'000 + Uniform(rng, 1 << 30)
                  << '\n';
    }
    auto& cities = *open("cities.csv", "uid:ID(City),:LABEL,name,population:int", true);
    for (int i = 0; i < s.cities; ++i) {
        cities << "ci" << i << ",City,City " << i << ',' << 1'000 + Uniform(rng, 1 << 24) << '\n';
    }
    auto& orgs = *open("organizations.csv", "uid:ID(Organization),:LABEL,name,kind", true);
    for (int i = 0; i < s.organizations; ++i) {
        orgs << 'o' << i << ",Organization,Organization " << i << ',' << Pick(rng, kOrgKinds)
             << '\n';
    }
    auto& events = *open("events.csv", "uid:ID(Event),:LABEL,name,kind,date:date,deaths:int", true);
    for (int i = 0; i < s.events; ++i) {
        events << 'e' << i << ",Event,Event " << i << ',' << Pick(rng, kEventKinds) << ','
               << RandomDate(rng) << ',' << Uniform(rng, 50) << '\n';
    }
    auto& articles =
        *open("articles.csv", "uid:ID(Article),:LABEL,title,published:date,source", true);
    for (int i = 0; i < s.articles; ++i) {
        articles << 'a' << i << ",Article,Article " << i << ',' << RandomDate(rng) << ','
                 << Pick(rng, kSources) << '\n';
    }
    set->node_count =
        int64_t{s.persons} + s.countries + s.cities + s.organizations + s.events + s.articles;

    int64_t edges = 0;
    // MENTIONED_IN: each article names a handful of distinct people, organisations, countries.
    auto& pm = *open("mentioned_person.csv", ":START_ID(Person),:END_ID(Article),:TYPE", false);
    auto& om = *open("mentioned_org.csv", ":START_ID(Organization),:END_ID(Article),:TYPE", false);
    auto& cm = *open("mentioned_country.csv", ":START_ID(Country),:END_ID(Article),:TYPE", false);
    for (int a = 0; a < s.articles; ++a) {
        auto mention = [&](std::ofstream& out, char prefix, int count, int n) {
            std::set<int> seen;
            for (int k = 0; k < count; ++k) {
                const int who = Skewed(rng, n);
                if (!seen.insert(who).second) continue;
                out << prefix << who << ",a" << a << ",MENTIONED_IN\n";
                ++edges;
            }
        };
        mention(pm, 'p', s.person_mentions_per_article, s.persons);
        mention(om, 'o', 2 + a % 2, s.organizations);
        mention(cm, 'c', 1 + (a % 4 == 0), s.countries);
    }
    auto& said =
        *open("said.csv", ":START_ID(Person),:END_ID(Article),:TYPE,topic,tone:int", false);
    for (int i = 0; i < s.said; ++i) {
        said << 'p' << Skewed(rng, s.persons) << ",a" << Uniform(rng, s.articles) << ",SAID,"
             << Pick(rng, kTopics) << ',' << Uniform(rng, 11) - 5 << '\n';
    }
    auto& met = *open("met.csv", ":START_ID(Person),:END_ID(Person),:TYPE,year:int", false);
    // Two different people: nobody meets or accuses themselves.
    auto other_person = [&](int a, bool skewed) {
        for (;;) {
            const int b = skewed ? Skewed(rng, s.persons) : Uniform(rng, s.persons);
            if (b != a || s.persons == 1) return b;
        }
    };
    for (int i = 0; i < s.met; ++i) {
        const int a = Skewed(rng, s.persons);
        met << 'p' << a << ",p" << other_person(a, true) << ",MET," << 2000 + Uniform(rng, 25)
            << '\n';
    }
    auto& accused = *open("accused.csv", ":START_ID(Person),:END_ID(Person),:TYPE,charge", false);
    for (int i = 0; i < s.accused; ++i) {
        const int a = Uniform(rng, s.persons);
        accused << 'p' << a << ",p" << other_person(a, true) << ",ACCUSED," << Pick(rng, kCharges)
                << '\n';
    }
    auto& fled = *open("fled_to.csv", ":START_ID(Person),:END_ID(Country),:TYPE,year:int", false);
    for (int i = 0; i < s.fled; ++i) {
        fled << 'p' << Uniform(rng, s.persons) << ",c" << Skewed(rng, s.countries) << ",FLED_TO,"
             << 2000 + Uniform(rng, 25) << '\n';
    }
    auto& leads =
        *open("leader_of.csv", ":START_ID(Person),:END_ID(Organization),:TYPE,since:int", false);
    for (int i = 0; i < s.organizations; ++i) {
        leads << 'p' << Skewed(rng, s.persons) << ",o" << i << ",LEADER_OF,"
              << 1990 + Uniform(rng, 35) << '\n';
    }
    auto& city_in = *open("city_in.csv", ":START_ID(City),:END_ID(Country),:TYPE", false);
    for (int i = 0; i < s.cities; ++i) {
        city_in << "ci" << i << ",c" << Skewed(rng, s.countries) << ",LOCATED_IN\n";
    }
    auto& event_in = *open("event_in.csv", ":START_ID(Event),:END_ID(City),:TYPE", false);
    for (int i = 0; i < s.events; ++i) {
        event_in << 'e' << i << ",ci" << Skewed(rng, s.cities) << ",LOCATED_IN\n";
    }
    auto& org_in = *open("org_in.csv", ":START_ID(Organization),:END_ID(City),:TYPE", false);
    for (int i = 0; i < s.organizations; ++i) {
        org_in << 'o' << i << ",ci" << Skewed(rng, s.cities) << ",LOCATED_IN\n";
    }
    auto& part = *open("participated_in.csv", ":START_ID(Person),:END_ID(Event),:TYPE,role", false);
    for (int i = 0; i < s.participations; ++i) {
        part << 'p' << Skewed(rng, s.persons) << ",e" << Skewed(rng, s.events)
             << ",PARTICIPATED_IN," << Pick(rng, kRoles) << '\n';
    }
    edges += int64_t{s.said} + s.met + s.accused + s.fled + 2 * int64_t{s.organizations} +
             s.cities + s.events + s.participations;
    set->edge_count = edges;
    for (auto& f : files) {
        f->out().flush();
        if (!f->ok()) {
            std::fprintf(stderr, "cannot write %s\n", f->path().c_str());
            return false;
        }
    }
    return true;
}

struct BenchQuery {
    std::string name;
    std::string text;
};

// Reads bench/news_queries.tsv (name, class, Dossier text, Kùzu text).
std::vector<BenchQuery> ReadQueries(const std::string& path) {
    std::vector<BenchQuery> queries;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        std::stringstream ss(line);
        for (std::string f; std::getline(ss, f, '\t');) fields.push_back(f);
        if (fields.size() >= 3) queries.push_back({fields[0], fields[2]});
    }
    return queries;
}

// CPU time (user and system) this process has used so far, in milliseconds.
double CpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// One query's rows as text: a line per row (values in Cypher notation, tab-separated), sorted,
// so that two runs whose engines order ties differently still compare equal.
std::string RowsText(const dossier::query::QueryResult& result) {
    std::vector<std::string> lines;
    lines.reserve(result.rows.size());
    for (const auto& row : result.rows) {
        std::string line;
        for (size_t i = 0; i < row.size(); ++i) {
            if (i > 0) line += '\t';
            line += row[i].ToCypher();
        }
        lines.push_back(std::move(line));
    }
    std::sort(lines.begin(), lines.end());
    std::string text;
    for (const std::string& line : lines) text += line + '\n';
    return text;
}

// Where each query's rows are saved (--save-rows) or checked against (--check-rows).
struct RowsCheck {
    std::string save_dir;
    std::string check_dir;
};

// Saves or checks one query's rows; false (with a message) when they differ from the saved ones.
bool SaveOrCheckRows(const RowsCheck& check, size_t index, const BenchQuery& q,
                     const std::string& text) {
    const std::string file = "q" + std::to_string(index) + ".txt";
    if (!check.save_dir.empty()) {
        std::filesystem::create_directories(check.save_dir);
        std::ofstream out(std::filesystem::path(check.save_dir) / file);
        out << text;
        if (!out) {
            std::fprintf(stderr, "cannot write %s/%s\n", check.save_dir.c_str(), file.c_str());
            return false;
        }
    }
    if (!check.check_dir.empty()) {
        std::ifstream in(std::filesystem::path(check.check_dir) / file);
        if (!in) {
            std::fprintf(stderr, "no saved rows %s/%s\n", check.check_dir.c_str(), file.c_str());
            return false;
        }
        std::stringstream saved;
        saved << in.rdbuf();
        if (saved.str() != text) {
            std::fprintf(stderr, "%s: rows differ from %s/%s\n", q.name.c_str(),
                         check.check_dir.c_str(), file.c_str());
            return false;
        }
    }
    return true;
}

int RunQueries(GraphStore* store, const std::vector<BenchQuery>& queries, int runs, bool profile,
               const RowsCheck& check) {
    std::printf("%-26s %10s %10s %10s %8s\n", "query", "median ms", "min ms", "max ms", "rows");
    dossier::query::Engine engine(store);
    for (size_t qi = 0; qi < queries.size(); ++qi) {
        const BenchQuery& q = queries[qi];
        std::vector<double> ms;
        std::vector<double> cpu_ms;  // CPU time of the process: less swayed by a busy machine
        size_t rows = 0;
        std::string first;
        for (int r = 0; r < runs; ++r) {
            const double cpu_start = CpuMs();
            const auto start = std::chrono::steady_clock::now();
            auto result = engine.Execute(q.text);
            ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                    .count());
            cpu_ms.push_back(CpuMs() - cpu_start);
            if (!result.ok()) {
                std::fprintf(stderr, "%s failed: %s\n", q.name.c_str(),
                             result.status().ToString().c_str());
                return 1;
            }
            rows = result->rows.size();
            if (!result->rows.empty() && !result->rows[0].empty()) {
                first = result->rows[0].back().ToCypher();
            }
            if (r == 0 && !SaveOrCheckRows(check, qi, q, RowsText(*result))) return 1;
        }
        std::sort(ms.begin(), ms.end());
        std::sort(cpu_ms.begin(), cpu_ms.end());
        if (profile) {
            auto p = engine.Execute("PROFILE " + q.text);
            if (p.ok()) std::printf("%s", p->plan.c_str());
        }
        std::printf("%-26s %10.3f %10.3f %10.3f %8zu  (first value %s; median cpu %.3f ms)\n",
                    q.name.c_str(), ms[ms.size() / 2], ms.front(), ms.back(), rows, first.c_str(),
                    cpu_ms[cpu_ms.size() / 2]);
        std::fflush(stdout);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    double scale = 1.0;
    int runs = 7;
    bool profile = false;
    std::string dir, csv_dir, db;
    std::string queries_file = std::string(DOSSIER_SOURCE_DIR) + "/bench/news_queries.tsv";
    RowsCheck check;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        const bool has_value = i + 1 < argc;
        if (a == "--profile") {
            profile = true;
        } else if (a == "--scale" && has_value) {
            scale = std::atof(argv[++i]);
        } else if (a == "--runs" && has_value) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (a == "--dir" && has_value) {
            dir = argv[++i];
        } else if (a == "--write-csv" && has_value) {
            csv_dir = argv[++i];
        } else if (a == "--db" && has_value) {
            db = argv[++i];
        } else if (a == "--save-rows" && has_value) {
            check.save_dir = argv[++i];
        } else if (a == "--check-rows" && has_value) {
            check.check_dir = argv[++i];
        } else if (a == "--queries" && has_value) {
            queries_file = argv[++i];
        } else {
            std::fprintf(stderr, "query_bench: unknown or incomplete option %s\n", a.c_str());
            return 2;
        }
    }
    const Sizes sizes = Scaled(scale);
    CsvSet csv;
    if (!csv_dir.empty()) {
        if (!WriteCsv(csv_dir, sizes, &csv)) return 1;
        std::printf("wrote %lld nodes and %lld edges as CSV in %s\n",
                    static_cast<long long>(csv.node_count), static_cast<long long>(csv.edge_count),
                    csv_dir.c_str());
        return 0;
    }
    const std::vector<BenchQuery> queries = ReadQueries(queries_file);
    if (queries.empty()) {
        std::fprintf(stderr, "query_bench: no queries in %s\n", queries_file.c_str());
        return 1;
    }
    if (!db.empty()) {
        dossier::graph::OpenOptions open;
        open.read_only = true;
        open.create_if_missing = false;
        auto store_or = GraphStore::Open(db, open);
        if (!store_or.ok()) {
            std::fprintf(stderr, "%s\n", store_or.status().ToString().c_str());
            return 1;
        }
        return RunQueries(store_or->get(), queries, runs, profile, check);
    }

    if (dir.empty()) {
        dir = (std::filesystem::temp_directory_path() /
               ("dossier_query_bench_" + std::to_string(::getpid())))
                  .string();
    }
    std::filesystem::remove_all(dir);
    const std::filesystem::path csv_path = dir + "-csv";
    if (!WriteCsv(csv_path, sizes, &csv)) return 1;
    auto store_or = GraphStore::Open(dir);
    if (!store_or.ok()) {
        std::fprintf(stderr, "%s\n", store_or.status().ToString().c_str());
        return 1;
    }
    auto store = std::move(*store_or);
    const auto t0 = std::chrono::steady_clock::now();
    auto loaded = dossier::graph::LoadCsv(store.get(), csv.nodes, csv.edges);
    if (!loaded.ok()) {
        std::fprintf(stderr, "load failed: %s\n", loaded.status().ToString().c_str());
        return 1;
    }
    const double load_s =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("graph: %llu nodes, %llu edges loaded in %.1f s (%s)\n",
                static_cast<unsigned long long>(loaded->nodes),
                static_cast<unsigned long long>(loaded->edges), load_s, dir.c_str());
    {
        dossier::query::Engine engine(store.get());
        std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/bench/news_indexes.cypher");
        std::stringstream script;
        script << in.rdbuf();
        for (const std::string& statement : dossier::query::SplitStatements(script.str())) {
            if (auto r = engine.Execute(statement); !r.ok()) {
                std::fprintf(stderr, "%s: %s\n", statement.c_str(), r.status().ToString().c_str());
                return 1;
            }
        }
    }
    const int rc = RunQueries(store.get(), queries, runs, profile, check);
    store.reset();
    std::filesystem::remove_all(dir);
    std::filesystem::remove_all(csv_path);
    return rc;
}
