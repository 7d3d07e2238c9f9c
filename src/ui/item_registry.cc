#include "ui/item_registry.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <nlohmann/json.hpp>

namespace cloudgap::ui {

void ItemRegistry::Enable(ImGuiContext* context) {
  context_ = context;
  context->TestEngine = this;
  context->TestEngineHookItems = true;
}

void ItemRegistry::BeginFrame() {
  current_.clear();
}

void ItemRegistry::EndFrame() {
  if (context_ == nullptr) return;
  const ImGuiID nav_id = context_->NavId;
  for (ItemRecord& r : current_) r.focused = nav_id != 0 && r.id == nav_id;
  last_.swap(current_);
}

std::string ItemRegistry::LastFrameJson(float pixels_per_unit) const {
  const float k = pixels_per_unit > 0 ? 1.0f / pixels_per_unit : 1.0f;
  nlohmann::json items = nlohmann::json::array();
  for (const ItemRecord& r : last_) {
    if (r.label.empty() || !r.visible) continue;
    nlohmann::json item = {
        {"label", r.label}, {"x", r.x * k}, {"y", r.y * k}, {"w", r.w * k}, {"h", r.h * k}};
    if (r.focused) item["focused"] = true;
    items.push_back(std::move(item));
  }
  return items.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

const ItemRecord* ItemRegistry::Find(const std::string& label) const {
  for (const ItemRecord& r : last_) {
    if (r.visible && r.label == label) return &r;
  }
  return nullptr;
}

void ItemRegistry::OnItemAdd(unsigned id, float x0, float y0, float x1, float y1, bool visible) {
  current_.push_back({id, "", x0, y0, x1 - x0, y1 - y0, visible});
}

void ItemRegistry::OnItemInfo(unsigned id, const char* label) {
  // ItemInfo follows ItemAdd of the same widget, so the match is near the end.
  for (auto it = current_.rbegin(); it != current_.rend(); ++it) {
    if (it->id == id) {
      it->label = label ? label : "";
      return;
    }
  }
}

}  // namespace cloudgap::ui

// ImGui's test-engine hooks (imgui_internal.h). They reach the registry through
// ImGuiContext::TestEngine, which only ItemRegistry::Enable sets.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  auto* registry = static_cast<cloudgap::ui::ItemRegistry*>(ctx->TestEngine);
  if (registry == nullptr || id == 0) return;
  const ImGuiWindow* window = ctx->CurrentWindow;
  const bool visible = window != nullptr && window->ClipRect.Overlaps(bb) && bb.GetArea() > 0;
  registry->OnItemAdd(id, bb.Min.x, bb.Min.y, bb.Max.x, bb.Max.y, visible);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags /*flags*/) {
  auto* registry = static_cast<cloudgap::ui::ItemRegistry*>(ctx->TestEngine);
  if (registry != nullptr) registry->OnItemInfo(id, label);
}

void ImGuiTestEngineHook_Log(ImGuiContext* /*ctx*/, const char* /*fmt*/, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext* /*ctx*/, ImGuiID /*id*/) {
  return nullptr;
}
