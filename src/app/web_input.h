// Browser input that Emscripten 3.1.6's GLFW gets wrong, handled here instead:
//  - text: GLFW only sees keypress char codes, so IME, dead keys, phone
//    keyboards and pasted text are lost. All text instead comes from a hidden
//    <textarea id="text-proxy"> that has focus whenever ImGui wants text;
//  - paste: read from the browser's paste event, never from a stale buffer
//    (ImGui would otherwise act on Ctrl+V before the paste event arrives);
//  - copy: ImGui's clipboard goes to navigator.clipboard;
//  - touch: GLFW does not move the cursor on touch. A tap becomes hover, press,
//    release over successive frames; a drag scrolls the window under it.
#ifndef CLOUDGAP_APP_WEB_INPUT_H_
#define CLOUDGAP_APP_WEB_INPUT_H_

#include <deque>
#include <map>
#include <vector>
#include <functional>
#include <string>

struct GLFWwindow;

namespace cloudgap {

class Clipboard;

class WebInput {
 public:
  // Call after ImGui_ImplGlfw_InitForOpenGL; `wake` is called on every event.
  void Install(GLFWwindow* window, Clipboard& clipboard, std::function<void()> wake);

  // Call right after ImGui_ImplGlfw_NewFrame(): applies touch over the
  // backend's mouse state, and focuses or releases the text proxy.
  void AfterBackendNewFrame();

  // True while queued touch steps still need frames.
  bool Busy() const { return !steps_.empty(); }

  // From the page (exported C functions in web_input.cc).
  void OnText(const std::string& utf8);
  void OnKey(GLFWwindow* window, int key, int scancode, int action, int mods);
  void OnTouch(int phase, float x, float y);  // phase: 0 start, 1 move, 2 end, 3 cancel.

 private:
  enum class Step { kHover, kPress, kRelease, kLeave };
  struct QueuedStep {
    Step step;
    float x, y;
  };

  struct DeferredRelease {
    GLFWwindow* window;
    int key, scancode, mods;
    long release_at_frame;
  };

  std::function<void()> wake_;
  long frame_ = 0;                      // Frames begun; keys remember when they went down.
  std::map<int, long> pressed_at_frame_;
  std::vector<DeferredRelease> deferred_releases_;
  std::deque<QueuedStep> steps_;
  bool touch_active_ = false;    // Between touch start and the final kLeave step.
  bool dragging_ = false;
  float touch_x_ = 0, touch_y_ = 0;
  float start_x_ = 0, start_y_ = 0;
  float pending_scroll_ = 0;     // Framebuffer pixels to scroll, from drags.
  float mouse_x_ = 0, mouse_y_ = 0;
  bool mouse_down_ = false;
  bool proxy_focused_ = false;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_WEB_INPUT_H_
