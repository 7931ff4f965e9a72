#include "graph/rocks_status.h"

#include <string>

namespace dossier::graph {

Status FromRocks(const rocksdb::Status& s, std::string_view context) {
    if (s.ok()) return Status::OK();
    std::string message = std::string(context) + ": ";
    if (s.IsNoSpace()) return Status::IOError(message + "disk full (" + s.ToString() + ")");
    message += s.ToString();
    if (s.IsNotFound()) return Status::NotFound(message);
    if (s.IsCorruption()) return Status::Corruption(message);
    if (s.IsInvalidArgument()) return Status::InvalidArgument(message);
    if (s.IsNotSupported()) return Status::NotSupported(message);
    if (s.IsBusy() || s.IsTimedOut() || s.IsTryAgain()) return Status::Busy(message);
    if (s.IsIncomplete() || s.IsAborted()) return Status(Status::Code::kRuntimeError, message);
    return Status::IOError(message);
}

}  // namespace dossier::graph
