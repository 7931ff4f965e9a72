// A file written under "<path>.partial" and renamed into place by Commit(), so that an interrupted
// or failed write never leaves a half-written file under the requested name (exports, reports).
#pragma once

#include <fstream>
#include <string>

#include "graph/status.h"

namespace dossier::cli {

class AtomicFile {
  public:
    explicit AtomicFile(std::string path);
    // Removes the partial file unless committed.
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    std::ostream& stream() { return out_; }
    // IOError naming the path when the file could not be created.
    Status CheckOpened() const;
    // Closes the file and renames it into place.
    Status Commit();
    const std::string& path() const { return path_; }

  private:
    const std::string path_;
    const std::string temp_;
    std::ofstream out_;
    bool committed_ = false;
};

}  // namespace dossier::cli
