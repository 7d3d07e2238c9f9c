#include "ui/hosting.h"

#include <gtest/gtest.h>

#include <string>

#include "platform/fake_platform.h"

namespace cloudgap::ui {
namespace {

class HostingTest : public ::testing::Test {
 protected:
  ~HostingTest() override { SetHosting(Hosting{}); }  // Global state: leave it as found.
};

TEST_F(HostingTest, NoNoticeWhenTheBrowserKeepsWork) {
  EXPECT_EQ(KeepWorkNotice(), nullptr);
  FakeStorage storage;
  SetHosting({/*single_file=*/true, /*file_origin=*/true, &storage});
  EXPECT_EQ(KeepWorkNotice(), nullptr);
}

TEST_F(HostingTest, WithoutStorageTheNoticeSaysToExport) {
  FakeStorage storage;
  storage.available = false;
  SetHosting({/*single_file=*/true, /*file_origin=*/true, &storage});
  ASSERT_NE(KeepWorkNotice(), nullptr);
  EXPECT_NE(std::string(KeepWorkNotice()).find("opened from a file"), std::string::npos);
  EXPECT_NE(std::string(KeepWorkNotice()).find("Export"), std::string::npos);
  SetHosting({/*single_file=*/false, /*file_origin=*/false, &storage});
  EXPECT_NE(std::string(KeepWorkNotice()).find("Export"), std::string::npos);
  EXPECT_EQ(std::string(KeepWorkNotice()).find("opened from a file"), std::string::npos);
}

// The notice asks the storage the app keeps work in, so the two never disagree.
TEST_F(HostingTest, TheNoticeFollowsTheStoragesOwnAnswer) {
  FakeStorage storage;
  SetHosting({/*single_file=*/false, /*file_origin=*/false, &storage});
  EXPECT_EQ(KeepWorkNotice(), nullptr);
  storage.available = false;
  EXPECT_NE(KeepWorkNotice(), nullptr);
}

}  // namespace
}  // namespace cloudgap::ui
