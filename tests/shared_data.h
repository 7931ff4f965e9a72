// (see main) Skips or, with DOSSIER_REQUIRE_SHARED=1, fails when shared data is missing.
#pragma once
#include <gtest/gtest.h>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
namespace dossier::shared_data {
inline constexpr std::string_view kSeedArticle = "seeds/000_2ced792b69c5885d.txt";
inline std::string SharedDir() { const char* d = std::getenv("DOSSIER_SHARED_DIR"); return d && *d ? std::string(d) : std::string(DOSSIER_SHARED_DIR); }
inline std::string SharedPath(std::string_view r) { return SharedDir() + "/" + std::string(r); }
inline bool SharedDataRequired() { const char* v = std::getenv("DOSSIER_REQUIRE_SHARED"); return v && *v && std::string_view(v) != "0"; }
inline std::string MissingSharedData(std::string_view r) { return "needs shared data '" + std::string(r) + "', not found at " + SharedPath(r); }
}
#define DOSSIER_NEED_SHARED_DATA(relative) do { if (!std::filesystem::exists(::dossier::shared_data::SharedPath(relative))) { if (::dossier::shared_data::SharedDataRequired()) { FAIL() << ::dossier::shared_data::MissingSharedData(relative); } GTEST_SKIP() << ::dossier::shared_data::MissingSharedData(relative); } } while (0)
