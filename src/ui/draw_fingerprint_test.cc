#include "ui/draw_fingerprint.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <string>

#include "ui/headless_ui.h"

namespace cloudgap::ui {
namespace {

const ImVec4 kWhite(1, 1, 1, 1);

uint64_t Draw(HeadlessUi& ui, const std::function<void()>& draw, const ImVec4& clear = kWhite) {
  ui.Frame(draw);
  return DrawFingerprint(*ImGui::GetDrawData(), clear);
}

TEST(DrawFingerprintTest, TheSameFrameTwiceHasTheSameFingerprint) {
  HeadlessUi ui(800, 600);
  auto draw = [] {
    ImGui::SetNextWindowPos(ImVec2(10, 10));
    ImGui::Begin("w", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
    ImGui::TextUnformatted("Readiness: developing");
    ImGui::Button("Continue");
    ImGui::End();
  };
  Draw(ui, draw);  // Auto-resized windows settle over the first frames.
  Draw(ui, draw);
  EXPECT_EQ(Draw(ui, draw), Draw(ui, draw));
}

TEST(DrawFingerprintTest, AnyVisibleChangeChangesIt) {
  HeadlessUi ui(800, 600);
  std::string text = "Readiness: developing";
  ImVec2 pos(10, 10);
  ImVec4 color(0.2f, 0.3f, 0.4f, 1.0f);
  float clip = 300;
  auto draw = [&] {
    ImGui::SetNextWindowPos(pos);
    ImGui::SetNextWindowSize(ImVec2(400, 300));
    ImGui::Begin("w");
    ImGui::PushClipRect(ImVec2(0, 0), ImVec2(clip, 600), false);
    ImGui::TextColored(color, "%s", text.c_str());
    ImGui::PopClipRect();
    ImGui::End();
  };
  for (int i = 0; i < 3; ++i) Draw(ui, draw);
  const uint64_t base = Draw(ui, draw);
  ASSERT_EQ(Draw(ui, draw), base);

  text = "Readiness: developinh";  // One glyph.
  EXPECT_NE(Draw(ui, draw), base);
  text = "Readiness: developing";
  ASSERT_EQ(Draw(ui, draw), base);

  color.w = 0.99f;  // One colour.
  EXPECT_NE(Draw(ui, draw), base);
  color.w = 1.0f;

  clip = 299;  // Only the clip rectangle.
  EXPECT_NE(Draw(ui, draw), base);
  clip = 300;

  pos.x = 11;  // One pixel across.
  EXPECT_NE(Draw(ui, draw), base);
  pos.x = 10;
  ASSERT_EQ(Draw(ui, draw), base);

  EXPECT_NE(Draw(ui, draw, ImVec4(0, 0, 0, 1)), base);  // The background.
  ui.SetDisplaySize(801, 600);
  EXPECT_NE(Draw(ui, draw), base);  // The display.
}

}  // namespace
}  // namespace cloudgap::ui
