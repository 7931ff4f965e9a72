#include "tests/tck/scenario_worker.h"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <iostream>
#include <string>

namespace dossier::tck {
namespace {

// A record on the pipe: a 4-byte length, then the verdict digit and the reason.
bool WriteAll(int fd, const char* data, size_t size) {
    while (size > 0) {
        const ssize_t n = write(fd, data, size);
        if (n <= 0) return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

bool ReadAll(int fd, char* data, size_t size) {
    while (size > 0) {
        const ssize_t n = read(fd, data, size);
        if (n <= 0) return false;
        data += n;
        size -= static_cast<size_t>(n);
    }
    return true;
}

[[noreturn]] void RunChild(int fd, const std::vector<const Scenario*>& scenarios, size_t first,
                           int timeout_seconds) {
    for (size_t i = first; i < scenarios.size(); ++i) {
        alarm(static_cast<unsigned>(timeout_seconds));
        const Outcome o = RunScenario(*scenarios[i]);
        alarm(0);
        std::string msg(1, static_cast<char>('0' + static_cast<int>(o.verdict)));
        msg += o.reason;
        const uint32_t size = static_cast<uint32_t>(msg.size());
        if (!WriteAll(fd, reinterpret_cast<const char*>(&size), sizeof size) ||
            !WriteAll(fd, msg.data(), msg.size())) {
            _exit(1);
        }
    }
    _exit(0);
}

// Why a child ended before reporting its scenario.
std::string ChildEnd(pid_t pid, int timeout_seconds) {
    int status = 0;
    waitpid(pid, &status, 0);
    if (WIFSIGNALED(status)) {
        const int sig = WTERMSIG(status);
        return sig == SIGALRM ? "timed out after " + std::to_string(timeout_seconds) + " s"
                              : std::string("crashed: ") + strsignal(sig);
    }
    return "no verdict from the child process (exit status " + std::to_string(WEXITSTATUS(status)) +
           ")";
}

}  // namespace

std::vector<Outcome> RunInChildProcesses(const std::vector<const Scenario*>& scenarios,
                                         int timeout_seconds) {
    std::vector<Outcome> out;
    out.reserve(scenarios.size());
    while (out.size() < scenarios.size()) {
        int fds[2];
        if (pipe(fds) != 0) {
            out.push_back({Outcome::Verdict::kFailed, "pipe() failed"});
            continue;
        }
        std::cout.flush();
        const pid_t pid = fork();
        if (pid < 0) {
            close(fds[0]);
            close(fds[1]);
            out.push_back({Outcome::Verdict::kFailed, "fork() failed"});
            continue;
        }
        if (pid == 0) {
            close(fds[0]);
            RunChild(fds[1], scenarios, out.size(), timeout_seconds);
        }
        close(fds[1]);
        for (;;) {
            uint32_t size = 0;
            if (!ReadAll(fds[0], reinterpret_cast<char*>(&size), sizeof size)) break;
            std::string msg(size, '\0');
            if (size == 0 || !ReadAll(fds[0], msg.data(), size)) break;
            out.push_back({static_cast<Outcome::Verdict>(msg[0] - '0'), msg.substr(1)});
        }
        close(fds[0]);
        // The child ended: at the end of the list, or in the middle of a scenario.
        std::string why = ChildEnd(pid, timeout_seconds);
        if (out.size() < scenarios.size()) out.push_back({Outcome::Verdict::kFailed, why});
    }
    return out;
}

}  // namespace dossier::tck
