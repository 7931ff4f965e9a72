#include <gtest/gtest.h>

#include "graph/key_codec.h"
#include "graph/value_codec.h"

namespace dossier::graph {
namespace {

TEST(KeyCodecTest, BigEndianOrderIsNumericOrder) {
    const uint64_t values[] = {0, 1, 255, 256, 65535, 1ull << 40, ~0ull};
    for (size_t i = 0; i + 1 < std::size(values); ++i) {
        EXPECT_LT(keys::BigEndian64(values[i]), keys::BigEndian64(values[i + 1]));
        EXPECT_EQ(keys::ReadBigEndian64(keys::BigEndian64(values[i]).data()), values[i]);
    }
}

TEST(KeyCodecTest, AdjacencyKeyRoundTripsAndGroupsByType) {
    const std::string key = keys::AdjacencyKey(7, "MET", 9, 11);
    keys::AdjacencyParts parts;
    ASSERT_TRUE(keys::DecodeAdjacencyKey(key, &parts).ok());
    EXPECT_EQ(parts.node, 7u);
    EXPECT_EQ(parts.type, "MET");
    EXPECT_EQ(parts.other, 9u);
    EXPECT_EQ(parts.edge, 11u);
    EXPECT_TRUE(key.starts_with(keys::AdjacencyPrefix(7, "MET")));
    EXPECT_TRUE(key.starts_with(keys::AdjacencyPrefix(7)));
    EXPECT_FALSE(keys::AdjacencyKey(7, "METX", 1, 1).starts_with(keys::AdjacencyPrefix(7, "MET")));
    // All edges of one type sort together, whatever their neighbours.
    EXPECT_LT(keys::AdjacencyKey(7, "MET", ~0ull, ~0ull), keys::AdjacencyKey(7, "SAW", 0, 0));
    EXPECT_FALSE(keys::DecodeAdjacencyKey(key.substr(0, key.size() - 1), &parts).ok());
}

TEST(KeyCodecTest, LabelAndNameKeysCarryTheId) {
    uint64_t id = 0;
    ASSERT_TRUE(keys::TrailingId(keys::LabelKey("Person", 42), &id).ok());
    EXPECT_EQ(id, 42u);
    EXPECT_TRUE(keys::LabelKey("Person", 42).starts_with(keys::LabelPrefix("Person")));
    EXPECT_FALSE(keys::LabelKey("Persona", 42).starts_with(keys::LabelPrefix("Person")));
    EXPECT_FALSE(keys::NameKey("ab", 1).starts_with(keys::NamePrefix("a")));
    ASSERT_TRUE(keys::TrailingId(keys::NameKey("ab", 5), &id).ok());
    EXPECT_EQ(id, 5u);
    EXPECT_FALSE(keys::CheckKeyString("label", "").ok());
    EXPECT_FALSE(keys::CheckKeyString("label", std::string(256, 'x')).ok());
}

Value RoundTrip(const Value& v) {
    std::string bytes;
    EXPECT_TRUE(codec::EncodeValue(v, &bytes).ok());
    std::string_view in = bytes;
    Value out;
    EXPECT_TRUE(codec::DecodeValue(&in, &out).ok());
    EXPECT_TRUE(in.empty());
    return out;
}

TEST(ValueCodecTest, EveryStorableKindRoundTrips) {
    const Value values[] = {Value(),
                            Value(true),
                            Value(false),
                            Value(int64_t{0}),
                            Value(int64_t{-1}),
                            Value(std::numeric_limits<int64_t>::min()),
                            Value(std::numeric_limits<int64_t>::max()),
                            Value(1.5),
                            Value(-0.0),
                            Value(std::string("")),
                            Value(std::string("Бишкек \0x", 14)),
                            Value(Date::FromYmd(2010, 4, 7)),
                            Value(Date{-1000}),
                            Value(LocalTime{13 * 3600 * kNanosPerSecond + 5}),
                            Value(Time{kNanosPerDay - 1, -9000}),
                            Value(LocalDateTime{-400000, 0}),
                            Value(DateTime{17704, 51180 * kNanosPerSecond, 21600, "Asia/Bishkek"}),
                            Value(DateTime{17704, 1, 3600, ""}),
                            Value(Duration{-14, 3, -7, 999'999'999}),
                            Value(List{Value(1), Value("a"), Value(), Value(2.5)}),
                            Value(List{Value(Date{1}), Value(Duration{0, 1, 0, 0})})};
    for (const Value& v : values) EXPECT_EQ(RoundTrip(v), v) << v.ToCypher();
}

TEST(ValueCodecTest, StoredTagsKeepTheirMeaning) {
    // Bytes as earlier versions wrote them: a date is tag 6 and zig-zag days.
    std::string_view date_bytes("\x06\x02", 2);
    Value v;
    ASSERT_TRUE(codec::DecodeValue(&date_bytes, &v).ok());
    EXPECT_EQ(v, Value(Date{1}));
    // A duration (tag 12) with nanos out of range is corrupt, not a value.
    std::string_view bad("\x0c\x00\x00\x00\xff\xff\xff\xff\x0f", 9);
    EXPECT_EQ(codec::DecodeValue(&bad, &v).code(), Status::Code::kCorruption);
    // A date a trillion and more days away, or an offset of a day, likewise.
    std::string_view far("\x06\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 10);
    EXPECT_EQ(codec::DecodeValue(&far, &v).code(), Status::Code::kCorruption);
    std::string_view day_offset("\x09\x00\x80\xc6\x0a", 5);
    EXPECT_EQ(codec::DecodeValue(&day_offset, &v).code(), Status::Code::kCorruption);
    // A local time beyond midnight likewise.
    std::string bytes;
    ASSERT_TRUE(codec::EncodeValue(Value(LocalTime{0}), &bytes).ok());
    EXPECT_EQ(bytes, std::string("\x08\x00", 2));
}

TEST(ValueCodecTest, RejectsValuesItCannotStore) {
    std::string bytes;
    EXPECT_EQ(codec::EncodeValue(Value(Map{{"a", Value(1)}}), &bytes).code(),
              Status::Code::kInvalidArgument);
    EXPECT_FALSE(codec::EncodeValue(Value(List{Value(List{Value(1)})}), &bytes).ok());
}

TEST(ValueCodecTest, NodeAndEdgeRecordsRoundTrip) {
    Node n{5, {"Country", "Place"}, {{"name", Value("Kyrgyzstan")}, {"pop", Value(6)}}};
    std::string bytes;
    ASSERT_TRUE(codec::EncodeNode(n, &bytes).ok());
    Node back;
    ASSERT_TRUE(codec::DecodeNode(5, bytes, &back).ok());
    EXPECT_EQ(back.labels, n.labels);
    EXPECT_EQ(back.properties, n.properties);

    Edge e{9, 1, 2, "VISITED", {{"on", Value(Date::FromYmd(2020, 1, 2))}}};
    bytes.clear();
    ASSERT_TRUE(codec::EncodeEdge(e, &bytes).ok());
    Edge eb;
    ASSERT_TRUE(codec::DecodeEdge(9, bytes, &eb).ok());
    EXPECT_EQ(eb.src, 1u);
    EXPECT_EQ(eb.dst, 2u);
    EXPECT_EQ(eb.type, "VISITED");
    EXPECT_EQ(eb.properties, e.properties);
}

TEST(ValueCodecTest, MalformedBytesAreCorruptionNotCrashes) {
    Node n{5, {"Person"}, {{"name", Value("A long enough name")}, {"xs", Value(List{1, 2, 3})}}};
    std::string bytes;
    ASSERT_TRUE(codec::EncodeNode(n, &bytes).ok());
    for (size_t cut = 0; cut < bytes.size(); ++cut) {
        Node back;
        EXPECT_EQ(codec::DecodeNode(5, std::string_view(bytes).substr(0, cut), &back).code(),
                  Status::Code::kCorruption)
            << "cut at " << cut;
    }
    Node back;
    EXPECT_EQ(codec::DecodeNode(5, bytes + "x", &back).code(), Status::Code::kCorruption);
    std::string_view bad = "\x09";
    Value v;
    EXPECT_EQ(codec::DecodeValue(&bad, &v).code(), Status::Code::kCorruption);
}

}  // namespace
}  // namespace dossier::graph
