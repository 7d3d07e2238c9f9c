#include "ui/language_choice.h"

#include <utility>

#include "ui/tr.h"

namespace cloudgap::ui {

LanguageChoice::LanguageChoice(Storage& storage, SiteFiles& files)
    : storage_(storage), files_(files), current_(&EnglishLanguage()), wanted_(current_) {
  if (const std::optional<std::string> kept = storage_.Read(kLanguageKey)) {
    if (const UiLanguage* language = FindUiLanguage(*kept)) {
      picked_ = true;
      Want(*language);
    }
  }
}

void LanguageChoice::FollowBrowser(const std::vector<std::string>& preferred) {
  if (!picked_) Want(LanguageForPreferences(preferred));
}

void LanguageChoice::Choose(std::string_view tag) {
  const UiLanguage* language = FindUiLanguage(tag);
  if (language == nullptr) return;
  picked_ = true;
  // A browser that keeps nothing still changes language for this visit.
  storage_.Write(kLanguageKey, language->tag);
  Want(*language);
}

void LanguageChoice::Want(const UiLanguage& language) {
  wanted_ = &language;
  state_->problem.clear();
  state_->arrived.reset();
  if (&language == current_) {  // Back to what the screens speak: a fetch on its way is moot.
    state_->loading = nullptr;
    return;
  }
  if (&language == &EnglishLanguage()) {  // The code's own words: nothing to fetch.
    state_->loading = nullptr;
    state_->arrived_language = &language;
    state_->arrived.emplace();
    return;
  }
  if (state_->loading == &language) return;
  state_->loading = &language;
  std::weak_ptr<State> state = state_;
  files_.Fetch(language.messages_file, [state, &language](const SiteFiles::Result& result) {
    const std::shared_ptr<State> s = state.lock();
    if (!s || s->loading != &language) return;  // Another language was asked for since.
    s->loading = nullptr;
    if (!result.ok) {
      s->problem = Tr("The words for {language} could not be downloaded ({detail}).",
                      {{"language", language.name}, {"detail", result.detail}});
      return;
    }
    MessageCatalogLoad load = LoadMessageCatalog(result.bytes);
    if (load.problem != InputProblem::kNone || load.catalog.language() != language.tag) {
      s->problem = Tr("The words for {language} do not fit this version of the app.",
                      {{"language", language.name}});
      return;
    }
    s->arrived_language = &language;
    s->arrived = std::move(load.catalog);
  });
}

bool LanguageChoice::Apply() {
  if (!state_->arrived) return false;
  const UiLanguage* language = std::exchange(state_->arrived_language, nullptr);
  MessageCatalog messages = std::move(*state_->arrived);
  state_->arrived.reset();
  if (language != wanted_) return false;
  const bool changed = language != current_;
  current_ = language;
  if (changed) SetUiMessages(std::move(messages));
  return changed;
}

}  // namespace cloudgap::ui
