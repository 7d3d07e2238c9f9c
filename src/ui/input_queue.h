// Mouse, keyboard, text and paste input for ImGui 1.86, which samples the
// mouse and keys once a frame. Events that arrive between two frames (a quick
// tap, a double click, a busy machine, an automated test) are kept in the
// order they happened and handed to ImGui frame by frame, so that
//  - every button or key change is seen by a frame of its own, and a press
//    lands where it happened: two clicks never merge, a key tapped twice is two
//    presses, and Ctrl is still down in the frame that sees the A of Ctrl+A;
//  - nothing overtakes: text typed before a click lands in the field that had
//    focus, and text typed after a shortcut never shares a frame with the
//    shortcut's Ctrl (ImGui drops text typed with Ctrl held);
//  - pasted text goes through ImGui's own paste: one frame with exactly the
//    platform's shortcut modifier and V down, while paste_text() supplies what
//    the browser's paste event carried.
// Key codes are the backend's (GLFW's on the web); io.KeyMap must map
// ImGuiKey_V to `codes.v`.
#ifndef CLOUDGAP_UI_INPUT_QUEUE_H_
#define CLOUDGAP_UI_INPUT_QUEUE_H_

#include <array>
#include <cfloat>
#include <deque>
#include <string>

struct ImGuiIO;

namespace cloudgap::ui {

struct KeyCodes {
  int left_ctrl, right_ctrl;
  int left_shift, right_shift;
  int left_alt, right_alt;
  int left_super, right_super;
  int v;
};

class InputQueue {
 public:
  explicit InputQueue(const KeyCodes& codes) : codes_(codes) {}

  // Positions in ImGui's coordinates (framebuffer pixels); buttons 0 to 2.
  void MouseMove(float x, float y);
  void MouseButton(int button, bool down, float x, float y);
  void Key(int key, bool down);
  void Text(std::string utf8);
  void Paste(std::string utf8);
  // Releases every key that is down or will be once the queue is applied (the
  // window lost focus, so their releases will never come).
  void ReleaseAllKeys();

  // Hands ImGui this frame's share of the queue, mouse state included. Call
  // before ImGui::NewFrame.
  void Apply(ImGuiIO& io);

  // Events left for later frames: the caller should draw another frame.
  bool pending() const { return !events_.empty(); }
  // Non-null during the frame that pastes: what ImGui's clipboard read returns.
  const std::string* paste_text() const { return pasting_ ? &paste_text_ : nullptr; }

 private:
  enum class Kind { kMove, kButton, kKeyDown, kKeyUp, kText, kPaste };
  struct Event {
    Kind kind;
    int code;  // The key, or the mouse button.
    bool down;
    float x, y;
    std::string text;
  };
  static constexpr int kKeys = 512;  // The size of ImGuiIO::KeysDown.
  static bool InRange(int key) { return key >= 0 && key < kKeys; }

  // What the frame being filled has taken so far.
  struct Frame {
    std::array<int, 16> keys = {};
    int key_count = 0;
    bool has_text = false;
    bool has_input = false;    // Anything but pointer moves.
    bool done = false;         // A button change or a paste ends the frame.
    bool after_paste = false;  // The frame before was a paste's.
  };

  // Applies `e` unless it has to wait for the next frame; false if it waits.
  bool Take(Event& e, Frame& frame, ImGuiIO& io);
  void StartPaste(std::string text, ImGuiIO& io);
  void SetModifiers(ImGuiIO& io) const;
  std::array<int, 8> ModifierKeys() const;

  KeyCodes codes_;
  std::deque<Event> events_;
  bool down_[kKeys] = {};         // As of the events applied so far.
  bool queued_down_[kKeys] = {};  // As of every event, applied or not.
  float pointer_x_ = -FLT_MAX, pointer_y_ = -FLT_MAX;
  bool buttons_down_[3] = {};
  bool pasting_ = false;  // The last Apply set up a paste frame.
  std::string paste_text_;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_INPUT_QUEUE_H_
