// The chart colours, ScoreRing and ProgressBar (charts.h); each larger chart
// has a file of its own (chart_kit.h).
#include "ui/charts.h"

#include <algorithm>
#include <cmath>

#include "core/text/score_format.h"
#include "ui/chart_kit.h"
#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

ImU32 ScoreColor(double score) {
  const Palette& p = CurrentPalette();
  if (!(score >= 0)) score = 0;  // Also catches NaN.
  // Subtle: mixes of orange and green turn muddy, and the band's own colour
  // must stay dominant.
  constexpr float kMaxBlend = 0.15f;
  ImVec4 color;
  if (score < kScoreWarnFrom) {
    color = Mix(p.bad, p.warn, kMaxBlend * ToFloat(score / kScoreWarnFrom));
  } else if (score < kScoreGoodFrom) {
    const double t = (score - kScoreWarnFrom) / (kScoreGoodFrom - kScoreWarnFrom);
    color = Mix(p.warn, p.good, kMaxBlend * ToFloat(t));
  } else {
    color = p.good;
  }
  return ImGui::ColorConvertFloat4ToU32(color);
}

ImU32 GapColor(int gap) {
  const Palette& p = CurrentPalette();
  const ImVec4& color = gap <= 0 ? p.good : gap == 1 ? p.warn : p.bad;
  return ImGui::ColorConvertFloat4ToU32(color);
}

void ScoreRing(const char* id, std::optional<double> score, float diameter, const char* caption) {
  if (ImGui::GetCurrentWindow()->SkipItems) return;
  const Palette& p = CurrentPalette();
  const float side = std::max(1.0f, std::min(diameter, AvailableWidth()));
  const ChartItem item = AddChartItem(id, ImVec2(side, side));
  NameLastItem(SpokenScore(caption != nullptr && *caption ? caption : Tr("Score"), score));
  if (!item.visible) return;

  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  const ImVec2 center = item.bb.GetCenter();
  const float thickness = std::max(Px(4), side * 0.09f);
  const float radius = std::max(1.0f, (side - thickness) * 0.5f);
  draw_list->AddCircle(center, radius, U32(p.border), 0, thickness);
  char number[16];
  FormatShownScore(score, number);
  if (score) {
    const double shown = ShownScore(*score);
    const ImU32 color = ScoreColor(shown);
    if (shown >= 100) {
      draw_list->AddCircle(center, radius, color, 0, thickness);
    } else if (shown > 0) {
      const float a0 = -0.5f * IM_PI;
      const float a1 = a0 + 2.0f * IM_PI * ToFloat(shown / 100.0);
      draw_list->PathArcTo(center, radius, a0, a1);
      draw_list->PathStroke(color, ImDrawFlags_None, thickness);
      // Round caps: PathStroke's ends are square.
      for (const float a : {a0, a1}) {
        draw_list->AddCircleFilled(center + ImVec2(std::cos(a), std::sin(a)) * radius,
                                   thickness * 0.5f, color);
      }
    }
  }

  ImFont* title = TitleFont();
  ImFont* body = BodyFont();
  const float number_size = std::min(title->FontSize, side * 0.3f);
  const float caption_size = std::min(body->FontSize, side * 0.13f);
  const bool has_caption = caption != nullptr && caption[0] != '\0';
  const float inner = std::max(1.0f, (radius - thickness * 0.5f) * 2.0f * 0.8f);
  const ImVec2 number_dim = title->CalcTextSizeA(number_size, FLT_MAX, 0.0f, number);
  const float caption_h = has_caption ? Px(2) + caption_size : 0.0f;
  const float top = center.y - (number_dim.y + caption_h) * 0.5f;
  draw_list->AddText(title, number_size, ImVec2(center.x - number_dim.x * 0.5f, top),
                     U32(score ? p.text : p.text_muted), number);
  if (has_caption) {
    const float caption_w = std::min(TextWidth(body, caption_size, caption), inner);
    DrawClippedText(draw_list, body, caption_size,
                    ImVec2(center.x - caption_w * 0.5f, top + number_dim.y + Px(2)),
                    U32(p.text_muted), caption, inner);
  }
  ImGui::LogText("%s: %s\n", has_caption ? caption : id, number);

  if (item.hovered || item.keyboard_focus) {
    BeginChartTooltip();
    if (has_caption) TooltipTitle(caption);
    ScoreLine(score);
    EndChartTooltip();
  }
}

void ProgressBar(float fraction, float width) {
  if (ImGui::GetCurrentWindow()->SkipItems) return;
  const float available = AvailableWidth();
  const float w = width > 0 ? std::min(width, available) : available;
  const float h = Px(6);
  ImGui::Dummy(ImVec2(w, h));
  if (!ImGui::IsItemVisible()) return;
  if (!(fraction >= 0.0f)) fraction = 0.0f;  // Also catches NaN.
  fraction = std::min(fraction, 1.0f);
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  const Palette& p = CurrentPalette();
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  draw_list->AddRectFilled(min, max, U32(p.border), h * 0.5f);
  if (fraction > 0.0f) {
    const float fill_w = std::min(w, std::max(w * fraction, h));
    draw_list->AddRectFilled(min, ImVec2(min.x + fill_w, max.y), U32(p.accent), h * 0.5f);
  }
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("%.0f%%", static_cast<double>(fraction) * 100.0);
}

}  // namespace cloudgap::ui
