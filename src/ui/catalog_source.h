// The catalog the app works with, loaded the first time it is asked for, and
// its words, downloaded the first time something needs them.
//
// Parsing and checking the built-in catalog costs more than anything else
// before the web app's first frame (BENCHMARKS.md, start-up), and a first
// visit's welcome screen needs none of it: the app asks for it when a document
// is opened or started, and the web runner loads it right after the first frame
// is on screen. A source made from a catalog that exists already (tests, the
// CLI) just hands it out.
//
// The web app's built-in catalog is the structure only (core/catalog/catalog_text.h):
// everything scoring, the roadmap, documents and the quick scan need, with the
// words of the full questionnaire, guidance, evidence and actions in a file of
// the site. RequestText fetches that file once; when it is in and checks out,
// get() returns the complete catalog, whose ids and order are the structure's,
// and TakeTextArrival() says so once, so the session can recompute. Until then
// each of those words reads as kTextPlaceholder.
//
// The words come in the language set (ui/languages.h): English from that file,
// any other from the language's file of the same form (core/catalog/catalog_text.h),
// which also names the texts the structure keeps, so the English is never needed.
// Ids, weights and the sha256 are the structure's in every language: scores and
// documents never change with it. Until a new language's words are in, get()
// keeps the words it had.
#ifndef CLOUDGAP_UI_CATALOG_SOURCE_H_
#define CLOUDGAP_UI_CATALOG_SOURCE_H_

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "core/catalog/catalog.h"
#include "core/text/enum_text.h"
#include "platform/platform.h"
#include "ui/languages.h"

namespace cloudgap::ui {

enum class CatalogText {
  kComplete,  // Nothing to fetch: the catalog has its words.
  kNotAsked,  // The words are in a file not asked for yet.
  kLoading,
  kFailed,  // text_problem() says why; RequestText tries again.
};
// For browser tests (AppUi::WhereJson).
inline constexpr EnumText<CatalogText> kCatalogTextNames[] = {{CatalogText::kComplete, "complete"},
                                                              {CatalogText::kNotAsked, "not_asked"},
                                                              {CatalogText::kLoading, "loading"},
                                                              {CatalogText::kFailed, "failed"}};
static_assert(InEnumOrder(kCatalogTextNames));

class CatalogSource {
 public:
  // Implicit on purpose: wherever a catalog is at hand, it is its own source.
  CatalogSource(const Catalog& catalog);  // NOLINT(google-explicit-constructor)
  // `load` runs at most once, on the first get(); what it returns must outlive
  // every copy of this source.
  explicit CatalogSource(std::function<const Catalog&()> load);

  const Catalog& get() const;
  bool loaded() const { return state_->catalog != nullptr; }

  // The language whose words text() reports on; English until set.
  void SetLanguage(const UiLanguage& language) const { state_->language = &language; }
  // The language of get()'s words now.
  const UiLanguage& text_language() const;

  // kComplete when get() has every word, in the language set.
  CatalogText text() const;
  // Fetches the catalog's text file unless it is in or on its way; after a
  // failure, tries again. Loads the catalog first if need be.
  void RequestText(SiteFiles& files) const;
  // For the person: why the text could not be had, when text() is kFailed.
  const std::string& text_problem() const { return state_->text_problem; }
  // True once, after the text arrived and get() became the complete catalog.
  bool TakeTextArrival() const;
  // The SiteFiles name of the English text file once a text was asked for;
  // empty for a catalog that came whole.
  const std::string& text_file() const { return state_->text_file; }

 private:
  // Shared by copies, so that the session and the share flow load it once.
  struct State {
    std::function<const Catalog&()> load;
    const Catalog* catalog = nullptr;
    const Catalog* structure = nullptr;  // The catalog as load gave it: every language starts here.
    const UiLanguage* language = &EnglishLanguage();
    const UiLanguage* text_language = nullptr;  // Of `complete`; null: the structure's own words.
    const UiLanguage* loading_text = nullptr;
    bool text_arrived = false;
    std::string text_problem;
    std::string text_file;
    std::optional<Catalog> complete;
  };
  void OnText(const UiLanguage& language, const SiteFiles::Result& result) const;

  std::shared_ptr<State> state_;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_CATALOG_SOURCE_H_
