#include "ui/app_ui.h"

#include <imgui.h>

#include "ui/theme.h"

namespace cloudgap::ui {

const char* ScreenName(Screen screen) {
  switch (screen) {
    case Screen::kWelcome: return "welcome";
    case Screen::kProfile: return "profile";
  }
  return "";
}

AppUi::AppUi(Platform& platform) : platform_(platform) {}

void AppUi::Frame() {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->WorkPos);
  ImGui::SetNextWindowSize(viewport->WorkSize);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                 ImGuiWindowFlags_NoSavedSettings |
                                 ImGuiWindowFlags_NoBringToFrontOnFocus;
  // Narrow screens get less side padding so text keeps a readable measure.
  const float pad = viewport->WorkSize.x < Px(600) ? Px(16) : Px(32);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, Px(28)));
  ImGui::Begin("CloudGap", nullptr, flags);
  ImGui::PopStyleVar();
  switch (screen_) {
    case Screen::kWelcome: DrawWelcome(); break;
    case Screen::kProfile: DrawProfile(); break;
  }
  ImGui::End();
}

std::string AppUi::DocumentJson() const { return "{}"; }

void AppUi::Navigate(Screen to) {
  screen_ = to;
  ImGui::SetScrollY(0);
  platform_.announcer.Announce(to == Screen::kWelcome ? "Welcome screen" : "Profile screen");
}

}  // namespace cloudgap::ui
