#include "importers/name_variants.h"

#include <gtest/gtest.h>

namespace dossier::importers {
namespace {

TEST(PersonKey, VariantsOfOneNameMeet) {
    const std::string key = PersonKey("Daniela Okafor");
    EXPECT_EQ(PersonKey("Daniela M. Okafor"), key);     // middle initial
    EXPECT_EQ(PersonKey("Daniela Maria Okafor"), key);  // middle name
    EXPECT_EQ(PersonKey("DANIELA OKAFOR"), key);        // case
    EXPECT_EQ(PersonKey("Daniela Okafor's"), key);      // possessive
    EXPECT_EQ(PersonKey("Daniela Okafor\u2019s"), key);
    EXPECT_EQ(PersonKey("Robert Tate Jr."), PersonKey("Robert Tate"));
    EXPECT_EQ(PersonKey("José Ibáñez"), PersonKey("Jose Ibanez"));  // accents
    EXPECT_EQ(PersonKey("Anne-Marie Duval"), PersonKey("Anne Marie Duval"));
}

TEST(PersonKey, DifferentPeopleStayApart) {
    EXPECT_NE(PersonKey("Harold Brennan"), PersonKey("Kevin Brennan"));
    EXPECT_NE(PersonKey("Brennan"), PersonKey("Kevin Brennan"));
    EXPECT_NE(PersonKey("Kim Jong Un"), PersonKey("Kim Jong Il"));
    EXPECT_EQ(PersonKey("Jr."), "jr");  // a suffix alone is kept, not emptied
}

TEST(CanonicalName, MostCompletePlainNameWins) {
    EXPECT_TRUE(MoreCanonical("Daniela M. Okafor", "Daniela Okafor"));
    EXPECT_TRUE(MoreCanonical("Kurmanbek Bakiyev", "Bakiyev"));
    EXPECT_TRUE(MoreCanonical("Daniela Okafor", "DANIELA OKAFOR"));
    EXPECT_TRUE(MoreCanonical("José Ibáñez", "Jose Ibanez"));
    EXPECT_TRUE(MoreCanonical("Anne-Marie Duval", "Anne Marie Duval"));
    EXPECT_FALSE(MoreCanonical("Jose Ibanez", "José Ibáñez"));
    // A total order: exactly one of two different names wins.
    EXPECT_NE(MoreCanonical("Ana Ruiz", "Ana Ruis"), MoreCanonical("Ana Ruis", "Ana Ruiz"));
}

TEST(CanonicalName, MergeNamesIsOrderIndependent) {
    graph::Node a, b;
    MergeNames(&a, {"Daniela Okafor"}, {"Okafor"});
    MergeNames(&a, {"Daniela M. Okafor"}, {"Gov. Okafor"});
    MergeNames(&b, {"Daniela M. Okafor"}, {"Gov. Okafor"});
    MergeNames(&b, {"Daniela Okafor"}, {"Okafor"});
    EXPECT_EQ(a.properties, b.properties);
    EXPECT_EQ(a.Find("name")->as_string(), "Daniela M. Okafor");
    const graph::List& aliases = a.Find("aliases")->as_list();
    ASSERT_EQ(aliases.size(), 3u);
    EXPECT_EQ(aliases[0].as_string(), "Daniela Okafor");
    EXPECT_EQ(aliases[1].as_string(), "Gov. Okafor");
    EXPECT_EQ(aliases[2].as_string(), "Okafor");
}

TEST(CanonicalName, AnAliasNeverBecomesTheName) {
    graph::Node n;
    MergeNames(&n, {"Abbas"}, {"Mr. Abbas"});
    EXPECT_EQ(n.Find("name")->as_string(), "Abbas");
}

}  // namespace
}  // namespace dossier::importers
