#include "graph/writer_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace dossier::graph {

Result<std::unique_ptr<WriterLock>> WriterLock::Acquire(const std::string& dir) {
    const std::string path = dir + "/" + kFileName;
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd < 0) {
        return Status::IOError("cannot open lock file " + path + ": " + std::strerror(errno));
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        std::string holder = "another process";
        char buf[32] = {};
        const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
        if (n > 0) {
            const long pid = std::strtol(buf, nullptr, 10);
            if (pid > 0) holder = "process " + std::to_string(pid);
        }
        ::close(fd);
        if (err == EWOULDBLOCK) {
            return Status::Busy("database " + dir + " is in use by " + holder);
        }
        return Status::IOError("cannot lock " + path + ": " + std::strerror(err));
    }
    const std::string pid = std::to_string(::getpid()) + "\n";
    if (::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, pid.data(), pid.size(), 0) != static_cast<ssize_t>(pid.size())) {
        const int err = errno;
        ::close(fd);
        return Status::IOError("cannot write lock file " + path + ": " + std::strerror(err));
    }
    return std::unique_ptr<WriterLock>(new WriterLock(fd));
}

WriterLock::~WriterLock() {
    ::flock(fd_, LOCK_UN);
    ::close(fd_);
}

}  // namespace dossier::graph
