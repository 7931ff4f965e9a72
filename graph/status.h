// Status and Result<T>: how every library boundary in Dossier reports failure.
//
// A Status is either OK or carries a code and a message a user can act on ("database ./x.db is in
// use by process 4242"). Query errors also carry the openCypher error detail (e.g.
// "UndefinedVariable") in detail() and a source position. Result<T> holds either a value or a
// non-OK Status. Exceptions never cross a library boundary.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>

#include "graph/dcheck.h"

namespace dossier {

class Status {
  public:
    enum class Code : uint8_t {
        kOk = 0,
        kNotFound,
        kInvalidArgument,   // bad input from the caller: a malformed CSV line, a bad option
        kCorruption,        // stored data that does not decode
        kIOError,           // disk full, unreadable file, missing directory
        kBusy,              // the database is locked by another writer
        kNotSupported,      // e.g. a database of a newer format version
        kSyntaxError,       // query text that does not parse
        kSemanticError,     // query that parses but is not valid (unknown variable, ...)
        kTypeError,         // a value of the wrong type at run time
        kArgumentError,     // a function argument out of its domain
        kConstraintError,   // e.g. deleting a node that still has relationships
        kEntityNotFound,    // a query reads a node or relationship it has deleted
        kProcedureError,    // CALL of a procedure that does not exist
        kParameterMissing,  // a query uses a $parameter it was not given
        kRuntimeError,      // any other error that ends a query
        kCancelled,         // the user interrupted the operation
    };

    Status() = default;
    Status(Code code, std::string message, std::string detail = {}, int line = 0, int column = 0)
        : code_(code),
          message_(std::move(message)),
          detail_(std::move(detail)),
          line_(line),
          column_(column) {}

    static Status OK() { return Status(); }
    static Status NotFound(std::string m) { return Status(Code::kNotFound, std::move(m)); }
    static Status InvalidArgument(std::string m) {
        return Status(Code::kInvalidArgument, std::move(m));
    }
    static Status Corruption(std::string m) { return Status(Code::kCorruption, std::move(m)); }
    static Status IOError(std::string m) { return Status(Code::kIOError, std::move(m)); }
    static Status Busy(std::string m) { return Status(Code::kBusy, std::move(m)); }
    static Status NotSupported(std::string m) { return Status(Code::kNotSupported, std::move(m)); }
    static Status Cancelled(std::string m) { return Status(Code::kCancelled, std::move(m)); }

    bool ok() const { return code_ == Code::kOk; }
    bool IsNotFound() const { return code_ == Code::kNotFound; }
    Code code() const { return code_; }
    const std::string& message() const { return message_; }
    // The openCypher error detail ("UndefinedVariable", "InvalidArgumentType", ...), or empty.
    const std::string& detail() const { return detail_; }
    // 1-based position in the query text, or 0 when the error has no position.
    int line() const { return line_; }
    int column() const { return column_; }

    // The kind as users see it: "SyntaxError", "SemanticError", "IOError", ...
    const char* KindName() const;
    // "<KindName>: <message>", or "<KindName> (<detail>): <message>" when there is a detail,
    // plus " (line L, column C)" when there is a position.
    std::string ToString() const;

  private:
    Code code_ = Code::kOk;
    std::string message_;
    std::string detail_;
    int line_ = 0;
    int column_ = 0;
};

// Either a T or a non-OK Status.
template <typename T>
class [[nodiscard]] Result {
  public:
    Result(T value) : v_(std::move(value)) {}
    Result(Status status) : v_(std::move(status)) { DOSSIER_DCHECK(!std::get<Status>(v_).ok()); }

    bool ok() const { return std::holds_alternative<T>(v_); }
    // OK when a value is held.
    Status status() const { return ok() ? Status::OK() : std::get<Status>(v_); }

    // REQUIRES: ok()
    T& value() & { return std::get<T>(v_); }
    const T& value() const& { return std::get<T>(v_); }
    T&& value() && { return std::get<T>(std::move(v_)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

  private:
    std::variant<T, Status> v_;
};

}  // namespace dossier

// Returns early from the enclosing function with the status of `expr` when it is not OK.
#define DOSSIER_RETURN_IF_ERROR(expr)   \
    do {                                \
        ::dossier::Status _st = (expr); \
        if (!_st.ok()) return _st;      \
    } while (0)

#define DOSSIER_CONCAT_INNER(a, b) a##b
#define DOSSIER_CONCAT(a, b) DOSSIER_CONCAT_INNER(a, b)
// DOSSIER_ASSIGN_OR_RETURN(auto x, SomeResult()); returns the status when not OK.
#define DOSSIER_ASSIGN_OR_RETURN(lhs, expr) \
    DOSSIER_ASSIGN_OR_RETURN_IMPL(DOSSIER_CONCAT(_res_, __LINE__), lhs, expr)
#define DOSSIER_ASSIGN_OR_RETURN_IMPL(tmp, lhs, expr) \
    auto tmp = (expr);                                \
    if (!tmp.ok()) return tmp.status();               \
    lhs = std::move(tmp).value()
