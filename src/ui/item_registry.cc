#include "ui/item_registry.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "ui/tr.h"

namespace cloudgap::ui {

bool IsWidget(SemanticRole role) {
  return role <= SemanticRole::kTextField;
}

bool IsFindable(SemanticRole role) {
  return role <= SemanticRole::kChart;
}

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
  ImGuiWindow* modal = ImGui::GetTopMostPopupModal();
  for (ItemRecord& r : current_) {
    r.focused = nav_id != 0 && r.id == nav_id;
    if (modal != nullptr) {
      ImGuiWindow* window = ImGui::FindWindowByID(r.window);
      r.behind_modal = window == nullptr || !ImGui::IsWindowChildOf(window, modal, true);
    }
  }
  AddScrollButtons();
  last_.swap(current_);
}

// Scrolling windows are found among ImGui's windows of this frame; each gets
// its buttons next to its own first and last item.
void ItemRegistry::AddScrollButtons() {
  for (ImGuiWindow* window : context_->Windows) {
    if (!window->Active || window->Hidden || window->ScrollMax.y <= 0) continue;
    size_t first = current_.size(), last = 0;
    for (size_t i = 0; i < current_.size(); ++i) {
      if (current_[i].window != window->ID) continue;
      first = std::min(first, i);
      last = i;
    }
    if (first == current_.size()) continue;
    const ImRect& r = window->InnerRect;
    const float line = std::min(r.GetHeight(), ImGui::GetFrameHeight());
    const bool behind = current_[first].behind_modal;
    auto make = [&](SemanticRole role, const char* name, float y) {
      ItemRecord button;
      button.id = ImHashStr(name, 0, window->ID);
      button.window = window->ID;
      button.label = name;
      button.role = role;
      button.x = r.Min.x;
      button.y = y;
      button.w = r.GetWidth();
      button.h = line;
      button.visible = true;
      button.behind_modal = behind;
      return button;
    };
    if (window->Scroll.y < window->ScrollMax.y - 0.5f) {
      current_.insert(current_.begin() + static_cast<long>(last) + 1,
                      make(SemanticRole::kScrollDown, Tr("Scroll down"), r.Max.y - line));
    }
    if (window->Scroll.y > 0.5f) {
      current_.insert(current_.begin() + static_cast<long>(first),
                      make(SemanticRole::kScrollUp, Tr("Scroll up"), r.Min.y));
    }
  }
}

std::string ItemRegistry::LastFrameJson(float pixels_per_unit) const {
  const float k = pixels_per_unit > 0 ? 1.0f / pixels_per_unit : 1.0f;
  nlohmann::json items = nlohmann::json::array();
  for (const ItemRecord& r : last_) {
    if (r.label.empty() || !r.visible || !IsFindable(r.role)) continue;
    nlohmann::json item = {
        {"label", r.label}, {"x", r.x * k}, {"y", r.y * k}, {"w", r.w * k}, {"h", r.h * k}};
    if (r.focused) item["focused"] = true;
    items.push_back(std::move(item));
  }
  return items.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

const ItemRecord* ItemRegistry::Find(const std::string& label) const {
  for (const ItemRecord& r : last_) {
    if (r.visible && IsFindable(r.role) && r.label == label) return &r;
  }
  return nullptr;
}

void ItemRegistry::OnItemAdd(unsigned id, unsigned window, float x0, float y0, float x1, float y1,
                             bool visible) {
  ItemRecord& r = current_.emplace_back();
  r.id = id;
  r.window = window;
  r.x = x0;
  r.y = y0;
  r.w = x1 - x0;
  r.h = y1 - y0;
  r.visible = visible;
}

ItemRecord* ItemRegistry::LastItem(unsigned id) {
  // ItemInfo follows ItemAdd of the same widget, so the match is near the end.
  for (auto it = current_.rbegin(); it != current_.rend(); ++it) {
    if (it->id == id) return &*it;
  }
  return nullptr;
}

void ItemRegistry::OnItemInfo(unsigned id, const char* label, SemanticRole role, int checked,
                              int expanded) {
  if (ItemRecord* r = LastItem(id)) {
    r->label = label ? label : "";
    r->role = role;
    r->checked = static_cast<signed char>(checked);
    r->expanded = static_cast<signed char>(expanded);
  }
}

void ItemRegistry::AddText(SemanticRole role, const char* text, float x0, float y0, float x1,
                           float y1, bool visible) {
  const ImGuiWindow* window = context_->CurrentWindow;
  // Text has no ImGui id; one from the words and the window keeps its element
  // in the page's mirror the same while it scrolls. The same words twice in a
  // window get a different id each.
  unsigned id = ImHashStr(text, 0, window != nullptr ? window->ID : 0);
  for (const ItemRecord& r : current_) {
    if (r.id == id) id = ImHashData(&id, sizeof id, id);
  }
  OnItemAdd(id, window != nullptr ? window->ID : 0, x0, y0, x1, y1, visible);
  current_.back().label = text;
  current_.back().role = role;
}

namespace {

ItemRegistry* EnabledRegistry() {
  ImGuiContext* g = ImGui::GetCurrentContext();
  return g != nullptr ? static_cast<ItemRegistry*>(g->TestEngine) : nullptr;
}

ItemRecord* LastItemRecord() {
  ItemRegistry* registry = EnabledRegistry();
  return registry != nullptr ? registry->LastItem(ImGui::GetItemID()) : nullptr;
}

}  // namespace

void DescribeLastItem(SemanticRole role, bool checked) {
  if (ItemRecord* r = LastItemRecord()) {
    r->role = role;
    const bool has_state = role == SemanticRole::kCheckbox || role == SemanticRole::kRadio ||
                           role == SemanticRole::kTab;
    r->checked = has_state ? (checked ? 1 : 0) : -1;
  }
}

void NameLastItem(const std::string& name) {
  if (ItemRecord* r = LastItemRecord()) r->name = name;
}

void DescribeLastItemValue(const char* value) {
  if (ItemRecord* r = LastItemRecord()) r->value = value;
}

void BeginSemanticGroup(const std::string& name) {
  if (ItemRegistry* registry = EnabledRegistry()) {
    registry->AddText(SemanticRole::kGroup, name.c_str(), 0, 0, 0, 0, true);
  }
}

void EndSemanticGroup() {
  if (ItemRegistry* registry = EnabledRegistry()) {
    registry->AddText(SemanticRole::kGroupEnd, "", 0, 0, 0, 0, true);
  }
}

void DescribeLastText(SemanticRole role, const char* text) {
  ItemRegistry* registry = EnabledRegistry();
  if (registry == nullptr || text == nullptr || *text == '\0') return;
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  const bool visible = window->ClipRect.Overlaps(ImRect(min, max)) && max.y > min.y;
  registry->AddText(role, text, min.x, min.y, max.x, max.y, visible);
}

}  // namespace cloudgap::ui

// ImGui's test-engine hooks (imgui_internal.h). They reach the registry through
// ImGuiContext::TestEngine, which only ItemRegistry::Enable sets.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
  auto* registry = static_cast<cloudgap::ui::ItemRegistry*>(ctx->TestEngine);
  if (registry == nullptr || id == 0) return;
  const ImGuiWindow* window = ctx->CurrentWindow;
  const bool visible = window != nullptr && window->ClipRect.Overlaps(bb) && bb.GetArea() > 0;
  registry->OnItemAdd(id, window != nullptr ? window->ID : 0, bb.Min.x, bb.Min.y, bb.Max.x,
                      bb.Max.y, visible);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
  using cloudgap::ui::SemanticRole;
  auto* registry = static_cast<cloudgap::ui::ItemRegistry*>(ctx->TestEngine);
  if (registry == nullptr) return;
  SemanticRole role = SemanticRole::kButton;
  int checked = -1, expanded = -1;
  if (ctx->LastItemData.InFlags & ImGuiItemFlags_Inputable) {
    role = SemanticRole::kTextField;
  } else if (flags & ImGuiItemStatusFlags_Checkable) {
    role = SemanticRole::kCheckbox;
    checked = (flags & ImGuiItemStatusFlags_Checked) ? 1 : 0;
  } else if (flags & ImGuiItemStatusFlags_Openable) {
    role = SemanticRole::kDisclosure;
    expanded = (flags & ImGuiItemStatusFlags_Opened) ? 1 : 0;
  }
  registry->OnItemInfo(id, label, role, checked, expanded);
}

void ImGuiTestEngineHook_Log(ImGuiContext* /*ctx*/, const char* /*fmt*/, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext* /*ctx*/, ImGuiID /*id*/) {
  return nullptr;
}
