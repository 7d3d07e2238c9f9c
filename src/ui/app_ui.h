// The CloudGap user interface: owns what the user is doing (which screen,
// which assessment) and draws it with Dear ImGui each frame. It reads core
// state, changes it only through core functions, and reaches the browser only
// through the Platform interfaces, so it runs headless in native tests.
#ifndef CLOUDGAP_UI_APP_UI_H_
#define CLOUDGAP_UI_APP_UI_H_

#include <string>

#include "platform/platform.h"

namespace cloudgap::ui {

enum class Screen { kWelcome, kProfile };

// Names used in announcements and in the UI state JSON ("welcome", "profile").
const char* ScreenName(Screen screen);

class AppUi {
 public:
  explicit AppUi(Platform& platform);
  AppUi(const AppUi&) = delete;
  AppUi& operator=(const AppUi&) = delete;

  // Submits one frame's widgets; call between ImGui::NewFrame() and ImGui::Render().
  // Fonts (LoadFonts) and theme (ApplyTheme) must be set up.
  void Frame();

  // The current assessment document as JSON text.
  std::string DocumentJson() const;

  Screen screen() const { return screen_; }

 private:
  void Navigate(Screen to);
  void DrawWelcome();
  void DrawProfile();

  Platform& platform_;
  Screen screen_ = Screen::kWelcome;
  bool quick_mode_ = true;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_APP_UI_H_
