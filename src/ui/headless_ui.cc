#include "ui/headless_ui.h"

#include <imgui.h>

#include "ui/fonts.h"
#include "ui/theme.h"

namespace cloudgap::ui {

HeadlessUi::HeadlessUi(float width, float height, float scale)
    : context_(ImGui::CreateContext()), width_(width), height_(height), scale_(scale) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // No real keyboard: key i of ImGuiKey_ is simulated as KeysDown[i] (see PressKey).
  for (int key = 0; key < ImGuiKey_COUNT; ++key) io.KeyMap[key] = key;
  LoadFonts(scale);
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  ApplyTheme(ThemeMode::kLight, scale);
  registry_.Enable(context_);
}

HeadlessUi::~HeadlessUi() {
  ImGui::DestroyContext(context_);
}

void HeadlessUi::SetDisplaySize(float width, float height) {
  width_ = width;
  height_ = height;
}

void HeadlessUi::Frame(const std::function<void()>& draw) {
  ImGui::SetCurrentContext(context_);
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(width_ * scale_, height_ * scale_);
  io.DeltaTime = 1.0f / 60.0f;
  registry_.BeginFrame();
  ImGui::NewFrame();
  draw();
  ImGui::Render();
  registry_.EndFrame();
}

bool HeadlessUi::Click(const std::string& label, const std::function<void()>& draw) {
  const ItemRecord* item = registry_.Find(label);
  if (item == nullptr) return false;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(item->x + item->w * 0.5f, item->y + item->h * 0.5f);
  Frame(draw);  // Hover first: ImGui needs the position before the press.
  io.MouseDown[0] = true;
  Frame(draw);
  io.MouseDown[0] = false;
  Frame(draw);
  Frame(draw);  // What the click changed is drawn, and recorded, one frame later.
  return true;
}

void HeadlessUi::PressKey(int imgui_key, const std::function<void()>& draw) {
  ImGuiIO& io = ImGui::GetIO();
  io.KeysDown[imgui_key] = true;
  Frame(draw);
  io.KeysDown[imgui_key] = false;
  Frame(draw);
}

}  // namespace cloudgap::ui
