// The openCypher class of query errors: the table in query/error_class.cc, and the engine's
// errors as callers see them.
#include "query/error_class.h"

#include "tests/query/engine_fixture.h"

namespace dossier::query {
namespace {

using Code = Status::Code;

Status Classified(Code code, const char* detail, ErrorPhase phase) {
    return ClassifyQueryError(Status(code, "message", detail, 2, 7), phase);
}

TEST(ErrorClassTest, CompileTimeRuleBreachesAreSyntaxErrors) {
    const Status s =
        Classified(Code::kSemanticError, "VariableTypeConflict", ErrorPhase::kCompileTime);
    EXPECT_EQ(s.code(), Code::kSyntaxError);
    EXPECT_EQ(s.detail(), "VariableTypeConflict");
    EXPECT_EQ(s.message(), "message");
    EXPECT_EQ(s.line(), 2);
    EXPECT_EQ(s.column(), 7);
    EXPECT_EQ(s.ToString(), "SyntaxError (VariableTypeConflict): message (line 2, column 7)");
}

TEST(ErrorClassTest, RuntimeErrorsKeepTheClassOfTheirRaiseSite) {
    EXPECT_EQ(Classified(Code::kTypeError, "InvalidArgumentType", ErrorPhase::kRuntime).code(),
              Code::kTypeError);
    EXPECT_EQ(Classified(Code::kArgumentError, "NumberOutOfRange", ErrorPhase::kRuntime).code(),
              Code::kArgumentError);
    EXPECT_EQ(Classified(Code::kTypeError, "InvalidArgumentType", ErrorPhase::kCompileTime).code(),
              Code::kTypeError);
}

TEST(ErrorClassTest, SomeDetailsNameTheirOwnClass) {
    EXPECT_EQ(Classified(Code::kRuntimeError, "DeletedEntityAccess", ErrorPhase::kRuntime).code(),
              Code::kEntityNotFound);
    EXPECT_EQ(Classified(Code::kSemanticError, "MergeReadOwnWrites", ErrorPhase::kRuntime).code(),
              Code::kSemanticError);
    EXPECT_EQ(
        Classified(Code::kSemanticError, "ProcedureNotFound", ErrorPhase::kCompileTime).code(),
        Code::kProcedureError);
    EXPECT_EQ(Classified(Code::kSemanticError, "MissingParameter", ErrorPhase::kRuntime).code(),
              Code::kParameterMissing);
}

TEST(ErrorClassTest, OtherErrorsPassUnchanged) {
    const Status io = ClassifyQueryError(Status::IOError("disk full"), ErrorPhase::kCompileTime);
    EXPECT_EQ(io.code(), Code::kIOError);
    const Status stop =
        ClassifyQueryError(Status(Code::kCancelled, "stopped", "Timeout"), ErrorPhase::kRuntime);
    EXPECT_EQ(stop.code(), Code::kCancelled);
    EXPECT_TRUE(ClassifyQueryError(Status::OK(), ErrorPhase::kRuntime).ok());
}

class EngineErrorClassTest : public EngineTest {};

TEST_F(EngineErrorClassTest, TheEngineReportsOpenCypherClasses) {
    const Status conflict = Error("MATCH (n) MATCH ()-[n]->() RETURN n");
    EXPECT_EQ(conflict.code(), Code::kSyntaxError) << conflict.ToString();
    EXPECT_EQ(conflict.detail(), "VariableTypeConflict");
    EXPECT_EQ(Error("RETURN x").code(), Code::kSyntaxError);
    EXPECT_EQ(Error("WITH 1 AS x RETURN x.name").code(), Code::kTypeError);
    EXPECT_EQ(Error("CALL no.such.procedure()").code(), Code::kProcedureError);
    Run("CREATE (:Town {name: 'Osh'})");
    const Status deleted = Error("MATCH (t:Town) DELETE t RETURN t.name");
    EXPECT_EQ(deleted.code(), Code::kEntityNotFound) << deleted.ToString();
    EXPECT_EQ(deleted.detail(), "DeletedEntityAccess");
}

}  // namespace
}  // namespace dossier::query
