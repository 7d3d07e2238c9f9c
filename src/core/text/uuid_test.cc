#include "core/text/uuid.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(UuidTest, FormatsAndParses) {
  const std::optional<Uuid> uuid = ParseUuid("6BA7B811-9dad-11d1-80b4-00c04fd430c8");
  ASSERT_TRUE(uuid);
  EXPECT_EQ(FormatUuid(*uuid), "6ba7b811-9dad-11d1-80b4-00c04fd430c8");
  EXPECT_EQ(FormatUuid(UrlNamespaceUuid()), "6ba7b811-9dad-11d1-80b4-00c04fd430c8");
  for (const char* bad :
       {"", "6ba7b811-9dad-11d1-80b4-00c04fd430c", "6ba7b8119dad-11d1-80b4-00c04fd430c8-",
        "6ba7b811-9dad-11d1-80b4-00c04fd430cg", "6ba7b811 9dad-11d1-80b4-00c04fd430c8"}) {
    EXPECT_FALSE(ParseUuid(bad)) << bad;
  }
}

// Expected values from Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") etc.
TEST(UuidTest, NameBasedMatchesRfc4122Version5) {
  const std::optional<Uuid> dns = ParseUuid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
  ASSERT_TRUE(dns);
  EXPECT_EQ(FormatUuid(NameBasedUuid(*dns, "python.org")), "886313e1-3b8a-5372-9b90-0c9aee199e5d");
  EXPECT_EQ(FormatUuid(NameBasedUuid(UrlNamespaceUuid(), "https://example.org/")),
            "527dda32-a0de-5105-a042-cb475b5f7d11");
}

// The project namespace is pinned to the name it was made from; every exported id
// hangs off it, so it must never change.
TEST(UuidTest, CloudGapNamespaceIsFixed) {
  EXPECT_EQ(FormatUuid(CloudGapNamespaceUuid()), "880f3d5e-3dd6-5cc9-9596-f8020ce680dd");
  EXPECT_EQ(NameBasedUuid(UrlNamespaceUuid(), "https://cloudgap.example/ns/oscal"),
            CloudGapNamespaceUuid());
  EXPECT_EQ(CloudGapUuid("catalog/iso27017/1.0.0/abc"), "1665afdb-907b-54f1-8ff9-5aab2f1a0fc9");
  EXPECT_EQ(CloudGapUuid(""), "819be876-1d8d-53e0-909b-ed22953a423f");
  EXPECT_EQ(CloudGapUuid("\xc3\xa9"), "22a817dd-7b25-562f-99b7-f608b3931c19");  // UTF-8 bytes.
}

TEST(UuidTest, VersionAndVariantBitsAreSet) {
  for (const char* name : {"a", "b", "assessment/x", ""}) {
    const std::string text = CloudGapUuid(name);
    EXPECT_EQ(text[14], '5') << text;
    EXPECT_NE(std::string("89ab").find(text[19]), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace cloudgap
