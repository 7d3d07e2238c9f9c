#include "app/frame_probe.h"

#include <emscripten.h>
#include <imgui.h>
#include <imgui_internal.h>
#include <malloc.h>

#include <cstdio>

// Marked at the animation frame after the one that puts the frame drawn now on
// screen (the browser holds animation frames back while the GPU is behind), so
// a renderer that returns before the GPU has drawn gains nothing. A frame drawn
// in an animation frame callback is shown by that same rendering update, so the
// next animation frame is the mark's; one drawn in any other task is shown by
// the next update, so the mark waits for the one after. The frame's number goes
// with the mark, as its detail.
EM_JS(void, cg_js_mark_first_frame, (int frame, int in_animation_frame), {
  if (!self.performance || !performance.mark) return;
  const mark = function() {
    performance.mark("first-complete-frame", {detail : frame});
  };
  requestAnimationFrame(in_animation_frame ? mark : function() { requestAnimationFrame(mark); });
});

namespace cloudgap {
namespace {

// A window that appears for the first time, or resizes to fit its contents, is
// hidden for a frame while ImGui measures it: that frame is not what the user
// is meant to see.
bool EveryWindowShown() {
  const ImGuiContext& g = *ImGui::GetCurrentContext();
  for (const ImGuiWindow* window : g.Windows) {
    if (window->Active && window->Hidden) return false;
  }
  return !g.Windows.empty();
}

}  // namespace

void FrameProbe::BeginFrame() {
  start_ms_ = mark_ms_ = emscripten_get_now();
  parts_[count_ % kKept].fill(0);
}

void FrameProbe::Mark(Part part) {
  const double now = emscripten_get_now();
  parts_[count_ % kKept][part] = static_cast<float>(now - mark_ms_);
  mark_ms_ = now;
}

void FrameProbe::EndFrame(bool in_animation_frame) {
  ms_[count_ % kKept] = static_cast<float>(emscripten_get_now() - start_ms_);
  ++count_;
  if (!marked_ && EveryWindowShown()) {
    marked_ = true;
    cg_js_mark_first_frame(static_cast<int>(count_), in_animation_frame ? 1 : 0);
  }
}

std::string FrameProbe::RecentJson() const {
  std::string json = "[";
  const size_t kept = count_ < kKept ? count_ : kKept;
  for (size_t i = count_ - kept; i < count_; ++i) {
    char number[24];
    std::snprintf(number, sizeof number, "%s%.4f", i == count_ - kept ? "" : ",",
                  static_cast<double>(ms_[i % kKept]));
    json += number;
  }
  return json + "]";
}

std::string FrameProbe::RecentPartsJson() const {
  std::string json = "[";
  const size_t kept = count_ < kKept ? count_ : kKept;
  for (size_t i = count_ - kept; i < count_; ++i) {
    const std::array<float, kParts>& p = parts_[i % kKept];
    char parts[80];
    std::snprintf(parts, sizeof parts, "%s[%.4f,%.4f,%.4f,%.4f]", i == count_ - kept ? "" : ",",
                  static_cast<double>(p[kInput]), static_cast<double>(p[kInterface]),
                  static_cast<double>(p[kMirror]), static_cast<double>(p[kDraw]));
    json += parts;
  }
  return json + "]";
}

std::string HeapJson() {
  const struct mallinfo info = mallinfo();
  char json[96];
  std::snprintf(json, sizeof json, "{\"heap_bytes\":%zu,\"in_use_bytes\":%zu}",
                __builtin_wasm_memory_size(0) * 65536, static_cast<size_t>(info.uordblks));
  return json;
}

}  // namespace cloudgap
