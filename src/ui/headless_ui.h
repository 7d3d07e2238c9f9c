// Runs ImGui frames with no window and no renderer, for native UI tests: the
// pattern of ImGui's example_null plus the item registry to find widgets by
// label and a simulated mouse to click them.
#ifndef CLOUDGAP_UI_HEADLESS_UI_H_
#define CLOUDGAP_UI_HEADLESS_UI_H_

#include <functional>
#include <string>

#include "ui/item_registry.h"

struct ImGuiContext;

namespace cloudgap::ui {

class HeadlessUi {
 public:
  // A display of width x height CSS pixels at `scale` pixels per CSS pixel.
  HeadlessUi(float width, float height, float scale = 1.0f);
  ~HeadlessUi();
  HeadlessUi(const HeadlessUi&) = delete;
  HeadlessUi& operator=(const HeadlessUi&) = delete;

  void SetDisplaySize(float width, float height);

  // Runs one frame that draws `draw`.
  void Frame(const std::function<void()>& draw);

  // Moves the mouse onto the widget labelled `label`, presses and releases it,
  // and draws one more frame so items() shows the result, over four frames. Returns false (and
  // clicks nothing) if no such widget was visible in the last frame.
  bool Click(const std::string& label, const std::function<void()>& draw);

  // Presses and releases an ImGuiKey_ (e.g. ImGuiKey_Tab) over two frames.
  void PressKey(int imgui_key, const std::function<void()>& draw);

  const ItemRegistry& items() const { return registry_; }
  float width() const { return width_; }
  float height() const { return height_; }

 private:
  ImGuiContext* context_;
  ItemRegistry registry_;
  float width_, height_, scale_;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_HEADLESS_UI_H_
