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

TEST(FakeStorageTest, ListsKeysByPrefix) {
  FakeStorage s;
  s.Write("cloudgap/doc/a1", "x");
  s.Write("cloudgap/doc/a2", "y");
  s.Write("cloudgap/index", "z");
  EXPECT_EQ(s.Keys("cloudgap/doc/"),
            (std::vector<std::string>{"cloudgap/doc/a1", "cloudgap/doc/a2"}));
  s.available = false;
  EXPECT_TRUE(s.Keys("").empty());
}

TEST(FakeLinkSealerTest, DeliversLaterAndChecksThePassphrase) {
  FakeLinkSealer sealer;
  std::string sealed;
  sealer.Seal("doc", "pw", [&](const LinkSealer::Result& r) { sealed = r.bytes; });
  EXPECT_EQ(sealed, "");  // Not before the call returns.
  EXPECT_EQ(sealer.RunPending(), 1);
  LinkSealer::Status wrong = LinkSealer::Status::kOk;
  std::string opened;
  sealer.Unseal(sealed, true, "nope", [&](const LinkSealer::Result& r) { wrong = r.status; });
  sealer.Unseal(sealed, true, "pw", [&](const LinkSealer::Result& r) { opened = r.bytes; });
  sealer.RunPending();
  EXPECT_EQ(wrong, LinkSealer::Status::kRefused);
  EXPECT_EQ(opened, "doc");
}

}  // namespace
}  // namespace cloudgap
