// The accessibility mirror in the page: the frame's semantics (ui/semantics.h)
// as ARIA elements in <div id="a11y"> over the canvas, invisible and letting
// the mouse through, and focus kept the same in both directions:
//
// - ImGui's keyboard focus moves DOM focus to its element, so a screen reader
//   follows Tab and the arrow keys;
// - DOM focus moved by assistive technology (a screen reader's cursor) moves
//   ImGui's focus, and a click on an element (a screen reader's activation)
//   activates the widget, the way Space would;
// - after a "Scroll down" or "Scroll up" button (ui/item_registry.h), focus
//   goes to the first item the scroll brought into view, so reading goes on.
//
// Keys reach ImGui wherever DOM focus is, since GLFW listens on the window;
// Enter and Space on an element are therefore ImGui's alone.
#ifndef CLOUDGAP_APP_SEMANTICS_MIRROR_H_
#define CLOUDGAP_APP_SEMANTICS_MIRROR_H_

#include "ui/item_registry.h"
#include "ui/semantics.h"

namespace cloudgap {

class SemanticsMirror {
 public:
  // From the page's element events (exports.cc); applied at the next frame.
  void RequestFocus(unsigned id) { focus_request_ = id; }
  void RequestActivate(unsigned id) { focus_request_ = activate_request_ = id; }

  // Between ImGui::NewFrame() and the app's frame: moves ImGui's focus to the
  // item the page asked for, found in the last frame's `items`.
  void ApplyRequests(const ui::ItemRegistry& items);
  // After the frame: updates the page's elements if the semantics changed,
  // moves DOM focus after ImGui's focus when the keyboard moved it, and gives
  // the page the language its words are in (<html lang>, for speech).
  void Publish(const ui::ItemRegistry& items, const char* language);

 private:
  // A scroll button was pressed: scrolls its window by most of a page, and
  // remembers where what is new begins, for Publish to put focus there.
  void Scroll(const ui::ItemRecord& button);

  ui::SemanticsDiff diff_;
  unsigned reveal_window_ = 0;  // Whose newly shown items get focus; 0: none.
  float reveal_y_ = 0;          // Where they begin, screen pixels, after the scroll.
  bool reveal_down_ = true;
  unsigned focus_request_ = 0;
  unsigned activate_request_ = 0;
  unsigned shown_focus_ = 0;           // The item whose element was given DOM focus last.
  const char* shown_language_ = "en";  // index.html's.
};

}  // namespace cloudgap

#endif  // CLOUDGAP_APP_SEMANTICS_MIRROR_H_
