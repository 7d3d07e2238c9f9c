// Browser input that Emscripten 3.1.6's GLFW gets wrong, handled here instead:
//  - text: GLFW only sees keypress char codes, so IME, dead keys, phone
//    keyboards and pasted text are lost. All text instead comes from a hidden
//    <textarea id="text-proxy"> that has focus whenever ImGui wants text;
//  - mouse, keys, text and paste: queued in order and handed to ImGui frame
//    by frame (ui/input_queue.h), so quick clicks, shortcuts and typing
//    survive a slow frame or a busy machine;
//  - paste: read from the browser's paste event, never from a stale buffer
//    (ImGui would otherwise act on Ctrl+V before the paste event arrives);
//  - copy: ImGui's clipboard goes to navigator.clipboard;
//  - touch: GLFW does not move the cursor on touch. A tap becomes hover, press,
//    release over successive frames; a drag scrolls the window under it;
#ifndef CLOUDGAP_APP_WEB_INPUT_H_
#define CLOUDGAP_APP_WEB_INPUT_H_

#include <deque>
#include <functional>
#include <string>

#include "platform/web/js_boundary.h"
#include "ui/input_queue.h"

struct GLFWwindow;
struct ImGuiIO;

namespace cloudgap {

class Clipboard;

class WebInput {
 public:
  WebInput();

  // Call after ImGui_ImplGlfw_InitForOpenGL; `wake` is called on every event.
  void Install(GLFWwindow* window, Clipboard& clipboard, std::function<void()> wake);

  // Call right after ImGui_ImplGlfw_NewFrame(): hands ImGui this frame's share
  // of the input, and focuses or releases the text proxy.
  void AfterBackendNewFrame();

  // From the page (exported C functions in exports.cc).
  void OnText(const std::string& utf8);
  void OnPaste(const std::string& utf8);
  void OnKey(int key, int action);
  void OnBlur();  // The page lost focus: no key held now will report its release.
  void OnTouch(js::TouchPhase phase, float x, float y);
  // From GLFW, in framebuffer pixels.
  void OnMouseMove(float x, float y);
  void OnMouseButton(int button, bool down, float x, float y);

  // What ImGui's clipboard read returns in the frame that pastes.
  const std::string* PasteText() const { return queue_.paste_text(); }

 private:
  enum class Step { kHover, kPress, kRelease, kLeave };
  struct QueuedStep {
    Step step;
    float x, y;
  };

  void ApplyTouch(ImGuiIO& io);

  std::function<void()> wake_;
  ui::InputQueue queue_;
  std::deque<QueuedStep> steps_;
  bool touch_active_ = false;  // Between touch start and the final kLeave step.
  bool dragging_ = false;
  float touch_x_ = 0, touch_y_ = 0;
  float start_x_ = 0, start_y_ = 0;
  float pending_scroll_ = 0;         // Framebuffer pixels to scroll, from drags.
  float mouse_x_ = 0, mouse_y_ = 0;  // Where the last touch step put the pointer.
  bool mouse_down_ = false;
  bool proxy_focused_ = false;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_WEB_INPUT_H_
