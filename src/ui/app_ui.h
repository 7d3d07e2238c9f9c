// The CloudGap user interface: owns what the user is doing (which screen,
// which control) and draws it with Dear ImGui each frame. It reads the session
// (session.h), changes the assessment only through it, and reaches the browser
// only through the Platform interfaces, so it runs headless in native tests.
//
// Screens live one per file (screen_*.cc), like Tracy's views.
#ifndef CLOUDGAP_UI_APP_UI_H_
#define CLOUDGAP_UI_APP_UI_H_

#include <map>
#include <string>

#include "core/catalog.h"
#include "platform/platform.h"
#include "ui/session.h"
#include "ui/theme.h"

namespace cloudgap::ui {

enum class Screen { kWelcome, kProfile, kQuestionnaire, kResults, kRoadmap, kQuickResult };

// Stable names, used in announcements and tests ("welcome", "profile", ...).
const char* ScreenName(Screen screen);
// For people: "Welcome", "Profile", "Questions", "Results", "Roadmap", "Summary".
const char* ScreenTitle(Screen screen);

class AppUi {
 public:
  AppUi(Platform& platform, const Catalog& catalog);
  AppUi(const AppUi&) = delete;
  AppUi& operator=(const AppUi&) = delete;

  // Submits one frame's widgets; call between ImGui::NewFrame() and ImGui::Render().
  // Fonts (LoadFonts) and theme (ApplyTheme) must be set up.
  void Frame();

  // The current assessment document as JSON text ("{}" when none is open).
  std::string DocumentJson() const;

  Screen screen() const { return screen_; }
  const Session& session() const { return session_; }
  size_t current_control() const { return control_; }

  // Follows the system's light or dark preference until the user picks one.
  void SetSystemTheme(ThemeMode mode);

 private:
  // Navigation and chrome (app_ui.cc).
  void Navigate(Screen to);
  void GoToControl(size_t scoped_position);
  void DrawTopBar();
  void DrawStatusMessage();
  void Announce(const std::string& message);
  void ShowMessage(const std::string& message, bool error);
  bool Narrow() const;

  void OpenFile(const Files::OpenedFile& file);
  void StartAssessment(AssessmentMode mode);

  // Screens, each in its own file.
  void DrawWelcome();
  void DrawProfile();
  void DrawQuestionnaire();
  void DrawControlNavigator(float height);
  void DrawControl(const Control& control, size_t position);
  void DrawQuestion(const Control& control, const Question& question, int number);
  void DrawControlRecord(const Control& control);
  void HandleQuestionnaireKeys(const Control& control);
  void DrawResults();
  void DrawWhyThisScore();
  void DrawCallToAction();
  void DrawRoadmap();
  void DrawQuickResult();

  Platform& platform_;
  Session session_;
  Screen screen_ = Screen::kWelcome;
  bool theme_chosen_ = false;
  ThemeMode theme_ = ThemeMode::kLight;

  // Questionnaire: position in session_.scoped_controls(), the question that
  // answer keys apply to, and text being typed that is not yet valid to save
  // (a "not applicable" needs its justification before it is recorded).
  size_t control_ = 0;
  int focus_question_ = 0;
  bool scroll_to_top_ = false;
  bool navigator_open_ = false;
  std::map<std::string, std::string> na_drafts_;      // By question id.
  std::map<std::string, bool> na_pending_;            // N/A chosen, awaiting justification.
  std::map<std::string, std::string> due_drafts_;     // By control id.
  std::string control_na_draft_;
  bool control_na_pending_ = false;

  // Profile: edited here and saved whenever it is valid.
  Profile profile_draft_;

  // Results: the control whose score is being explained.
  std::string why_control_;

  std::string message_;
  bool message_is_error_ = false;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_APP_UI_H_
