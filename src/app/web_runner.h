// Runs the UI in the browser: a GLFW window on a WebGL2 canvas that fills the
// page, at the display's pixel density, drawing only when something changed.
//
// Emscripten 3.1.6's GLFW is used for the context, mouse and keys; the runner
// itself owns what that GLFW gets wrong: the canvas backing size and DPR, the
// wheel, and idling. Why each is needed: docs/architecture.md, "The web layer".
#ifndef CLOUDGAP_APP_WEB_RUNNER_H_
#define CLOUDGAP_APP_WEB_RUNNER_H_

#include <cstdint>
#include <string>

#include "app/frame_probe.h"
#include "app/semantics_mirror.h"
#include "app/web_input.h"
#include "app/web_renderer.h"
#include "platform/platform.h"
#include "ui/app_ui.h"
#include "ui/item_registry.h"

struct GLFWwindow;

namespace cloudgap {

class WebRunner {
 public:
  explicit WebRunner(ui::AppUi& app);

  // Creates the window, GL context and ImGui; false if WebGL2 is unavailable.
  bool Init(Clipboard& clipboard);
  // Starts the browser-driven main loop; does not return.
  [[noreturn]] void Run();

  // Makes sure the next few frames are drawn; safe to call from any event.
  void Wake();
  WebInput& input() { return input_; }
  SemanticsMirror& semantics() { return semantics_; }
  // The window was resized or zoomed: the canvas is measured again, then drawn.
  void OnResize();
  // Follows the system's light/dark preference (unless the user chose one).
  void OnColorSchemeChanged();

  // For the ?test=1 hooks (web_main.cc).
  std::string ItemsJson() const;
  double frames() const { return frames_; }
  // True once the loop has paused itself: everything input changed is drawn.
  bool idle() const { return paused_; }
  const FrameProbe& probe() const { return probe_; }
  ui::AppUi& app() { return app_; }

 private:
  static void FrameThunk(void* self);
  static void WakeTimerThunk(void* self);
  static int AfterFirstPaintThunk(double time, void* self);  // Returns an EM_BOOL.
  void AfterFirstPaint();
  void Frame(bool in_animation_frame);
  // Wakes the loop in `seconds` (or sooner, if a timer for sooner is set):
  // the app wants a frame without input, when a save falls due.
  void WakeIn(double seconds);
  void SyncCanvasSize();
  void CompleteFonts();  // Every glyph (ui/fonts.h), uploaded.
  void UploadFonts();    // The atlas ImGui holds now, to the GPU.

  ui::AppUi& app_;
  ui::ItemRegistry registry_;
  SemanticsMirror semantics_;
  WebInput input_;
  FrameProbe probe_;
  WebRenderer renderer_;
  GLFWwindow* window_ = nullptr;
  int frames_left_ = 0;
  long wake_timer_ = 0;       // emscripten_set_timeout id; 0 when none is set.
  double wake_timer_at_ = 0;  // When it fires, in emscripten_get_now() milliseconds.
  bool paused_ = false;
  int paint_waits_left_ = -1;  // Animation frames until the catalog is parsed; -1 before.
  double frames_ = 0;
  uint64_t shown_fingerprint_ = 0;      // Of the frame on screen; 0 when it must be drawn.
  uint64_t published_fingerprint_ = 0;  // Of the frame the accessibility mirror shows.
  int fb_width_ = 0, fb_height_ = 0;
  float dpr_ = 0;
  float css_width_ = 0;
  // Device pixels per CSS pixel, times the text size (ui/text_size.h): the
  // scale fonts and style are at. 0 before the first frame.
  float scale_ = 0;
  bool size_stale_ = true;  // The canvas must be measured before the next frame.
};

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_WEB_RUNNER_H_
