// Data some tests read from outside the repository: the shared folder beside the checkout
// (../shared) holding the seed article, the openCypher TCK features, wikigold and news-dev. A
// user's clone has no such folder, so a test that needs it skips with one line naming what is
// missing and how to provide it. CI sets DOSSIER_REQUIRE_SHARED=1, which turns those skips into
// failures so that the data cannot go missing unnoticed.
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

namespace dossier::shared_data {

// The seed article, the canonical example of the input.
inline constexpr std::string_view kSeedArticle = "seeds/000_2ced792b69c5885d.txt";

// $DOSSIER_SHARED_DIR when set at run time, else the folder the build was configured with.
inline std::string SharedDir() {
    const char* dir = std::getenv("DOSSIER_SHARED_DIR");
    return dir != nullptr && *dir != '\0' ? std::string(dir) : std::string(DOSSIER_SHARED_DIR);
}

inline std::string SharedPath(std::string_view relative) {
    return SharedDir() + "/" + std::string(relative);
}

// True when DOSSIER_REQUIRE_SHARED is set to anything but "" or "0".
inline bool SharedDataRequired() {
    const char* v = std::getenv("DOSSIER_REQUIRE_SHARED");
    return v != nullptr && *v != '\0' && std::string_view(v) != "0";
}

inline std::string MissingSharedData(std::string_view relative) {
    return "needs shared data '" + std::string(relative) + "', not found at " +
           SharedPath(relative) +
           "; set DOSSIER_SHARED_DIR to the folder that holds it (DOSSIER_REQUIRE_SHARED=1 "
           "makes this a failure)";
}

}  // namespace dossier::shared_data

// Skips the current test (or fails it, when DOSSIER_REQUIRE_SHARED is set) unless the shared
// data file or folder `relative` exists. Use at the top of a test body or in SetUp().
#define DOSSIER_NEED_SHARED_DATA(relative)                                            \
    do {                                                                              \
        if (!std::filesystem::exists(::dossier::shared_data::SharedPath(relative))) { \
            if (::dossier::shared_data::SharedDataRequired()) {                       \
                FAIL() << ::dossier::shared_data::MissingSharedData(relative);        \
            }                                                                         \
            GTEST_SKIP() << ::dossier::shared_data::MissingSharedData(relative);      \
        }                                                                             \
    } while (0)
