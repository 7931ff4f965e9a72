#include "tools/atomic_file.h"

#include <cstdio>
#include <filesystem>

namespace dossier::cli {

AtomicFile::AtomicFile(std::string path)
    : path_(std::move(path)),
      temp_(path_ + ".partial"),
      out_(temp_, std::ios::binary | std::ios::trunc) {}

AtomicFile::~AtomicFile() {
    if (!committed_) std::remove(temp_.c_str());
}

Status AtomicFile::CheckOpened() const {
    if (out_.is_open()) return Status::OK();
    return Status::IOError("cannot create " + path_ +
                           " (does its directory exist and is it writable?)");
}

Status AtomicFile::Commit() {
    out_.close();
    if (!out_) return Status::IOError("could not write " + path_);
    std::error_code ec;
    std::filesystem::rename(temp_, path_, ec);
    if (ec)
        return Status::IOError("could not move " + temp_ + " to " + path_ + ": " + ec.message());
    committed_ = true;
    return Status::OK();
}

}  // namespace dossier::cli
