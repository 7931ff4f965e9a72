// Fuzz target: query text through the whole engine (parse, analyse, plan, run) against a small
// in-memory news graph. Every input must end in rows or a clear error, never in a crash, a hang or
// unbounded memory. A statement is stopped after kRowCap rows or kTimeCap of running; a statement
// that completed a write gets a fresh graph for the next input (one stopped early or failing is
// rolled back).
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string_view>
#include <thread>

#include "graph/graph_store.h"
#include "query/engine.h"

namespace {

using dossier::graph::GraphStore;
using dossier::query::Engine;

// Rows pulled from one statement before it is abandoned.
constexpr int kRowCap = 2000;
// Running time after which a statement is cancelled (libFuzzer's own -timeout is larger).
constexpr auto kTimeCap = std::chrono::milliseconds(1500);
// Query texts longer than this are not interesting to the grammar and slow the run down.
constexpr size_t kMaxQueryBytes = 4096;

constexpr std::string_view kGraph =
    "CREATE (b:Person {name: 'Anna Berg', born: 1961, aliases: ['Berg']}), "
    "(k:Person {name: 'Karl Ode'}), (c:Country {name: 'Norland', code: 'NL'}), "
    "(m:City {name: 'Port Ansel'}), (o:Organization {name: 'Harbour Union'}), "
    "(q:Quote {text: 'We will not leave', direct: true}), "
    "(e:Event {kind: 'protest', date: date('2024-03-02'), dead: 4}), "
    "(a:Article {title: 'Strike at the port', date: date('2024-03-03')}), "
    "(b)-[:LEADER_OF {title: 'mayor', former: false}]->(m), (m)-[:LOCATED_IN]->(c), "
    "(b)-[:MET {evidence: 'Berg met Ode.'}]->(k), (k)-[:ACCUSED {negated: true}]->(b), "
    "(b)-[:SAID]->(q), (q)-[:ABOUT]->(o), (k)-[:MEMBER_OF]->(o), "
    "(b)-[:PARTICIPATED_IN]->(e), (e)-[:LOCATED_IN]->(m), "
    "(b)-[:MENTIONED_IN]->(a), (k)-[:MENTIONED_IN]->(a), (k)-[:FLED_TO]->(c)";

// Cancels the engine's running statement once its deadline passes.
class Watchdog {
  public:
    Watchdog() : thread_([this] { Loop(); }) {}
    ~Watchdog() {
        {
            std::lock_guard<std::mutex> lock(mu_);
            stop_ = true;
        }
        cv_.notify_all();
        thread_.join();
    }
    void Arm(Engine* engine) {
        std::lock_guard<std::mutex> lock(mu_);
        engine_ = engine;
        deadline_ = std::chrono::steady_clock::now() + kTimeCap;
        cv_.notify_all();
    }
    void Disarm() {
        std::lock_guard<std::mutex> lock(mu_);
        engine_ = nullptr;
    }

  private:
    void Loop() {
        std::unique_lock<std::mutex> lock(mu_);
        while (!stop_) {
            if (engine_ == nullptr) {
                cv_.wait(lock);
                continue;
            }
            if (cv_.wait_until(lock, deadline_) == std::cv_status::timeout && engine_ != nullptr &&
                std::chrono::steady_clock::now() >= deadline_) {
                engine_->Cancel();
                engine_ = nullptr;
            }
        }
    }

    std::mutex mu_;
    std::condition_variable cv_;
    Engine* engine_ = nullptr;
    std::chrono::steady_clock::time_point deadline_{};
    bool stop_ = false;
    std::thread thread_;
};

struct Fixture {
    std::unique_ptr<GraphStore> store;
    std::unique_ptr<Engine> engine;

    void Reset() {
        engine.reset();
        store.reset();
        dossier::graph::OpenOptions options;
        options.in_memory = true;
        auto opened = GraphStore::Open("fuzz-query", options);
        if (!opened.ok()) std::abort();
        store = std::move(opened).value();
        engine = std::make_unique<Engine>(store.get());
        if (!engine->Execute(kGraph).ok()) std::abort();
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static Fixture fixture = [] {
        Fixture f;
        f.Reset();
        return f;
    }();
    static Watchdog watchdog;
    if (size > kMaxQueryBytes) return 0;
    std::string_view text(reinterpret_cast<const char*>(data), size);

    Engine* engine = fixture.engine.get();
    watchdog.Arm(engine);
    bool wrote = false;
    {
        auto cursor = engine->Run(text);
        if (cursor.ok()) {
            dossier::query::Row row;
            for (int i = 0; i < kRowCap; ++i) {
                auto more = (*cursor)->Next(&row);
                if (!more.ok()) break;
                if (!*more) {
                    wrote = (*cursor)->stats().contains_updates();
                    break;
                }
            }
        }
        // A statement abandoned before its end is rolled back when its cursor goes.
    }
    watchdog.Disarm();
    if (wrote) fixture.Reset();
    return 0;
}
