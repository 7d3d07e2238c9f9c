#include "platform/fake_platform.h"

#include <gtest/gtest.h>

namespace cloudgap {
namespace {

TEST(FakeStorageTest, RoundTripsAndRemoves) {
  FakeStorage s;
  EXPECT_EQ(s.Write("k", "v"), Storage::WriteResult::kOk);
  EXPECT_EQ(s.Read("k").value_or(""), "v");
  s.Remove("k");
  EXPECT_FALSE(s.Read("k").has_value());
}

TEST(FakeStorageTest, ReportsFullWithoutLosingTheOldValue) {
  FakeStorage s;
  s.capacity_bytes = 10;
  ASSERT_EQ(s.Write("k", "old"), Storage::WriteResult::kOk);
  EXPECT_EQ(s.Write("k", "far too long a value"), Storage::WriteResult::kFull);
  EXPECT_EQ(s.Read("k").value_or(""), "old");
}

TEST(FakeStorageTest, UnavailableStorageRefusesEverything) {
  FakeStorage s;
  s.available = false;
  EXPECT_EQ(s.Write("k", "v"), Storage::WriteResult::kUnavailable);
  EXPECT_FALSE(s.Read("k").has_value());
}

TEST(FakeFilesTest, DeliversPickedFileToCallback) {
  FakeFiles files;
  std::string got;
  files.SetOpenCallback([&](const Files::OpenedFile& f) { got = f.name + ":" + f.bytes; });
  files.RequestOpen(".json");
  files.Deliver({"a.json", "{}"});
  EXPECT_EQ(files.open_requests.size(), 1u);
  EXPECT_EQ(got, "a.json:{}");
}

}  // namespace
}  // namespace cloudgap
