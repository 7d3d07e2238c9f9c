// Measures what a person feels of each frame, for the benchmark
// (bench/measure.mjs) and the ?test=1 hooks:
//  - the CPU time of each frame, from before ImGui's NewFrame to after the
//    draw calls are issued, kept for the last kKept frames, and of its parts
//    (input, the interface, the mirror, drawing), so that the benchmark can say
//    where the slow frames' time goes;
//  - the moment the first complete frame (no window still hidden while ImGui
//    measures it) was on screen, as the User Timing mark "first-complete-frame"
//    made at the next animation frame, which the page's performance timeline
//    keeps relative to navigation start.
// The web app and the benchmark's baseline (bench/hello) use the same probe, so
// their start-up figures mean the same thing.
#ifndef CLOUDGAP_APP_FRAME_PROBE_H_
#define CLOUDGAP_APP_FRAME_PROBE_H_

#include <array>
#include <cstddef>
#include <string>

namespace cloudgap {

class FrameProbe {
 public:
  static constexpr size_t kKept = 2048;

  // A frame's parts, in the order they run; together they are its time.
  enum Part {
    kInput,      // The canvas's size, the backend's and ImGui's NewFrame, the mirror's requests.
    kInterface,  // The screens (layout and draw lists) and ImGui::Render.
    kMirror,     // The draw lists' fingerprint and the accessibility mirror's update.
    kDraw,       // Buffers uploaded and draw calls issued; ~0 when the frame is not drawn.
    kParts,
  };

  // Bracket everything a frame does; EndFrame after the last draw call, saying
  // whether the frame was drawn in an animation frame callback.
  void BeginFrame();
  void EndFrame(bool in_animation_frame = true);
  // Ends `part` of the frame now (it began where the previous part ended); a
  // part not marked in a frame took 0.
  void Mark(Part part);

  // The kept frame times in milliseconds, oldest first, as a JSON array.
  std::string RecentJson() const;
  // The same frames' parts, [[input, interface, mirror, draw], ...].
  std::string RecentPartsJson() const;
  double frames() const { return static_cast<double>(count_); }
  // True from the end of the first complete frame on.
  bool first_complete_frame_drawn() const { return marked_; }

 private:
  double start_ms_ = 0;
  double mark_ms_ = 0;
  bool marked_ = false;
  std::array<float, kKept> ms_{};
  std::array<std::array<float, kParts>, kKept> parts_{};
  size_t count_ = 0;  // Frames measured so far; ms_ holds the last kKept.
};

// The wasm heap: its size (it only grows) and the bytes malloc has handed out
// and not had back, as {"heap_bytes": n, "in_use_bytes": n}.
std::string HeapJson();

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_FRAME_PROBE_H_
