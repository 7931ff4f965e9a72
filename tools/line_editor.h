// LineEditor: interactive line input for the shell on libedit (BSD licence): emacs key bindings,
// history persisted to a file after every entry, Ctrl-R incremental history search, and tab
// completion through a callback.
//
// REQUIRES: stdin and stdout are a terminal. One LineEditor per process.
#pragma once

#include <csignal>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "tools/shell_completion.h"

namespace dossier::cli {

class LineEditor {
  public:
    enum class ReadStatus { kLine, kEndOfInput, kInterrupted };

    // `history_path` may be empty (no persistence). `complete` gives candidates for the text
    // left of the cursor.
    LineEditor(std::string history_path,
               std::function<Completion(std::string_view before_cursor)> complete);
    ~LineEditor();
    LineEditor(const LineEditor&) = delete;
    LineEditor& operator=(const LineEditor&) = delete;

    // Shows `prompt` and reads one line (without its newline). kInterrupted when Ctrl-C was
    // pressed (the line is discarded); kEndOfInput on Ctrl-D at an empty line.
    ReadStatus ReadLine(const std::string& prompt, std::string* line);
    // Adds an entry to the history and saves the history file.
    void AddHistory(const std::string& entry);

    struct State;

  private:
    std::unique_ptr<State> state_;
};

// Set by the shell's SIGINT handler; ReadLine clears it.
extern volatile sig_atomic_t g_line_interrupted;

}  // namespace dossier::cli
