#include "tools/line_editor.h"

#include <histedit.h>

#include <cerrno>
#include <cstdio>
#include <iostream>

#include "tools/display_width.h"

namespace dossier::cli {

volatile sig_atomic_t g_line_interrupted = 0;

struct LineEditor::State {
    EditLine* el = nullptr;
    History* history = nullptr;
    HistEvent event{};
    std::string history_path;
    std::string prompt;
    std::function<Completion(std::string_view)> complete;
};

namespace {

char* PromptOf(EditLine* el) {
    void* data = nullptr;
    el_get(el, EL_CLIENTDATA, &data);
    return const_cast<char*>(static_cast<LineEditor::State*>(data)->prompt.c_str());
}

// Prints candidates in columns under the line, as shells do.
void ListCandidates(const std::vector<std::string>& candidates) {
    int width = 0;
    for (const std::string& c : candidates) width = std::max(width, DisplayWidth(c));
    const int columns = std::max(1, 80 / (width + 2));
    std::cout << "\n";
    for (size_t i = 0; i < candidates.size(); ++i) {
        std::cout << Pad(candidates[i], width + 2);
        if ((i + 1) % columns == 0 || i + 1 == candidates.size()) std::cout << "\n";
    }
    std::cout.flush();
}

unsigned char CompleteKey(EditLine* el, int) {
    void* data = nullptr;
    el_get(el, EL_CLIENTDATA, &data);
    auto* state = static_cast<LineEditor::State*>(data);
    const LineInfo* info = el_line(el);
    const std::string_view before(info->buffer, static_cast<size_t>(info->cursor - info->buffer));
    const Completion c = state->complete(before);
    if (c.candidates.empty()) return CC_REFRESH_BEEP;
    const std::string typed(before.substr(c.replace_from));
    const std::string common =
        c.candidates.size() == 1 ? c.candidates.front() : CommonPrefix(c.candidates);
    // Replace what was typed only when the completion extends it (case may differ: MAT -> MATCH).
    if (common.size() > typed.size() || (c.candidates.size() == 1 && common != typed)) {
        el_deletestr(el, static_cast<int>(typed.size()));
        el_insertstr(el, common.c_str());
        return CC_REFRESH;
    }
    if (c.candidates.size() == 1) return CC_REFRESH;
    ListCandidates(c.candidates);
    return CC_REDISPLAY;
}

}  // namespace

LineEditor::LineEditor(std::string history_path,
                       std::function<Completion(std::string_view)> complete)
    : state_(std::make_unique<State>()) {
    state_->history_path = std::move(history_path);
    state_->complete = std::move(complete);
    state_->history = history_init();
    history(state_->history, &state_->event, H_SETSIZE, 2000);
    history(state_->history, &state_->event, H_SETUNIQUE, 1);
    if (!state_->history_path.empty()) {
        history(state_->history, &state_->event, H_LOAD, state_->history_path.c_str());
    }
    state_->el = el_init("dossier", stdin, stdout, stderr);
    el_set(state_->el, EL_CLIENTDATA, state_.get());
    el_set(state_->el, EL_EDITOR, "emacs");
    el_set(state_->el, EL_SIGNAL, 1);
    el_set(state_->el, EL_PROMPT, PromptOf);
    el_set(state_->el, EL_HIST, history, state_->history);
    el_set(state_->el, EL_ADDFN, "dossier-complete", "Complete the word at the cursor",
           CompleteKey);
    el_set(state_->el, EL_BIND, "^I", "dossier-complete", nullptr);
    el_set(state_->el, EL_BIND, "^R", "em-inc-search-prev", nullptr);
    el_source(state_->el, nullptr);  // ~/.editrc, if the user has one
}

LineEditor::~LineEditor() {
    el_end(state_->el);
    history_end(state_->history);
}

LineEditor::ReadStatus LineEditor::ReadLine(const std::string& prompt, std::string* line) {
    state_->prompt = prompt;
    g_line_interrupted = 0;
    int count = 0;
    errno = 0;
    const char* text = el_gets(state_->el, &count);
    if (g_line_interrupted) {
        g_line_interrupted = 0;
        el_reset(state_->el);
        std::cout << "^C\n";
        std::cout.flush();
        return ReadStatus::kInterrupted;
    }
    if (text == nullptr || count <= 0) return ReadStatus::kEndOfInput;
    line->assign(text, static_cast<size_t>(count));
    while (!line->empty() && (line->back() == '\n' || line->back() == '\r')) line->pop_back();
    return ReadStatus::kLine;
}

void LineEditor::AddHistory(const std::string& entry) {
    if (entry.empty()) return;
    history(state_->history, &state_->event, H_ENTER, entry.c_str());
    if (!state_->history_path.empty()) {
        history(state_->history, &state_->event, H_SAVE, state_->history_path.c_str());
    }
}

}  // namespace dossier::cli
