#include "ui/catalog_source.h"

#include <utility>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_text.h"
#include "ui/tr.h"

namespace cloudgap::ui {

CatalogSource::CatalogSource(const Catalog& catalog) : state_(std::make_shared<State>()) {
  state_->catalog = &catalog;
  state_->structure = &catalog;
}

CatalogSource::CatalogSource(std::function<const Catalog&()> load)
    : state_(std::make_shared<State>()) {
  state_->load = std::move(load);
}

const Catalog& CatalogSource::get() const {
  if (state_->catalog == nullptr) {
    state_->catalog = &state_->load();
    state_->structure = state_->catalog;
    state_->load = nullptr;
  }
  return *state_->catalog;
}

const UiLanguage& CatalogSource::text_language() const {
  return state_->text_language ? *state_->text_language : EnglishLanguage();
}

CatalogText CatalogSource::text() const {
  if (loaded() && get().text_complete() && &text_language() == state_->language) {
    return CatalogText::kComplete;
  }
  if (state_->loading_text) return CatalogText::kLoading;
  if (!state_->text_problem.empty()) return CatalogText::kFailed;
  return CatalogText::kNotAsked;
}

void CatalogSource::RequestText(SiteFiles& files) const {
  if (text() == CatalogText::kComplete) return;
  const UiLanguage& language = *state_->language;
  if (state_->loading_text == &language) return;
  get();
  state_->text_problem.clear();
  state_->text_file = state_->structure->text_file;
  if (&language == &EnglishLanguage() && state_->structure->text_complete()) {
    // A catalog that came whole: its own words are English.
    state_->complete.reset();
    state_->catalog = state_->structure;
    state_->text_language = nullptr;
    state_->text_arrived = true;
    return;
  }
  state_->loading_text = &language;
  const std::string& name =
      &language == &EnglishLanguage() ? state_->structure->text_file : language.catalog_file;
  // The callback holds the state, not this source, which may be a temporary copy.
  CatalogSource self = *this;
  files.Fetch(
      name, [self, &language](const SiteFiles::Result& result) { self.OnText(language, result); });
}

void CatalogSource::OnText(const UiLanguage& language, const SiteFiles::Result& result) const {
  if (state_->loading_text != &language) return;  // Another language was asked for since.
  state_->loading_text = nullptr;
  if (!result.ok) {
    state_->text_problem = Tr("the download failed ({detail})", {{"detail", result.detail}});
    return;
  }
  // Only the built-in catalog is ever split (cmake/split_catalog.py), and every
  // language's words come in the English file's form (core/catalog/catalog_text.h).
  CatalogLoadResult whole = LoadCatalogWithText(EmbeddedCatalogStructureJson(), result.bytes);
  const std::string problem = whole.errors.empty() ? "" : whole.errors[0].ToString();
  std::optional<Catalog>& words = whole.catalog;
  if (!words || words->sha256 != state_->structure->sha256) {
    state_->text_problem =
        Tr("the site sent a file that does not fit this version ({problem})",
           {{"problem", problem.empty() ? std::string(Tr("another catalog")) : problem}});
    return;
  }
  state_->complete = std::move(words);
  state_->catalog = &*state_->complete;
  state_->text_language = &language;
  state_->text_arrived = true;
}

bool CatalogSource::TakeTextArrival() const {
  return std::exchange(state_->text_arrived, false);
}

}  // namespace cloudgap::ui
