// Shell: the state and logic of `dossier shell`, independent of where lines come from (libedit at
// a terminal, a pipe, a :source file, or a test).
//
// Input is fed a line at a time. Statements end with ';' and may span lines; several may share a
// line. A line starting with ':' when no statement is pending is a shell command (:help lists
// them). Results go to `out`; errors go to `err` with a caret under the position, and the shell
// carries on.
#pragma once

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/export/subgraph.h"
#include "query/engine.h"
#include "tools/query_session.h"
#include "tools/result_format.h"
#include "tools/schema_sample.h"
#include "tools/shell_completion.h"

namespace dossier::cli {

struct ShellSettings {
    OutputFormat mode = OutputFormat::kTable;
    bool timing = true;
    size_t max_rows = 1000;  // 0: all rows
    int width = 0;           // table width; 0: no limit
};

class Shell {
  public:
    // `session` is borrowed and must outlive the shell.
    Shell(QuerySession* session, ShellSettings settings, std::ostream& out, std::ostream& err);

    // Feeds one line of input (without its newline). Returns false once the shell should quit.
    bool FeedLine(std::string_view line);
    // Runs what remains at the end of input as a last statement, even without its ';'.
    void Finish();
    // True while a statement is being continued on the next line.
    bool pending() const;
    // Drops the unfinished statement (Ctrl-C at the prompt).
    void DiscardPending() { buffer_.clear(); }

    // Completion of the text left of the cursor on the current line.
    Completion CompleteLine(std::string_view before_cursor);

    // Number of statements and commands that failed so far.
    int errors() const { return errors_; }
    const ShellSettings& settings() const { return settings_; }
    void set_width(int width) { settings_.width = width; }

  private:
    void RunStatement(const std::string& statement);
    // Colon commands (shell_commands.cc). Returns false for :quit.
    bool RunCommand(std::string_view line);
    void Help();
    void Schema();
    void Stats();
    void Export(std::string_view args);
    void Report(std::string_view args);
    // :timeout SECONDS sets the time limit of later statements, :timeout off clears it, :timeout
    // alone shows it.
    void Timeout(std::string_view args);
    void Source(std::string_view path);
    void Fail(const Status& status, std::string_view statement = {});
    const SchemaSample& Sample();

    QuerySession* const session_;
    ShellSettings settings_;
    std::ostream& out_;
    std::ostream& err_;
    std::string buffer_;
    query::Params params_;
    graph::Subgraph last_result_;
    std::optional<SchemaSample> sample_;
    int errors_ = 0;
    int source_depth_ = 0;
};

}  // namespace dossier::cli
