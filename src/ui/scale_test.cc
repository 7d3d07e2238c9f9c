// The UI with a generated catalog of 2,000 controls: the long lists (the
// questionnaire's navigator, the roadmap's cards, the results' heatmap) submit
// only what is on screen, so a frame costs what a screenful does, and every row
// can still be reached by scrolling.
#include <gtest/gtest.h>
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/testing/synthetic_catalog.h"
#include "platform/fake_platform.h"
#include "ui/app_ui.h"
#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

class ScaleTest : public ::testing::Test {
 protected:
  void Frame() {
    ui_.Frame([this] { app_.Frame(); });
  }
  bool Click(const std::string& label) {
    return ui_.Click(label, [this] { app_.Frame(); });
  }

  // Widgets of the last frame whose label contains `marker`, drawn or not.
  size_t Submitted(const std::string& marker) const {
    size_t n = 0;
    for (const ItemRecord& item : ui_.items().LastFrame()) {
      if (item.label.find(marker) != std::string::npos) ++n;
    }
    return n;
  }
  const ItemRecord* Visible(const std::string& label) const { return ui_.items().Find(label); }

  // Turns the mouse wheel over (x, y) until nothing moves any more.
  void ScrollToEnd(float x, float y) {
    ImGui::GetIO().MousePos = ImVec2(x, y);
    for (int i = 0; i < 400; ++i) {
      ImGui::GetIO().MouseWheel = -50.0f;
      Frame();
    }
    Frame();
  }

  Catalog catalog_ = MakeSyntheticCatalog({2000, 42, 3, 50});
  HeadlessUi ui_{1280, 2000};  // Tall for the clicks that start; 800 high to measure.
  FakePlatform fake_;
  AppUi app_{fake_.platform, catalog_};
};

TEST_F(ScaleTest, NavigatorDrawsOnlyTheRowsOnScreenAndReachesTheLast) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_TRUE(Click("Continue to the questions"));
  const size_t scoped = app_.session().scoped_controls().size();
  ASSERT_GT(scoped, 1000u);
  ui_.SetDisplaySize(1280, 800);
  Frame();
  Frame();
  const size_t rows = Submitted("##navS.");
  EXPECT_GT(rows, 5u);
  EXPECT_LT(rows, 60u) << "of " << scoped << " controls";

  const auto row = [&](size_t position) {
    const Control& c = catalog_.controls[app_.session().scoped_controls()[position]];
    return c.label + "  " + c.title + "##nav" + c.id;
  };
  const ItemRecord* first = Visible(row(0));
  ASSERT_NE(first, nullptr);
  ScrollToEnd(first->x + 10, first->y + 10);
  EXPECT_NE(Visible(row(scoped - 1)), nullptr);
  EXPECT_LT(Submitted("##navS."), 60u);
  ASSERT_TRUE(Click(row(scoped - 1)));
  EXPECT_EQ(app_.current_control(), scoped - 1);
}

TEST_F(ScaleTest, RoadmapDrawsOnlyTheCardsOnScreen) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  ASSERT_TRUE(Click("Roadmap"));
  const size_t items = app_.session().roadmap().items.size();
  ASSERT_GT(items, 300u);
  ui_.SetDisplaySize(1280, 800);
  Frame();
  Frame();
  const size_t cards = Submitted("Actions");  // Each card has one "Actions" tree node.
  EXPECT_GT(cards, 0u);
  EXPECT_LT(cards, 60u) << "of " << items << " roadmap items";
}

TEST_F(ScaleTest, HeatmapDrawsOnlyTheCellsOnScreenAndReachesTheLast) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  const std::vector<size_t>& scoped = app_.session().scoped_controls();
  ASSERT_GT(scoped.size(), 1000u);
  ui_.SetDisplaySize(1280, 800);
  Frame();
  const std::string last = "chart:heatmap/" + catalog_.controls[scoped.back()].id;
  size_t most_cells = 0;
  bool reached_cells = false;
  ImGui::GetIO().MousePos = ImVec2(640, 400);
  for (int i = 0; i < 400 && Submitted(last) == 0; ++i) {
    ImGui::GetIO().MouseWheel = -5.0f;
    Frame();
    const size_t cells = Submitted("chart:heatmap/");
    reached_cells = reached_cells || cells > 0;
    most_cells = std::max(most_cells, cells);
  }
  EXPECT_TRUE(reached_cells);
  EXPECT_EQ(Submitted(last), 1u) << "the last control's cell, scrolled to";
  // A screenful of 30 px cells at 1280 x 800 is a few hundred.
  EXPECT_LT(most_cells, 600u) << "of " << scoped.size() << " cells";
}

}  // namespace
}  // namespace cloudgap::ui
