#include "ui/virtual_list.h"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstring>

namespace cloudgap::ui {
namespace {

std::uint64_t Mix(std::uint64_t key, const void* bytes, size_t size) {
  const auto* p = static_cast<const unsigned char*>(bytes);
  for (size_t i = 0; i < size; ++i) key = (key ^ p[i]) * 1099511628211ULL;
  return key;
}

}  // namespace

std::uint64_t LayoutKey(std::uint64_t key, float value) {
  return Mix(key, &value, sizeof value);
}
std::uint64_t LayoutKey(std::uint64_t key, std::uint64_t value) {
  return Mix(key, &value, sizeof value);
}

float VirtualList::HeightOf(size_t row) const {
  return heights_[row] >= 0 ? heights_[row] : estimate_;
}

void VirtualList::Begin(size_t count, std::uint64_t key, float estimated_height) {
  if (!keyed_ || key != key_ || count != heights_.size()) {
    heights_.assign(count, -1.0f);
    key_ = key;
    keyed_ = true;
  }
  // Rows not drawn yet are assumed to be like the ones that were.
  double measured = 0;
  size_t measured_rows = 0;
  for (float h : heights_) {
    if (h >= 0) {
      measured += h;
      ++measured_rows;
    }
  }
  estimate_ = measured_rows > 0 ? static_cast<float>(measured / static_cast<double>(measured_rows))
                                : estimated_height;
  tops_.resize(count + 1);
  float y = 0;
  for (size_t i = 0; i < count; ++i) {
    tops_[i] = y;
    y += HeightOf(i);
  }
  tops_[count] = y;

  ImGuiContext& g = *ImGui::GetCurrentContext();
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  start_y_ = window->DC.CursorPos.y;
  start_x_ = window->DC.CursorPos.x;
  ranges_.clear();
  range_ = 0;
  in_row_ = false;
  drawn_ = 0;
  next_ = 0;
  if (count == 0) return;

  // Screen y ranges whose rows must be submitted, as ImGuiListClipper::Step does.
  std::vector<std::pair<float, float>> wanted;
  if (g.LogEnabled) {
    ranges_.push_back({0, count});
    next_ = 0;
    return;
  }
  const bool nav_request = g.NavMoveScoringItems && g.NavWindow != nullptr &&
                           g.NavWindow->RootWindowForNav == window->RootWindowForNav;
  if (nav_request) wanted.push_back({g.NavScoringNoClipRect.Min.y, g.NavScoringNoClipRect.Max.y});
  if (nav_request && (g.NavMoveFlags & ImGuiNavMoveFlags_Tabbing) && g.NavTabbingDir == -1) {
    ranges_.push_back({count - 1, count});
  }
  if (g.NavId != 0 && window->NavLastIds[0] == g.NavId) {
    const ImRect nav = ImGui::WindowRectRelToAbs(window, window->NavRectRel[0]);
    wanted.push_back({nav.Min.y, nav.Max.y});
  }
  // What is on screen, and one row more in the direction keyboard navigation moves.
  float min_y = window->ClipRect.Min.y, max_y = window->ClipRect.Max.y;
  if (nav_request && g.NavMoveClipDir == ImGuiDir_Up) min_y -= estimate_;
  if (nav_request && g.NavMoveClipDir == ImGuiDir_Down) max_y += estimate_;
  wanted.push_back({min_y, max_y});

  for (const auto& [lo, hi] : wanted) {
    if (hi <= lo) continue;
    // Rows whose [top, top + height) meets [lo, hi), relative to the list's start.
    const float a = lo - start_y_, b = hi - start_y_;
    const auto end = tops_.begin() + static_cast<std::ptrdiff_t>(count);
    size_t first = static_cast<size_t>(std::upper_bound(tops_.begin(), end, a) - tops_.begin());
    if (first > 0) --first;  // The row that starts at or above `a` reaches into it.
    const size_t last =
        static_cast<size_t>(std::lower_bound(tops_.begin(), end, b) - tops_.begin());
    if (first < last) ranges_.push_back({first, last});
  }
  // Sorted and merged, so rows are drawn once each, top to bottom.
  std::sort(ranges_.begin(), ranges_.end());
  std::vector<std::pair<size_t, size_t>> merged;
  for (const auto& r : ranges_) {
    if (!merged.empty() && r.first <= merged.back().second) {
      merged.back().second = std::max(merged.back().second, r.second);
    } else {
      merged.push_back(r);
    }
  }
  ranges_ = std::move(merged);
  if (!ranges_.empty()) next_ = ranges_[0].first;
}

void VirtualList::FinishRow() {
  const float height = ImGui::GetCurrentWindow()->DC.CursorPos.y - row_top_;
  if (height > 0) heights_[row_] = height;
  in_row_ = false;
}

bool VirtualList::Next(size_t* row) {
  if (in_row_) FinishRow();
  while (range_ < ranges_.size() && next_ >= ranges_[range_].second) {
    ++range_;
    if (range_ < ranges_.size()) next_ = ranges_[range_].first;
  }
  if (range_ >= ranges_.size()) return false;
  // The first row of a range is placed where the layout says; the rest follow it.
  if (drawn_ == 0 || next_ != row_ + 1) {
    ImGui::SetCursorScreenPos(ImVec2(start_x_, start_y_ + tops_[next_]));
  }
  row_ = next_++;
  row_top_ = ImGui::GetCurrentWindow()->DC.CursorPos.y;
  in_row_ = true;
  ++drawn_;
  *row = row_;
  return true;
}

void VirtualList::End() {
  if (in_row_) FinishRow();
  float total = 0;
  for (size_t i = 0; i < heights_.size(); ++i) total += HeightOf(i);
  ImGui::SetCursorScreenPos(ImVec2(start_x_, start_y_ + total));
}

}  // namespace cloudgap::ui
