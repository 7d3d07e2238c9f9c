// When to save: shortly after the user stops changing things, and never more
// than a second after a change however busy they are. Typing a note saves
// once when the typing pauses, not on every key; a long burst still saves
// every second. Times are the Clock's monotonic seconds.
#ifndef CLOUDGAP_UI_AUTOSAVE_H_
#define CLOUDGAP_UI_AUTOSAVE_H_

#include <algorithm>

namespace cloudgap::ui {

class AutosavePolicy {
 public:
  static constexpr double kQuietSeconds = 0.3;     // Save once changes pause this long...
  static constexpr double kMaxDelaySeconds = 1.0;  // ...or this long after the first unsaved one.

  void Changed(double now) {
    if (!pending_) first_change_ = now;
    last_change_ = now;
    pending_ = true;
  }
  bool pending() const { return pending_; }
  bool Due(double now) const { return pending_ && SecondsUntilDue(now) <= 0; }
  // How long until Due(); negative when nothing is pending.
  double SecondsUntilDue(double now) const {
    if (!pending_) return -1;
    const double due = std::min(last_change_ + kQuietSeconds, first_change_ + kMaxDelaySeconds);
    return std::max(0.0, due - now);
  }
  void Saved() { pending_ = false; }

 private:
  bool pending_ = false;
  double first_change_ = 0;
  double last_change_ = 0;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_AUTOSAVE_H_
