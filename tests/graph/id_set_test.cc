#include "graph/id_set.h"

#include <gtest/gtest.h>

#include <random>
#include <unordered_set>

namespace dossier::graph {
namespace {

TEST(IdSetTest, AgreesWithUnorderedSetUnderRandomOperations) {
    IdSet set;
    std::unordered_set<uint64_t> reference;
    std::mt19937_64 rng(7);
    // Small key range so that inserts, repeats and erases collide often; 0 is a valid id.
    std::uniform_int_distribution<uint64_t> key(0, 3000);
    for (int i = 0; i < 200000; ++i) {
        const uint64_t k = i % 3 == 0 ? key(rng) * 0x100000001ULL : key(rng);
        switch (rng() % 3) {
            case 0:
                EXPECT_EQ(set.Insert(k), reference.insert(k).second);
                break;
            case 1:
                set.Erase(k);
                reference.erase(k);
                break;
            default:
                EXPECT_EQ(set.Contains(k), reference.count(k) == 1) << k;
                break;
        }
        ASSERT_EQ(set.size(), reference.size());
    }
    for (uint64_t k : reference) EXPECT_TRUE(set.Contains(k));
}

}  // namespace
}  // namespace dossier::graph
