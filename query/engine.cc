// PLACEHOLDER: the engine is being written.
#include "query/engine.h"
namespace dossier::query {
Engine::Engine(graph::GraphStore* store) : store_(store) {}
Engine::~Engine() = default;
}  // namespace dossier::query
