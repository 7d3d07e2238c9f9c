#include "ui/item_registry.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

TEST(ItemRegistryTest, RecordsLabelledWidgetsOfTheLastFrameOnly) {
  HeadlessUi ui(800, 600);
  bool second = false;
  auto draw = [&] {
    ImGui::Begin("w");
    ImGui::Button(second ? "Second" : "First");
    ImGui::End();
  };
  ui.Frame(draw);
  EXPECT_NE(ui.items().Find("First"), nullptr);
  second = true;
  ui.Frame(draw);
  EXPECT_EQ(ui.items().Find("First"), nullptr);
  EXPECT_NE(ui.items().Find("Second"), nullptr);
}

TEST(ItemRegistryTest, JsonIsInCssPixelsAndSkipsHiddenItems) {
  HeadlessUi ui(400, 300, 2.0f);
  auto draw = [&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(800, 600));
    ImGui::Begin("w");
    ImGui::Button("Visible", ImVec2(100, 50));
    ImGui::SetCursorPosY(5000);  // Far below the window: clipped.
    ImGui::Button("Hidden");
    ImGui::End();
  };
  ui.Frame(draw);
  ui.Frame(draw);
  const auto items = nlohmann::json::parse(ui.items().LastFrameJson(2.0f));
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0]["label"], "Visible");
  EXPECT_FLOAT_EQ(items[0]["w"].get<float>(), 50.0f);
  EXPECT_FLOAT_EQ(items[0]["h"].get<float>(), 25.0f);
}

}  // namespace
}  // namespace cloudgap::ui
