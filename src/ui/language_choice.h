// Which language the screens speak, and getting its words.
//
// The app follows the browser's preferred languages until the person picks
// one; the pick is kept in this browser (kLanguageKey) and wins from then on.
// A language's words (languages.h) are fetched when it is wanted and take over
// between frames (Apply), so a frame is never drawn in two languages. While
// they are on their way, and if they cannot be had, the screens keep the
// language they had: a failed download leaves a message, never a blank label.
// Nothing here touches a document or a score: a language is how the app
// speaks, not what it keeps.
#ifndef CLOUDGAP_UI_LANGUAGE_CHOICE_H_
#define CLOUDGAP_UI_LANGUAGE_CHOICE_H_

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/i18n/message_catalog.h"
#include "platform/platform.h"
#include "ui/languages.h"

namespace cloudgap::ui {

inline constexpr char kLanguageKey[] = "cloudgap/language";

class LanguageChoice {
 public:
  // Reads a pick kept by an earlier visit and asks for its words.
  LanguageChoice(Storage& storage, SiteFiles& files);

  // The browser's languages, most preferred first; ignored once the person picked one.
  void FollowBrowser(const std::vector<std::string>& preferred);
  // The person's pick, kept for the next visit. An unknown tag is ignored.
  void Choose(std::string_view tag);

  // Call before a frame: makes the screens speak the language whose words
  // arrived (ui/tr.h). True when the language changed.
  bool Apply();

  const UiLanguage& current() const { return *current_; }
  // The language asked for, which is current() unless its words are on their way.
  const UiLanguage& wanted() const { return *wanted_; }
  bool picked() const { return picked_; }
  // Why the last language asked for could not be had, in the person's words;
  // empty when nothing failed. Cleared by the next request.
  const std::string& problem() const { return state_->problem; }

 private:
  struct State {
    const UiLanguage* loading = nullptr;  // Whose words are being fetched.
    const UiLanguage* arrived_language = nullptr;
    std::optional<MessageCatalog> arrived;
    std::string problem;
  };
  void Want(const UiLanguage& language);

  Storage& storage_;
  SiteFiles& files_;
  const UiLanguage* current_;
  const UiLanguage* wanted_;
  bool picked_ = false;
  // Shared with the fetch's callback, which may outlive nothing else here.
  std::shared_ptr<State> state_ = std::make_shared<State>();
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_LANGUAGE_CHOICE_H_
