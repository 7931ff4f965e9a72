// `dossier shell`: the interactive query shell (see shell.h), or a script runner when stdin is
// not a terminal.
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>

#include "tools/commands.h"
#include "tools/line_editor.h"
#include "tools/query_session.h"
#include "tools/shell.h"
#include "tools/terminal.h"

namespace dossier::cli {

namespace {

struct ShellOptions {
    std::string db;
    std::string mode = "table";
    bool create = false;  // make the database when --db names none
};

// The session a Ctrl-C cancels. Set only while the interactive loop runs.
std::atomic<QuerySession*> g_interruptible{nullptr};

void OnInterrupt(int) {
    g_line_interrupted = 1;
    if (QuerySession* session = g_interruptible.load()) session->Cancel();
}

std::string HistoryPath() {
    if (const char* path = std::getenv("DOSSIER_HISTORY")) return path;
    if (const char* home = std::getenv("HOME")) return std::string(home) + "/.dossier_history";
    return "";
}

void Interactive(Shell* shell, QuerySession* session) {
    std::cout << "Dossier shell on " << session->path()
              << ". Statements end with ';'. :help for help, :quit or Ctrl-D to leave.\n";
    LineEditor editor(HistoryPath(),
                      [shell](std::string_view before) { return shell->CompleteLine(before); });
    // No SA_RESTART: a Ctrl-C at the prompt makes the pending read return.
    struct sigaction action = {}, previous = {};
    action.sa_handler = OnInterrupt;
    sigemptyset(&action.sa_mask);
    sigaction(SIGINT, &action, &previous);
    g_interruptible.store(session);
    std::string line;
    while (true) {
        const char* prompt = shell->pending() ? "     ...> " : "dossier> ";
        const LineEditor::ReadStatus status = editor.ReadLine(prompt, &line);
        if (status == LineEditor::ReadStatus::kInterrupted) {
            shell->DiscardPending();
            continue;
        }
        if (status == LineEditor::ReadStatus::kEndOfInput) {
            std::cout << "\n";
            break;
        }
        if (line.find_first_not_of(" \t") != std::string::npos) editor.AddHistory(line);
        shell->set_width(TerminalWidth());
        if (!shell->FeedLine(line)) break;
    }
    g_interruptible.store(nullptr);
    sigaction(SIGINT, &previous, nullptr);
}

int RunShell(const ShellOptions& o) {
    Result<OutputFormat> mode = ParseOutputFormat(o.mode);
    if (!mode.ok()) {
        std::cerr << "dossier shell: " << mode.status().message() << "\n";
        return 2;
    }
    auto session = QuerySession::Open(o.db, o.create);
    if (!session.ok()) {
        std::cerr << "dossier shell: " << session.status().ToString();
        // The hint only where --create would help: no directory, or an empty one.
        std::error_code ec;
        if (!o.create &&
            (!std::filesystem::exists(o.db, ec) || std::filesystem::is_empty(o.db, ec))) {
            std::cerr << " (pass --create to start a new database there)";
        }
        std::cerr << "\n";
        return 1;
    }
    const bool interactive = StdinIsTerminal() && StdoutIsTerminal();
    ShellSettings settings;
    settings.mode = *mode;
    settings.timing = interactive;
    settings.max_rows = interactive ? 1000 : 0;
    settings.width = TerminalWidth();
    Shell shell(session->get(), settings, std::cout, std::cerr);
    if (interactive) {
        Interactive(&shell, session->get());
        return 0;
    }
    // A script: no prompts, no banner; the exit code says whether everything succeeded.
    for (std::string line; std::getline(std::cin, line);) {
        if (!shell.FeedLine(line)) break;
    }
    shell.Finish();
    return shell.errors() == 0 ? 0 : 1;
}

}  // namespace

void RegisterShellCommand(CLI::App* app, CommandContext* context) {
    auto options = std::make_shared<ShellOptions>();
    CLI::App* sub = app->add_subcommand(
        "shell", "Interactive query shell (runs statements from stdin when it is not a terminal)");
    sub->add_option("--mode", options->mode,
                    "How results are printed: table, csv, json, jsonl or markdown");
    sub->add_flag("--create", options->create,
                  "Create the database when --db names a missing or empty directory");
    AddDbOption(sub, &options->db);
    sub->callback([options, context] { context->exit_code = RunShell(*options); });
}

}  // namespace dossier::cli
