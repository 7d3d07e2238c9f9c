// Small building blocks shared by the screens, on top of ImGui's widgets, so
// every screen gets the same typography, spacing and button styles.
#ifndef CLOUDGAP_UI_WIDGETS_H_
#define CLOUDGAP_UI_WIDGETS_H_

#include <imgui.h>

#include <string>
#include <vector>

namespace cloudgap::ui {

// The width left on the current line: the content region, narrowed to the
// text-wrap position when one is pushed (BeginColumn and BeginCard push one at
// their right edge but leave the content region at the window's).
float AvailableWidth();

// `text` with line breaks where it would pass `width` pixels, for the labels
// of widgets that do not wrap (a tick box, a tree node) on a phone's screen.
// Nothing changes when it fits, so wide screens keep one line.
std::string WrapLabel(const std::string& text, float width);

// A filled accent-coloured button; returns true when pressed.
bool PrimaryButton(const char* label, const ImVec2& size = ImVec2(0, 0));
// An outlined button; returns true when pressed.
bool SecondaryButton(const char* label, const ImVec2& size = ImVec2(0, 0));

// A whole number, typed or stepped with "-" and "+", as ImGui::InputInt draws
// it, and `label` after them. Not InputInt, whose scalar formatting and
// parsing (InputScalar, DataTypeApplyOpFromText) the page needed for these two
// fields only: app.wasm 0.2 KB gzip smaller (2026-12-04). Returns true when
// *value changed; a text that is not a whole number changes nothing.
bool IntegerField(const char* label, int* value, int step = 1);

// A radio button that tells a screen reader it is one (1.86's RadioButton
// reports no state to the item hooks); true when clicked.
bool Radio(const char* label, bool active);

// Text fields with the name and value a screen reader needs (ui/semantics.h):
// `name` names a field whose label is hidden ("##notes"). The value of a
// password field is never given.
bool TextField(const char* label, const char* name, std::string* text,
               ImGuiInputTextFlags flags = 0);
bool TextArea(const char* label, const char* name, std::string* text, const ImVec2& size,
              ImGuiInputTextFlags flags = 0);

// One line of text, unwrapped (ImGui::TextUnformatted), read out as text.
void PlainText(const char* text);
// Wrapped text in the given font (nullptr: current) and colour.
void Paragraph(const char* text, ImFont* font = nullptr);
void MutedParagraph(const char* text);
void Heading(const char* text);
// Wrapped text in `colour` (a palette colour; never the only carrier of meaning).
void ColouredParagraph(const std::string& text, const ImVec4& colour);
void Title(const char* text);

// Centres a column of at most `max_css_width` CSS pixels in the window and
// returns its width in framebuffer pixels. Pair with EndColumn().
float BeginColumn(float max_css_width);
void EndColumn();

// Dialogs sit in the middle of the page, at most 560 CSS pixels wide; their
// height follows their content. Call before BeginPopupModal(..., kDialogFlags).
void PlaceNextDialog();
inline constexpr ImGuiWindowFlags kDialogFlags =
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
    ImGuiWindowFlags_NoSavedSettings;

// A bordered panel with padding; pair with EndCard().
void BeginCard(const char* id);
void EndCard();

// A row of buttons that continues on the next line when the next one would
// not fit, so a row of actions never runs off a phone's screen.
class ButtonRow {
 public:
  ButtonRow();  // The row ends at the current available width.
  bool Button(const char* label, bool primary = false);

 private:
  float right_;
  bool first_ = true;
};

// Rows of cells in fixed columns, from the cursor: each cell wraps (and
// AvailableWidth() ends) at its column's edge, and a row is as tall as its
// tallest cell. Not ImGui's tables: their code would be 7 KB of the first
// visit's gzip for the three layouts that need columns (BENCHMARKS.md).
class Grid {
 public:
  // Column widths in framebuffer pixels, left to right.
  explicit Grid(std::vector<float> widths);
  ~Grid();                         // Ends the last row; the cursor goes below it.
  void Cell(int column);           // Starts a cell of the current row.
  void EndRow(bool rule = false);  // With `rule`, a line under the row.

 private:
  void CloseCell();
  std::vector<float> starts_, widths_;
  float row_y_ = 0, bottom_ = 0;
  bool cell_open_ = false;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_WIDGETS_H_
