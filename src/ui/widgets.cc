#include "ui/widgets.h"

#include <imgui_internal.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <utility>

#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/theme.h"

namespace cloudgap::ui {

std::string WrapLabel(const std::string& text, float width) {
  ImFont* font = ImGui::GetFont();
  const float scale = ImGui::GetFontSize() / font->FontSize;
  std::string out;
  const char* begin = text.c_str();
  const char* const end = begin + text.size();
  while (begin < end) {
    const char* cut = font->CalcWordWrapPositionA(scale, begin, end, width);
    if (cut == begin) ++cut;  // A word wider than the line: at least one character a line.
    out.append(begin, cut);
    while (cut < end && *cut == ' ') ++cut;
    if (cut < end) out += '\n';
    begin = cut;
  }
  return out;
}

float AvailableWidth() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  float width = ImGui::GetContentRegionAvail().x;
  if (window->DC.TextWrapPos >= 0.0f) {
    width =
        std::min(width, ImGui::CalcWrapWidthForPos(window->DC.CursorPos, window->DC.TextWrapPos));
  }
  return std::max(width, 1.0f);
}

bool PrimaryButton(const char* label, const ImVec2& size) {
  const Palette& p = CurrentPalette();
  ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, p.accent_hover);
  ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
  ImGui::PushStyleColor(ImGuiCol_Border, p.accent);
  ImGui::PushFont(GetFonts().strong);
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopFont();
  ImGui::PopStyleColor(5);
  return pressed;
}

bool SecondaryButton(const char* label, const ImVec2& size) {
  ImGui::PushFont(GetFonts().strong);
  const bool pressed = ImGui::Button(label, size);
  ImGui::PopFont();
  return pressed;
}

namespace {

void DrawParagraph(SemanticRole role, const char* text, ImFont* font) {
  if (font != nullptr) ImGui::PushFont(font);
  ImGui::TextWrapped("%s", text);
  if (font != nullptr) ImGui::PopFont();
  DescribeLastText(role, text);
}

}  // namespace

void PlainText(const char* text) {
  ImGui::TextUnformatted(text);
  DescribeLastText(SemanticRole::kText, text);
}

void Paragraph(const char* text, ImFont* font) {
  DrawParagraph(SemanticRole::kText, text, font);
}

bool Radio(const char* label, bool active) {
  const bool pressed = ImGui::RadioButton(label, active);
  DescribeLastItem(SemanticRole::kRadio, active);
  return pressed;
}

namespace {

void DescribeTextField(const char* name, const std::string& text, ImGuiInputTextFlags flags) {
  if (name != nullptr) NameLastItem(name);
  if ((flags & ImGuiInputTextFlags_Password) == 0) DescribeLastItemValue(text.c_str());
}

}  // namespace

bool TextField(const char* label, const char* name, std::string* text, ImGuiInputTextFlags flags) {
  const bool changed = ImGui::InputTextWithHint(label, name, text, flags);
  DescribeTextField(name, *text, flags);
  return changed;
}

bool TextArea(const char* label, const char* name, std::string* text, const ImVec2& size,
              ImGuiInputTextFlags flags) {
  const bool changed = ImGui::InputTextMultiline(label, text, size, flags);
  DescribeTextField(name, *text, flags);
  return changed;
}

bool IntegerField(const char* label, int* value, int step) {
  ImGui::PushID(label);
  const float button = ImGui::GetFrameHeight();
  const float spacing = ImGui::GetStyle().ItemInnerSpacing.x;
  char text[16];
  std::snprintf(text, sizeof text, "%d", *value);
  bool changed = false;
  ImGui::SetNextItemWidth(std::max(button, ImGui::CalcItemWidth() - 2 * (button + spacing)));
  const bool typed_now =
      ImGui::InputText("##value", text, sizeof text, ImGuiInputTextFlags_CharsDecimal);
  NameLastItem(std::string(label, ImGui::FindRenderedTextEnd(label)));
  DescribeLastItemValue(text);
  if (typed_now) {
    int typed = 0;
    const char* end = text + std::strlen(text);
    const auto [stop, error] = std::from_chars(text, end, typed);
    if (error == std::errc() && stop == end && typed != *value) {
      *value = typed;
      changed = true;
    }
  }
  ImGui::PushButtonRepeat(true);
  ImGui::SameLine(0, spacing);
  if (ImGui::Button("-", ImVec2(button, button))) {
    *value -= step;
    changed = true;
  }
  ImGui::SameLine(0, spacing);
  if (ImGui::Button("+", ImVec2(button, button))) {
    *value += step;
    changed = true;
  }
  ImGui::PopButtonRepeat();
  const char* shown_end = ImGui::FindRenderedTextEnd(label);
  if (shown_end != label) {
    ImGui::SameLine(0, spacing);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label, shown_end);
  }
  ImGui::PopID();
  return changed;
}

void MutedParagraph(const char* text) {
  ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
  DrawParagraph(SemanticRole::kText, text, nullptr);
  ImGui::PopStyleColor();
}

Grid::Grid(std::vector<float> widths) : widths_(std::move(widths)) {
  float x = ImGui::GetCursorPosX();
  for (float w : widths_) {
    starts_.push_back(x);
    x += w;
  }
  row_y_ = bottom_ = ImGui::GetCursorPosY();
}

Grid::~Grid() {
  EndRow();
  ImGui::SetCursorPos(ImVec2(starts_.empty() ? 0 : starts_[0], row_y_));
  ImGui::Dummy(ImVec2(0, 0));  // So the window's content size reaches the last row.
}

void Grid::CloseCell() {
  if (!cell_open_) return;
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  bottom_ =
      std::max(bottom_, ImGui::GetItemRectMax().y - ImGui::GetWindowPos().y + ImGui::GetScrollY());
  cell_open_ = false;
}

void Grid::Cell(int column) {
  CloseCell();
  const size_t c = static_cast<size_t>(column);
  ImGui::SetCursorPos(ImVec2(starts_[c], row_y_));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(starts_[c] + widths_[c] - ImGui::GetStyle().ItemSpacing.x);
  cell_open_ = true;
}

void Grid::EndRow(bool rule) {
  CloseCell();
  if (bottom_ <= row_y_) return;  // Nothing in this row.
  const float spacing = ImGui::GetStyle().ItemSpacing.y;
  row_y_ = bottom_ + spacing;
  if (rule) {
    const ImVec2 origin(ImGui::GetWindowPos().x - ImGui::GetScrollX(),
                        ImGui::GetWindowPos().y - ImGui::GetScrollY());
    float right = starts_.empty() ? 0 : starts_.back() + widths_.back();
    ImGui::GetWindowDrawList()->AddLine(
        ImVec2(origin.x + starts_[0], origin.y + row_y_ - spacing * 0.5f),
        ImVec2(origin.x + right, origin.y + row_y_ - spacing * 0.5f),
        ImGui::GetColorU32(ImGuiCol_Separator));
  }
  bottom_ = row_y_;
}

void PlaceNextDialog() {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  const float width = std::min(Px(560), vp->WorkSize.x - Px(24));
  ImGui::SetNextWindowPos(
      ImVec2(vp->WorkPos.x + vp->WorkSize.x * 0.5f, vp->WorkPos.y + vp->WorkSize.y * 0.5f),
      ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
}

void ColouredParagraph(const std::string& text, const ImVec4& colour) {
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  DrawParagraph(SemanticRole::kText, text.c_str(), nullptr);
  ImGui::PopStyleColor();
}

void Heading(const char* text) {
  DrawParagraph(SemanticRole::kHeading, text, GetFonts().heading);
}
void Title(const char* text) {
  DrawParagraph(SemanticRole::kTitle, text, GetFonts().title);
}

float BeginColumn(float max_css_width) {
  const float avail = ImGui::GetContentRegionAvail().x;
  const float width = std::min(avail, Px(max_css_width));
  const float indent = std::max(0.0f, (avail - width) * 0.5f);
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + indent);
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
  ImGui::PushItemWidth(width);
  return width;
}

void EndColumn() {
  ImGui::PopItemWidth();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
}

ButtonRow::ButtonRow() : right_(ImGui::GetCursorScreenPos().x + AvailableWidth()) {}

bool ButtonRow::Button(const char* label, bool primary) {
  ImGui::PushFont(GetFonts().strong);
  const float width =
      ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::PopFont();
  if (!first_) {
    ImGui::SameLine();
    if (ImGui::GetCursorScreenPos().x + width > right_) ImGui::NewLine();
  }
  first_ = false;
  return primary ? PrimaryButton(label) : SecondaryButton(label);
}

namespace {

struct OpenCard {
  ImDrawListSplitter splitter;
  ImVec2 origin;
  float width = 0;
};
// Cards nest rarely, but a stack keeps BeginCard/EndCard honest if they do.
ImVector<OpenCard*> g_cards;

}  // namespace

// Drawn as a group whose background is added afterwards on a lower draw-list
// channel, because 1.86 child windows cannot size themselves to their content.
void BeginCard(const char* id) {
  ImGui::PushID(id);
  auto* card = IM_NEW(OpenCard)();
  g_cards.push_back(card);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  card->splitter.Split(draw_list, 2);
  card->splitter.SetCurrentChannel(draw_list, 1);
  card->origin = ImGui::GetCursorScreenPos();
  card->width = AvailableWidth();
  const ImVec2 pad(Px(20), Px(16));
  ImGui::SetCursorScreenPos(ImVec2(card->origin.x + pad.x, card->origin.y + pad.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + card->width - 2 * pad.x);
}

void EndCard() {
  OpenCard* card = g_cards.back();
  g_cards.pop_back();
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  const ImVec2 pad(Px(20), Px(16));
  const ImVec2 max(card->origin.x + card->width, ImGui::GetItemRectMax().y + pad.y);
  ImDrawList* draw_list = ImGui::GetWindowDrawList();
  card->splitter.SetCurrentChannel(draw_list, 0);
  const Palette& p = CurrentPalette();
  const float rounding = ImGui::GetStyle().ChildRounding;
  draw_list->AddRectFilled(card->origin, max, ImGui::GetColorU32(p.surface), rounding);
  draw_list->AddRect(card->origin, max, ImGui::GetColorU32(p.border), rounding, 0, Px(1));
  card->splitter.Merge(draw_list);
  const ImVec2 origin = card->origin;
  IM_DELETE(card);
  ImGui::SetCursorScreenPos(origin);
  ImGui::Dummy(ImVec2(max.x - origin.x, max.y - origin.y));
  ImGui::PopID();
}

}  // namespace cloudgap::ui
