#include "ui/hosting.h"

#include <gtest/gtest.h>

#include <string>

namespace cloudgap::ui {
namespace {

class HostingTest : public ::testing::Test {
 protected:
  ~HostingTest() override { SetHosting(Hosting{}); }  // Global state: leave it as found.
};

TEST_F(HostingTest, NoNoticeWhenTheBrowserKeepsWork) {
  EXPECT_EQ(KeepWorkNotice(), nullptr);
  SetHosting({/*single_file=*/true, /*file_origin=*/true, /*storage_available=*/true});
  EXPECT_EQ(KeepWorkNotice(), nullptr);
}

TEST_F(HostingTest, WithoutStorageTheNoticeSaysToExport) {
  SetHosting({/*single_file=*/true, /*file_origin=*/true, /*storage_available=*/false});
  ASSERT_NE(KeepWorkNotice(), nullptr);
  EXPECT_NE(std::string(KeepWorkNotice()).find("opened from a file"), std::string::npos);
  EXPECT_NE(std::string(KeepWorkNotice()).find("Export"), std::string::npos);
  SetHosting({/*single_file=*/false, /*file_origin=*/false, /*storage_available=*/false});
  EXPECT_NE(std::string(KeepWorkNotice()).find("Export"), std::string::npos);
}

}  // namespace
}  // namespace cloudgap::ui
