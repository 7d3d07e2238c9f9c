// Browser input that Emscripten 3.1.6's GLFW gets wrong, handled here instead:
//  - text: GLFW only sees keypress char codes, so IME, dead keys, phone
//    keyboards and pasted text are lost. All text instead comes from a hidden
//    <textarea id="text-proxy"> that has focus whenever ImGui wants text;
//  - paste: read from the browser's paste event, never from a stale buffer
//    (ImGui would otherwise act on Ctrl+V before the paste event arrives);
//  - copy: ImGui's clipboard goes to navigator.clipboard;
//  - touch: GLFW does not move the cursor on touch. A tap becomes hover, press,
//    release over successive frames; a drag scrolls the window under it;
//  - mouse: ImGui 1.86 samples the buttons once a frame, so two clicks between
//    frames (a slow phone, a busy machine, an automated test) would merge into
//    one. Button changes are queued and applied one per frame, each at the
//    position where it happened.
#ifndef CLOUDGAP_APP_WEB_INPUT_H_
#define CLOUDGAP_APP_WEB_INPUT_H_

#include <cfloat>
#include <deque>
#include <map>
#include <vector>
#include <functional>
#include <string>

struct GLFWwindow;
struct ImGuiIO;

namespace cloudgap {

class Clipboard;

class WebInput {
 public:
  // Call after ImGui_ImplGlfw_InitForOpenGL; `wake` is called on every event.
  void Install(GLFWwindow* window, Clipboard& clipboard, std::function<void()> wake);

  // Call right after ImGui_ImplGlfw_NewFrame(): applies touch over the
  // backend's mouse state, and focuses or releases the text proxy.
  void AfterBackendNewFrame();

  // From the page (exported C functions in web_input.cc).
  void OnText(const std::string& utf8);
  void OnKey(GLFWwindow* window, int key, int scancode, int action, int mods);
  void OnTouch(int phase, float x, float y);  // phase: 0 start, 1 move, 2 end, 3 cancel.
  // From GLFW, in framebuffer pixels.
  void OnMouseMove(float x, float y);
  void OnMouseButton(int button, bool down, float x, float y);

 private:
  enum class Step { kHover, kPress, kRelease, kLeave };
  struct QueuedStep {
    Step step;
    float x, y;
  };

  struct MouseEvent {
    int button;  // -1 for a move.
    bool down;
    float x, y;
  };

  void ApplyTouch(ImGuiIO& io);
  void ApplyMouse(ImGuiIO& io);

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
  float mouse_x_ = 0, mouse_y_ = 0;    // Where the last touch step put the pointer.
  bool mouse_down_ = false;
  std::deque<MouseEvent> mouse_events_;  // Not yet seen by a frame.
  float pointer_x_ = -FLT_MAX, pointer_y_ = -FLT_MAX;  // The mouse as of the last frame.
  bool buttons_down_[3] = {false, false, false};
  bool proxy_focused_ = false;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_WEB_INPUT_H_
