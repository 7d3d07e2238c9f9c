#include "ui/app_ui.h"

#include <gtest/gtest.h>

#include "platform/fake_platform.h"
#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

class AppUiTest : public ::testing::Test {
 protected:
  void Frame() { ui_.Frame([this] { app_.Frame(); }); }
  bool Click(const std::string& label) { return ui_.Click(label, [this] { app_.Frame(); }); }

  HeadlessUi ui_{1280, 800};
  FakePlatform fake_;
  AppUi app_{fake_.platform};
};

TEST_F(AppUiTest, WelcomeOffersBothModes) {
  Frame();
  EXPECT_EQ(app_.screen(), Screen::kWelcome);
  EXPECT_NE(ui_.items().Find("Start quick scan"), nullptr);
  EXPECT_NE(ui_.items().Find("Start full assessment"), nullptr);
}

TEST_F(AppUiTest, StartingAScanOpensTheProfileAndAnnouncesIt) {
  Frame();
  ASSERT_TRUE(Click("Start quick scan"));
  EXPECT_EQ(app_.screen(), Screen::kProfile);
  ASSERT_FALSE(fake_.announcer.messages.empty());
  EXPECT_EQ(fake_.announcer.messages.back(), "Profile screen");
  Frame();
  ASSERT_TRUE(Click("Back to start"));
  EXPECT_EQ(app_.screen(), Screen::kWelcome);
}

TEST_F(AppUiTest, ClickingBesideAButtonDoesNothing) {
  Frame();
  EXPECT_FALSE(Click("No such button"));
  EXPECT_EQ(app_.screen(), Screen::kWelcome);
}

TEST_F(AppUiTest, PhoneWidthKeepsEveryWidgetOnScreen) {
  ui_.SetDisplaySize(360, 740);
  Frame();
  Frame();
  int labelled = 0;
  for (const ItemRecord& item : ui_.items().LastFrame()) {
    if (item.label.empty() || !item.visible) continue;
    ++labelled;
    EXPECT_GE(item.x, 0) << item.label;
    EXPECT_LE(item.x + item.w, 360.5f) << item.label;
  }
  EXPECT_GE(labelled, 2);
}

}  // namespace
}  // namespace cloudgap::ui
