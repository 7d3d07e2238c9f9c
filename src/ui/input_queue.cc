#include "ui/input_queue.h"

#include <imgui.h>

#include <algorithm>
#include <utility>

namespace cloudgap::ui {

static_assert(IM_ARRAYSIZE(ImGuiIO::KeysDown) == 512);

void InputQueue::MouseMove(float x, float y) {
  // Moves between two other events only need their last position.
  if (!events_.empty() && events_.back().kind == Kind::kMove) events_.pop_back();
  events_.push_back({Kind::kMove, -1, false, x, y, {}});
}

void InputQueue::MouseButton(int button, bool down, float x, float y) {
  if (button < 0 || button >= 3) return;
  events_.push_back({Kind::kButton, button, down, x, y, {}});
}

void InputQueue::Key(int key, bool down) {
  if (!InRange(key)) return;
  queued_down_[key] = down;
  events_.push_back({down ? Kind::kKeyDown : Kind::kKeyUp, key, down, 0, 0, {}});
}

void InputQueue::Text(std::string utf8) {
  if (!utf8.empty()) events_.push_back({Kind::kText, -1, false, 0, 0, std::move(utf8)});
}

void InputQueue::Paste(std::string utf8) {
  if (!utf8.empty()) events_.push_back({Kind::kPaste, -1, false, 0, 0, std::move(utf8)});
}

void InputQueue::ReleaseAllKeys() {
  for (int key = 0; key < kKeys; ++key) {
    if (queued_down_[key]) Key(key, false);
  }
}

void InputQueue::Apply(ImGuiIO& io) {
  Frame frame;
  frame.after_paste = pasting_;
  if (pasting_) {
    // The paste frame's keys were made up; back to the real ones.
    for (int key : ModifierKeys()) {
      if (InRange(key)) io.KeysDown[key] = down_[key];
    }
    if (InRange(codes_.v)) io.KeysDown[codes_.v] = down_[codes_.v];
    pasting_ = false;
    paste_text_.clear();
  }
  while (!events_.empty() && !frame.done && Take(events_.front(), frame, io)) events_.pop_front();

  io.MousePos = ImVec2(pointer_x_, pointer_y_);
  for (int b = 0; b < 3; ++b) io.MouseDown[b] = buttons_down_[b];
  SetModifiers(io);
}

bool InputQueue::Take(Event& e, Frame& frame, ImGuiIO& io) {
  switch (e.kind) {
    case Kind::kMove:
      pointer_x_ = e.x;
      pointer_y_ = e.y;
      return true;
    case Kind::kButton:
      // Its own frame, but with the moves that led to it, so ImGui sees the
      // widget under it as hovered when it goes down.
      if (frame.has_input) return false;
      pointer_x_ = e.x;
      pointer_y_ = e.y;
      buttons_down_[e.code] = e.down;
      frame.done = true;
      return true;
    case Kind::kKeyDown:
    case Kind::kKeyUp: {
      const auto end = frame.keys.begin() + frame.key_count;
      if (std::find(frame.keys.begin(), end, e.code) != end) return false;
      if (frame.key_count == static_cast<int>(frame.keys.size())) return false;
      frame.keys[static_cast<size_t>(frame.key_count++)] = e.code;
      down_[e.code] = e.down;
      io.KeysDown[e.code] = e.down;
      frame.has_input = true;
      return true;
    }
    case Kind::kText:
      io.AddInputCharactersUTF8(e.text.c_str());
      frame.has_text = frame.has_input = true;
      return true;
    case Kind::kPaste:
      // Text already taken would be dropped under the shortcut's modifier; a
      // paste right after a paste needs a frame with V up in between.
      if (frame.has_text || frame.after_paste) return false;
      StartPaste(std::move(e.text), io);
      frame.done = true;
      return true;
  }
  return false;
}

void InputQueue::StartPaste(std::string text, ImGuiIO& io) {
  for (int key : ModifierKeys()) {
    if (InRange(key)) io.KeysDown[key] = false;
  }
  const int shortcut = io.ConfigMacOSXBehaviors ? codes_.left_super : codes_.left_ctrl;
  if (InRange(shortcut)) io.KeysDown[shortcut] = true;
  if (InRange(codes_.v)) io.KeysDown[codes_.v] = true;
  paste_text_ = std::move(text);
  pasting_ = true;
}

std::array<int, 8> InputQueue::ModifierKeys() const {
  return {codes_.left_ctrl, codes_.right_ctrl, codes_.left_shift, codes_.right_shift,
          codes_.left_alt,  codes_.right_alt,  codes_.left_super, codes_.right_super};
}

void InputQueue::SetModifiers(ImGuiIO& io) const {
  auto down = [&io](int a, int b) {
    return (InRange(a) && io.KeysDown[a]) || (InRange(b) && io.KeysDown[b]);
  };
  io.KeyCtrl = down(codes_.left_ctrl, codes_.right_ctrl);
  io.KeyShift = down(codes_.left_shift, codes_.right_shift);
  io.KeyAlt = down(codes_.left_alt, codes_.right_alt);
  io.KeySuper = down(codes_.left_super, codes_.right_super);
}

}  // namespace cloudgap::ui
