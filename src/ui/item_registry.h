// Records every widget ImGui submitted in the last frame: its label, its
// rectangle in framebuffer pixels, and what a screen reader needs to know of
// it (role, checked or open, value). Fed by ImGui's test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE) and by the Describe* calls below, it lets browser
// and native UI tests find widgets by label, and it is what the page's
// accessibility mirror (ui/semantics.h) shows to assistive technology.
//
// Off until Enable() is called; the web app enables it always, since a screen
// reader cannot be detected honestly (the cost is measured in BENCHMARKS.md).
#ifndef CLOUDGAP_UI_ITEM_REGISTRY_H_
#define CLOUDGAP_UI_ITEM_REGISTRY_H_

#include <string>
#include <vector>

struct ImGuiContext;

namespace cloudgap::ui {

// What a widget or a piece of text is to assistive technology. Widgets get
// theirs from ImGui's status flags (a tick box, a tree node, a text field) or
// from a Describe* call right after them (a radio button, a tab, a choice);
// text gets one from the paragraph helpers (ui/widgets.h).
enum class SemanticRole : unsigned char {
  // Widgets, up to kTextField (IsWidget relies on the order).
  kButton,
  kCheckbox,    // `checked` is 0 or 1.
  kRadio,       // `checked` is 0 or 1.
  kTab,         // A screen's tab; `checked` 1 on the current screen.
  kDisclosure,  // Opens and closes what follows; `expanded` is 0 or 1.
  kTextField,   // `value` holds its text when described.
  // A part of a chart (ui/chart_kit.h), found by tests as a widget is: a row
  // of its chart's table, `name` its header cell and `value` its other cells.
  kChartPart,
  // A chart, found by tests as a widget is. With parts it is read as a table
  // named `name`, `value` its column headers; without, as text by its `name`.
  kChart,
  kTitle,  // The screen's heading.
  kHeading,
  kText,
  kGroup,  // Opens a group of the items up to its kGroupEnd; named by `label`.
  kGroupEnd,
  // Buttons of the mirror only, after and before the items of a window that
  // scrolls: a screen reader's cursor reaches only what is on screen, since
  // ImGui describes no widget it clipped.
  kScrollDown,
  kScrollUp,
};

// A widget a person can act on, not text, a group's bracket or a scroll button.
bool IsWidget(SemanticRole role);
// What Find() and LastFrameJson() list: widgets, charts and their parts.
bool IsFindable(SemanticRole role);

// Between the cells in the `value` of a chart and of its parts.
inline constexpr char kCellSeparator = '\x1d';

struct ItemRecord {
  unsigned id = 0;                   // ImGui's id; for text, a hash of the text.
  std::string label;                 // As passed to the widget, "##" suffix included.
  float x = 0, y = 0, w = 0, h = 0;  // Full rectangle, framebuffer pixels.
  bool visible = false;              // Overlaps its window's clip rectangle.
  bool focused = false;              // Has keyboard-navigation focus.
  bool behind_modal = false;         // Under an open modal dialog: not reachable.
  SemanticRole role = SemanticRole::kButton;
  signed char checked = -1;   // -1: not a thing that is checked.
  signed char expanded = -1;  // -1: not a thing that opens.
  std::string name;           // Overrides the shown label as the accessible name.
  std::string value;
  unsigned window = 0;  // ImGui id of the item's window.
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

  // Labelled, visible, findable items of the last frame as a JSON array of
  // {label, x, y, w, h}, plus "focused": true on the one with keyboard focus;
  // coordinates divided by `pixels_per_unit` (DPR for CSS px).
  std::string LastFrameJson(float pixels_per_unit) const;

  // The first visible findable item of the last frame with this label, or nullptr.
  const ItemRecord* Find(const std::string& label) const;

  // Called from the hooks.
  void OnItemAdd(unsigned id, unsigned window, float x0, float y0, float x1, float y1,
                 bool visible);
  void OnItemInfo(unsigned id, const char* label, SemanticRole role, int checked, int expanded);

  // The record of the widget submitted last, or nullptr (no widget yet, or it
  // was clipped and so never described itself).
  ItemRecord* LastItem(unsigned id);
  // Records a piece of text the current window drew at [x0,y0)-(x1,y1).
  void AddText(SemanticRole role, const char* text, float x0, float y0, float x1, float y1,
               bool visible);

 private:
  void AddScrollButtons();

  ImGuiContext* context_ = nullptr;
  std::vector<ItemRecord> current_;
  std::vector<ItemRecord> last_;
};

// What the widget just submitted is, when ImGui cannot tell: a radio button
// (1.86's RadioButton reports no state), a tab, a selected choice. No-ops when
// no registry is enabled.
void DescribeLastItem(SemanticRole role, bool checked);
// The accessible name of the widget just submitted, for one whose label is
// hidden ("##justification") or says less than the screen around it shows.
void NameLastItem(const std::string& name);
// The text a text field just submitted holds.
void DescribeLastItemValue(const char* value);
// Brackets items that belong together (the answers to one question) under
// `name`, so a screen reader says what a "Yes" answers.
void BeginSemanticGroup(const std::string& name);
void EndSemanticGroup();
// Records `text`, just drawn as the last item (ImGui::TextWrapped and kin),
// with its role: text is not a widget and reaches no hook.
void DescribeLastText(SemanticRole role, const char* text);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_ITEM_REGISTRY_H_
