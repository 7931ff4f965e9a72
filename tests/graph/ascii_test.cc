#include "graph/ascii.h"

#include <gtest/gtest.h>

#include "graph/dcheck.h"

namespace dossier {
namespace {

TEST(AsciiTest, LowersAndRaisesOnlyAsciiLetters) {
    EXPECT_EQ(AsciiLower("Gen. ABC-12 Zz"), "gen. abc-12 zz");
    EXPECT_EQ(AsciiUpper("match (n) return n"), "MATCH (N) RETURN N");
    // UTF-8 bytes (here "É") pass through unchanged.
    EXPECT_EQ(AsciiLower("\xC3\x89TAT"), "\xC3\x89tat");
    EXPECT_EQ(AsciiToLower('@'), '@');
    EXPECT_EQ(AsciiToUpper('['), '[');
}

TEST(AsciiTest, ComparesIgnoringCase) {
    EXPECT_TRUE(AsciiEqualsIgnoreCase("Reuters", "REUTERS"));
    EXPECT_FALSE(AsciiEqualsIgnoreCase("Reuters", "Reuter"));
    EXPECT_TRUE(AsciiStartsWithIgnoreCase("db.Lookup", "DB."));
    EXPECT_FALSE(AsciiStartsWithIgnoreCase("db", "db."));
    EXPECT_TRUE(AsciiEndsWithIgnoreCase("story.HTML", ".html"));
    EXPECT_FALSE(AsciiEndsWithIgnoreCase("html", ".html"));
}

TEST(DcheckTest, AbortsOnABrokenPreconditionInDebugBuilds) {
#ifdef NDEBUG
    GTEST_SKIP() << "DOSSIER_DCHECK is compiled out of release builds";
#else
    int evaluated = 0;
    DOSSIER_DCHECK(++evaluated == 1);
    EXPECT_EQ(evaluated, 1);
    EXPECT_DEATH(DOSSIER_DCHECK(1 + 1 == 3), "precondition failed: 1 \\+ 1 == 3");
#endif
}

}  // namespace
}  // namespace dossier
