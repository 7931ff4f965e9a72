// Named time zones (IANA ids such as "Europe/Stockholm"), answered from ICU's zone data.
//
// Offsets are seconds east of UTC. Thread-safe: every call works on its own ICU zone object.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "graph/status.h"

namespace dossier::query::eval {

// The canonical id of a known zone ("Europe/Stockholm"), or InvalidArgumentValue naming it.
Result<std::string> CanonicalZone(std::string_view zone);

// The zone's offset at the instant `epoch_seconds` (seconds since 1970-01-01T00:00Z).
// REQUIRES: `zone` was accepted by CanonicalZone.
int32_t ZoneOffsetAt(const std::string& zone, int64_t epoch_seconds);

// The zone's offset for a local wall time given as seconds since 1970-01-01T00:00 local; a time
// skipped or repeated by a clock change takes the offset from before the change.
// REQUIRES: `zone` was accepted by CanonicalZone.
int32_t ZoneOffsetAtLocal(const std::string& zone, int64_t local_seconds);

}  // namespace dossier::query::eval
