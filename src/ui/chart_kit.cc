#include "ui/chart_kit.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>

#include "core/text/message_format.h"
#include "core/text/score_format.h"
#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// UTF-8, in the subset of Inter that fonts.cc loads.
constexpr char kEllipsis[] = "\xE2\x80\xA6";  // Cut-off labels.

void TargetLines(const std::optional<double>& value, double target) {
  if (target < 0) return;
  const double shown_target = ShownScore(target);
  ImGui::TextUnformatted(Tr("Target: {target}", {{"target", WholeNumber(shown_target)}}).c_str());
  if (!value) return;
  const double below = shown_target - ShownScore(*value);
  if (below > 0) {
    ImGui::TextUnformatted(Tr("{points} below target", {{"points", WholeNumber(below)}}).c_str());
  } else {
    ImGui::TextUnformatted(Tr("Meets the target"));
  }
}

}  // namespace

ImVec4 WithAlpha(ImVec4 c, float alpha) {
  c.w *= alpha;
  return c;
}

// Through the style, so charts fade with ImGui's global alpha like other widgets.
ImU32 U32(const ImVec4& c) {
  return ImGui::GetColorU32(c);
}

// GetFonts() is empty until LoadFonts(); fall back to ImGui's font then.
ImFont* BodyFont() {
  return GetFonts().body ? GetFonts().body : ImGui::GetFont();
}
ImFont* StrongFont() {
  return GetFonts().strong ? GetFonts().strong : ImGui::GetFont();
}
ImFont* TitleFont() {
  return GetFonts().title ? GetFonts().title : ImGui::GetFont();
}

float ToFloat(double value) {
  return static_cast<float>(value);
}

float TextWidth(ImFont* font, float size, const char* text, const char* end) {
  return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text, end).x;
}

// Draws `text` at `pos`, cut with an ellipsis to fit `max_width`. Measures and
// clips in place, without copying the string.
void DrawClippedText(ImDrawList* draw_list, ImFont* font, float size, const ImVec2& pos,
                     ImU32 color, const char* text, float max_width) {
  const char* end = text + std::strlen(text);
  if (TextWidth(font, size, text, end) <= max_width) {
    draw_list->AddText(font, size, pos, color, text, end);
    return;
  }
  const float ellipsis_width = TextWidth(font, size, kEllipsis);
  const char* cut = text;
  font->CalcTextSizeA(size, std::max(0.0f, max_width - ellipsis_width), 0.0f, text, end, &cut);
  while (cut > text && cut[-1] == ' ') --cut;
  draw_list->AddText(font, size, pos, color, text, cut);
  if (ellipsis_width <= max_width) {
    const float cut_width = TextWidth(font, size, text, cut);
    draw_list->AddText(font, size, ImVec2(pos.x + cut_width, pos.y), color, kEllipsis);
  }
}

// Diagonal hatching inside `rect`: the "no value" texture, distinguishable
// from an empty track without relying on colour.
void DrawHatch(ImDrawList* draw_list, const ImRect& rect, ImU32 color, float spacing,
               float thickness) {
  spacing = std::max(spacing, 2.0f);
  const float height = rect.GetHeight();
  draw_list->PushClipRect(rect.Min, rect.Max, true);
  for (float x = rect.Min.x - height; x < rect.Max.x; x += spacing) {
    draw_list->AddLine(ImVec2(x, rect.Max.y), ImVec2(x + height, rect.Min.y), color, thickness);
  }
  draw_list->PopClipRect();
}

void DrawDashedLine(ImDrawList* draw_list, const ImVec2& a, const ImVec2& b, ImU32 color,
                    float dash, float gap, float thickness) {
  const ImVec2 delta = b - a;
  const float length = std::sqrt(ImLengthSqr(delta));
  if (length <= 0.0f) return;
  const ImVec2 step = delta / length;
  const float period = std::max(dash + gap, 1.0f);
  for (float t = 0.0f; t < length; t += period) {
    draw_list->AddLine(a + step * t, a + step * std::min(t + dash, length), color, thickness);
  }
}

// Tooltips are tighter than the theme's roomy windows, and wrap so that a long
// label stays on a phone's screen.
void BeginChartTooltip() {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(Px(12), Px(10)));
  ImGui::BeginTooltip();
  ImGui::PopStyleVar();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(Px(8), Px(4)));
  ImGui::PushTextWrapPos(Px(300));
}

void EndChartTooltip() {
  ImGui::PopTextWrapPos();
  ImGui::PopStyleVar();
  ImGui::EndTooltip();
}

void TooltipTitle(const char* text) {
  ImGui::PushFont(StrongFont());
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

// Reserves the chart's rectangle as one focusable ImGui item labelled `id`.
ChartItem AddChartItem(const char* id, const ImVec2& size) {
  ImGuiContext& g = *GImGui;
  ChartItem item;
  const bool pressed = ImGui::InvisibleButton(id, size);
  // Unlike labelled widgets, InvisibleButton reports its rectangle to the test
  // engine but not its label.
  IMGUI_TEST_ENGINE_ITEM_INFO(g.LastItemData.ID, id, g.LastItemData.StatusFlags);
  // Read out through its parts (RecordPart), not as a button named by its id.
  DescribeLastItem(SemanticRole::kChart, false);
  item.bb = g.LastItemData.Rect;
  item.visible = ImGui::IsItemVisible();
  // While the keyboard drives navigation, IsItemHovered() means "focused" and
  // the mouse position is stale: per-bar hover and clicks follow the mouse only.
  const bool keyboard = g.NavDisableMouseHover;
  item.hovered = !keyboard && ImGui::IsItemHovered();
  item.clicked = !keyboard && pressed;
  item.keyboard_focus = keyboard && ImGui::IsItemFocused();
  item.mouse = ImGui::GetIO().MousePos;
  if (item.visible) ImGui::RenderNavHighlight(item.bb, g.LastItemData.ID);
  return item;
}

// Cells are joined by kCellSeparator in a record's value (ui/semantics.h).
void DescribeChartTable(const ChartTable& table, std::initializer_list<const char*> columns) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGuiContext& g = *GImGui;
  auto* registry = static_cast<ItemRegistry*>(g.TestEngine);
  if (registry == nullptr) return;
  if (ItemRecord* record = registry->LastItem(g.LastItemData.ID)) {
    record->name = table.name;
    record->value = table.rows;
    for (const char* column : columns) (record->value += kCellSeparator) += column;
  }
#else
  (void)table;
  (void)columns;
#endif
}

// Records a part of a chart (a bar, a cell) with the item registry as
// "<chart>/<part>". Not an ImGui item: no layout, hover or focus of its own.
bool RecordPart(const char* chart_id, const char* part, const ImRect& bb, const char* name,
                std::initializer_list<const char*> cells) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
  ImGuiContext& g = *GImGui;
  if (!g.TestEngineHookItems) return false;
  char label[256];
  ImFormatString(label, sizeof(label), "%s/%s", chart_id, part);
  const ImGuiID id = g.CurrentWindow->GetIDNoKeepAlive(label);
  ImGuiTestEngineHook_ItemAdd(&g, bb, id);
  ImGuiTestEngineHook_ItemInfo(&g, id, label, ImGuiItemStatusFlags_None);
  if (auto* registry = static_cast<ItemRegistry*>(g.TestEngine)) {
    if (ItemRecord* record = registry->LastItem(id)) {
      record->role = SemanticRole::kChartPart;
      record->name = name;  // The first cell.
      for (const char* const& cell : cells) {
        if (&cell != cells.begin()) record->value += kCellSeparator;
        record->value += cell;
      }
    }
  }
  return g.NavActivateId == id;
#else
  (void)chart_id;
  (void)part;
  (void)bb;
  (void)name;
  (void)cells;
  return false;
#endif
}

std::string SpokenScore(const std::string& name, const std::optional<double>& score) {
  if (!score) return Tr("{name}: not scored", {{"name", name}});
  return Tr("{name}: {score} / 100", {{"name", name}, {"score", WholeNumber(ShownScore(*score))}});
}

void ScoreLine(const std::optional<double>& value) {
  if (value) {
    ImGui::TextUnformatted(
        Tr("Score: {score} / 100", {{"score", WholeNumber(ShownScore(*value))}}).c_str());
  } else {
    ImGui::TextUnformatted(Tr("Not scored yet"));
  }
}

std::string WholeNumber(double value) {
  return FormatNumber(value, 0, UiMessages().language());
}

// The tooltip of one scored thing: its name, score and distance to `target` (< 0: none).
void ScoreTooltip(const char* label, const std::optional<double>& value, double target) {
  BeginChartTooltip();
  TooltipTitle(label);
  ScoreLine(value);
  TargetLines(value, target);
  EndChartTooltip();
}

}  // namespace cloudgap::ui
