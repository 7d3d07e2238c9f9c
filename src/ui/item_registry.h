// Records every widget ImGui submitted in the last frame: its label and its
// rectangle in framebuffer pixels. Fed by ImGui's test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE), it lets browser tests and native UI tests find
// widgets by label instead of by pixel position.
//
// Recording costs a little per widget, so it is off until Enable() is called
// (the web app does so only with ?test=1). The shipped binary is the tested one.
#ifndef CLOUDGAP_UI_ITEM_REGISTRY_H_
#define CLOUDGAP_UI_ITEM_REGISTRY_H_

#include <string>
#include <vector>

struct ImGuiContext;

namespace cloudgap::ui {

struct ItemRecord {
  unsigned id = 0;
  std::string label;                 // As passed to the widget, "##" suffix included.
  float x = 0, y = 0, w = 0, h = 0;  // Full rectangle, framebuffer pixels.
  bool visible = false;              // Overlaps its window's clip rectangle.
  bool focused = false;              // Has keyboard-navigation focus.
};

class ItemRegistry {
 public:
  // Starts recording for `context`; one registry per context.
  void Enable(ImGuiContext* context);
  bool enabled() const { return context_ != nullptr; }

  // Bracket each frame: BeginFrame() right before ImGui::NewFrame(), EndFrame()
  // after ImGui::Render(); EndFrame() publishes the frame as LastFrame().
  void BeginFrame();
  void EndFrame();
  const std::vector<ItemRecord>& LastFrame() const { return last_; }

  // Labelled, visible widgets of the last frame as a JSON array of
  // {label, x, y, w, h}, plus "focused": true on the one with keyboard focus;
  // coordinates divided by `pixels_per_unit` (DPR for CSS px).
  std::string LastFrameJson(float pixels_per_unit) const;

  // The first visible item of the last frame with this label, or nullptr.
  const ItemRecord* Find(const std::string& label) const;

  // Called from the hooks.
  void OnItemAdd(unsigned id, float x0, float y0, float x1, float y1, bool visible);
  void OnItemInfo(unsigned id, const char* label);

 private:
  ImGuiContext* context_ = nullptr;
  std::vector<ItemRecord> current_;
  std::vector<ItemRecord> last_;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_ITEM_REGISTRY_H_
