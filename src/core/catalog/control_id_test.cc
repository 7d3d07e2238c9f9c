#include "core/catalog/control_id.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

namespace cloudgap {
namespace {

TEST(ControlIdTest, Recognises) {
  EXPECT_TRUE(IsControlId("12.4.1"));
  EXPECT_TRUE(IsControlId("CLD.9.5.2"));
  EXPECT_TRUE(IsCloudControlId("CLD.9.5.2"));
  EXPECT_FALSE(IsCloudControlId("9.5.2"));
  for (const char* bad : {"", "12", "12.", ".4.1", "12..1", "A.5.1.1", "CLD.", "CLD.9", "cld.9.5.2",
                          "12.4.1 ", "12.-4.1"}) {
    EXPECT_FALSE(IsControlId(bad)) << "'" << bad << "'";
  }
  EXPECT_TRUE(IsDottedNumber("8.15"));
  EXPECT_FALSE(IsDottedNumber("CLD.8.15"));
}

TEST(ControlIdTest, Numbers) {
  EXPECT_EQ(ControlIdNumbers("CLD.9.5.2"), (std::vector<long>{9, 5, 2}));
  EXPECT_EQ(ControlIdNumbers("18.1.5"), (std::vector<long>{18, 1, 5}));
  EXPECT_TRUE(ControlIdNumbers("x").empty());
}

TEST(ControlIdTest, SortsInCatalogOrder) {
  std::vector<std::string> ids = {"zzz",   "10.1.1", "CLD.9.5.1", "9.2.10",
                                  "9.4.1", "9.2.2",  "5.1.1"};
  std::sort(ids.begin(), ids.end(),
            [](const std::string& a, const std::string& b) { return ControlIdLess(a, b); });
  EXPECT_EQ(ids, (std::vector<std::string>{"5.1.1", "9.2.2", "9.2.10", "9.4.1", "CLD.9.5.1",
                                           "10.1.1", "zzz"}));
}

}  // namespace
}  // namespace cloudgap
