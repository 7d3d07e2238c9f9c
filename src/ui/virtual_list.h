// Draws a long list of rows of different heights by submitting only the rows
// that can be seen, so that a list of thousands costs what a screenful does.
// ImGuiListClipper does this for rows of one height; the navigator's clause
// headers and the roadmap's cards differ, so this measures each row when it is
// drawn and assumes the average measured height for rows not drawn yet.
//
// Like ImGuiListClipper (1.86), it also submits the rows that keyboard
// navigation is scoring (so the arrow keys reach rows off screen) and the row
// holding keyboard focus, and every row while ImGui is logging.
//
// Usage, once per frame, with the cursor where the list starts:
//   list.Begin(rows.size(), LayoutKey(...), estimated_row_height);
//   for (size_t i; list.Next(&i);) { DrawRow(i); }
//   list.End();
// Next() places the cursor at row i and measures the row before it.
//
// Rows must be drawn top to bottom with the ordinary layout (no SameLine to the
// next row), and the key must change whenever something other than drawing the
// row itself changes row heights: the content, the width, the font size.
#ifndef CLOUDGAP_UI_VIRTUAL_LIST_H_
#define CLOUDGAP_UI_VIRTUAL_LIST_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace cloudgap::ui {

class VirtualList {
 public:
  void Begin(size_t count, std::uint64_t key, float estimated_height);
  // The next row to draw; false when this frame's rows are all drawn.
  bool Next(size_t* row);
  void End();

  // Rows submitted by the last frame (for tests).
  size_t drawn() const { return drawn_; }

 private:
  float HeightOf(size_t row) const;
  void FinishRow();

  std::uint64_t key_ = 0;
  bool keyed_ = false;
  std::vector<float> heights_;       // Measured height of each row; < 0 until drawn once.
  std::vector<float> tops_;          // Where each row starts, from Begin; tops_[count] is the end.
  float start_x_ = 0, start_y_ = 0;  // Screen position of the list's top left.
  float estimate_ = 0;               // For rows not measured yet.
  std::vector<std::pair<size_t, size_t>> ranges_;  // Rows to draw, [first, last), sorted.
  size_t range_ = 0;                               // Current range in ranges_.
  size_t next_ = 0;                                // Next row to draw in that range.
  size_t row_ = 0;                                 // Row being drawn; valid when in_row_.
  bool in_row_ = false;
  float row_top_ = 0;  // Window-relative cursor y where the current row began.
  size_t drawn_ = 0;
};

// Mixes values into a layout key (FNV-1a over their bytes).
std::uint64_t LayoutKey(std::uint64_t key, float value);
std::uint64_t LayoutKey(std::uint64_t key, std::uint64_t value);

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_VIRTUAL_LIST_H_
