// WriterLock: the one-writer-per-database rule, as an flock(2) on DIR/dossier.lock.
//
// The lock file holds the pid of the process that owns it, so a second writer can say who is in
// the way. The kernel releases the lock when the owner exits, however it exits (kill -9 too), so
// a stale pid in the file never blocks anyone. Read-only openers do not take the lock.
#pragma once

#include <memory>
#include <string>

#include "graph/status.h"

namespace dossier::graph {

class WriterLock {
  public:
    // Busy ("database DIR is in use by process N") when another open file holds the lock.
    static Result<std::unique_ptr<WriterLock>> Acquire(const std::string& dir);
    ~WriterLock();
    WriterLock(const WriterLock&) = delete;
    WriterLock& operator=(const WriterLock&) = delete;

    static constexpr const char* kFileName = "dossier.lock";

  private:
    explicit WriterLock(int fd) : fd_(fd) {}
    const int fd_;
};

}  // namespace dossier::graph
