#include "tests/tck/scenario_runner.h"

#include <memory>
#include <optional>

#include "graph/graph_store.h"
#include "query/engine.h"
#include "tests/tck/error_expectation.h"
#include "tests/tck/graph_snapshot.h"
#include "tests/tck/result_comparison.h"
#include "tests/tck/tck_value.h"

namespace dossier::tck {
namespace {

bool StartsWith(const std::string& s, std::string_view p) {
    return s.compare(0, p.size(), p) == 0;
}

Outcome Fail(std::string why) {
    return {Outcome::Verdict::kFailed, std::move(why)};
}
Outcome Skip(std::string why) {
    return {Outcome::Verdict::kSkipped, std::move(why)};
}

class ScenarioRun {
  public:
    Outcome Run(const Scenario& scenario) {
        graph::OpenOptions options;
        options.in_memory = true;
        auto store = graph::GraphStore::Open("tck", options);
        if (!store.ok())
            return Fail("cannot open an in-memory store: " + store.status().ToString());
        store_ = std::move(store).value();
        engine_ = std::make_unique<query::Engine>(store_.get());
        for (const Step& step : scenario.steps) {
            std::optional<Outcome> o = RunStep(step);
            if (o) return *o;
        }
        return {};
    }

  private:
    // nullopt to go on; an Outcome ends the scenario.
    std::optional<Outcome> RunStep(const Step& step) {
        const std::string& t = step.text;
        if (t == "an empty graph" || t == "any graph") return std::nullopt;
        if (StartsWith(t, "the ") && t.size() > 6 && t.compare(t.size() - 6, 6, " graph") == 0) {
            return Skip("needs the named graph fixture: " + t);
        }
        if (StartsWith(t, "there exists a procedure")) return Skip("needs a test procedure");
        if (t == "having executed:") {
            Result<query::QueryResult> r = engine_->Execute(step.doc);
            if (!r.ok()) return Fail("setup query failed: " + r.status().ToString());
            return std::nullopt;
        }
        if (t == "parameters are:") return ReadParameters(step);
        if (t == "executing query:" || t == "executing control query:") return Execute(step.doc);
        if (StartsWith(t, "the result should be")) return CheckResult(step);
        if (t == "no side effects") return CheckSideEffects({});
        if (t == "the side effects should be:") return CheckSideEffects(step.table);
        if (StartsWith(t, "a ") && t.find(" should be raised at ") != std::string::npos) {
            return CheckError(t);
        }
        return Skip("unsupported step: " + step.keyword + " " + t);
    }

    std::optional<Outcome> ReadParameters(const Step& step) {
        for (const auto& row : step.table) {
            if (row.size() != 2) return Fail("a parameter row needs a name and a value");
            Result<TckValue> v = ParseTckValue(row[1]);
            if (!v.ok()) return Fail(v.status().ToString());
            Result<graph::Value> gv = ToGraphValue(*v);
            if (!gv.ok()) return Fail(gv.status().ToString());
            params_[row[0]] = std::move(gv).value();
        }
        return std::nullopt;
    }

    std::optional<Outcome> Execute(const std::string& text) {
        Result<GraphSnapshot> before = TakeSnapshot(*store_);
        if (!before.ok()) return Fail("cannot read the graph: " + before.status().ToString());
        before_ = std::move(before).value();
        executed_ = true;
        // Engine::Run parses, analyzes and plans: its errors are the compile-time ones. Errors
        // while pulling rows are run-time errors.
        Result<std::unique_ptr<query::ResultCursor>> cursor = engine_->Run(text, params_);
        if (!cursor.ok()) {
            error_ = RaisedError{cursor.status(), /*compile_time=*/true};
            return std::nullopt;
        }
        result_.columns = (*cursor)->columns();
        for (;;) {
            query::Row row;
            Result<bool> more = (*cursor)->Next(&row);
            if (!more.ok()) {
                error_ = RaisedError{more.status(), /*compile_time=*/false};
                return std::nullopt;
            }
            if (!*more) break;
            result_.rows.push_back(std::move(row));
        }
        result_.stats = (*cursor)->stats();
        return std::nullopt;
    }

    std::optional<Outcome> CheckResult(const Step& step) {
        if (!executed_) return Fail("no query was executed");
        if (error_) return Fail("the query failed: " + error_->status.ToString());
        CompareMode mode;
        const std::string& t = step.text;
        if (t == "the result should be empty") {
            if (!result_.rows.empty()) {
                return Fail("expected no rows, got " + std::to_string(result_.rows.size()));
            }
            return std::nullopt;
        }
        mode.in_order = t.find("in order") != std::string::npos;
        mode.ignore_list_order = t.find("ignoring element order for lists") != std::string::npos;
        std::string why;
        if (!CompareResult(step.table, result_, mode, &why)) return Fail(why);
        return std::nullopt;
    }

    std::optional<Outcome> CheckSideEffects(const Table& expected) {
        if (!executed_) return Fail("no query was executed");
        if (error_) return Fail("the query failed: " + error_->status.ToString());
        Result<GraphSnapshot> after = TakeSnapshot(*store_);
        if (!after.ok()) return Fail("cannot read the graph: " + after.status().ToString());
        std::map<std::string, int64_t> actual = SideEffects(before_, *after);
        std::map<std::string, int64_t> wanted;
        for (const auto& [k, v] : actual) wanted[k] = 0;
        for (const auto& row : expected) {
            if (row.size() != 2 || wanted.count(row[0]) == 0) {
                return Fail("bad side effects row");
            }
            wanted[row[0]] = std::stoll(row[1]);
        }
        for (const auto& [k, v] : wanted) {
            if (actual[k] != v) {
                return Fail("side effect " + k + ": expected " + std::to_string(v) + ", got " +
                            std::to_string(actual[k]));
            }
        }
        return std::nullopt;
    }

    std::optional<Outcome> CheckError(const std::string& text) {
        Result<ErrorExpectation> expected = ParseErrorExpectation(text);
        if (!expected.ok()) return Fail(expected.status().ToString());
        if (!executed_) return Fail("no query was executed");
        if (!error_) {
            return Fail("expected " + text.substr(2) + ", but the query succeeded with " +
                        std::to_string(result_.rows.size()) + " row(s)");
        }
        std::string why;
        if (!expected->Matches(error_->status, error_->compile_time, &why)) return Fail(why);
        return std::nullopt;
    }

    struct RaisedError {
        Status status;
        bool compile_time;
    };

    std::unique_ptr<graph::GraphStore> store_;
    std::unique_ptr<query::Engine> engine_;
    query::Params params_;
    bool executed_ = false;
    std::optional<RaisedError> error_;
    query::QueryResult result_;
    GraphSnapshot before_;
};

}  // namespace

Outcome RunScenario(const Scenario& scenario) {
    for (const auto& tag : scenario.tags) {
        if (tag == "@ignore") return Skip("tagged @ignore");
    }
    return ScenarioRun().Run(scenario);
}

}  // namespace dossier::tck
