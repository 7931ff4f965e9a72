// The openCypher error classes: which class a query error belongs to, in the terms of the
// openCypher TCK (and Neo4j), kept in one table.
//
// The stages of the engine raise errors with the Status code nearest to hand (the analyzer
// kSemanticError, the parser kSyntaxError, the evaluator kTypeError or kArgumentError) and the
// openCypher detail ("VariableTypeConflict", "DeletedEntityAccess", ...). openCypher classes them
// by when they are raised as much as by what they are: every error found before a statement runs
// is a SyntaxError, except a few named by their detail; an error raised while it runs keeps the
// class of its raise site, again except a few named by their detail. Engine::Run and
// ResultCursor::Next pass their errors through ClassifyQueryError once, so callers see the
// openCypher class in Status::code() and KindName() ("SyntaxError (VariableTypeConflict): ...").
#pragma once

#include "graph/status.h"

namespace dossier::query {

// When an error is raised: while the statement is parsed, analysed and planned (Engine::Run), or
// while its rows are pulled (ResultCursor::Next).
enum class ErrorPhase { kCompileTime, kRuntime };

// `status` with the code of its openCypher class; message, detail and position are kept. Codes
// that are not query errors (IOError, Busy, Cancelled, ...) pass unchanged.
Status ClassifyQueryError(Status status, ErrorPhase phase);

}  // namespace dossier::query
