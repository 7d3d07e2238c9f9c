#include "ui/catalog_source.h"

#include <utility>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_text.h"

namespace cloudgap::ui {

CatalogSource::CatalogSource(const Catalog& catalog) : state_(std::make_shared<State>()) {
  state_->catalog = &catalog;
}

CatalogSource::CatalogSource(std::function<const Catalog&()> load)
    : state_(std::make_shared<State>()) {
  state_->load = std::move(load);
}

const Catalog& CatalogSource::get() const {
  if (state_->catalog == nullptr) {
    state_->catalog = &state_->load();
    state_->load = nullptr;
  }
  return *state_->catalog;
}

CatalogText CatalogSource::text() const {
  if (loaded() && get().text_complete()) return CatalogText::kComplete;
  if (state_->loading_text) return CatalogText::kLoading;
  if (!state_->text_problem.empty()) return CatalogText::kFailed;
  return CatalogText::kNotAsked;
}

void CatalogSource::RequestText(SiteFiles& files) const {
  if (get().text_complete() || state_->loading_text) return;
  state_->loading_text = true;
  state_->text_problem.clear();
  state_->text_file = get().text_file;
  // The callback holds the state, not this source, which may be a temporary copy.
  CatalogSource self = *this;
  files.Fetch(get().text_file, [self](const SiteFiles::Result& result) { self.OnText(result); });
}

void CatalogSource::OnText(const SiteFiles::Result& result) const {
  state_->loading_text = false;
  if (!result.ok) {
    state_->text_problem = "the download failed (" + result.detail + ")";
    return;
  }
  // Only the built-in catalog is ever split (cmake/split_catalog.py).
  CatalogLoadResult whole = LoadCatalogWithText(EmbeddedCatalogStructureJson(), result.bytes);
  if (!whole.catalog || whole.catalog->sha256 != get().sha256) {
    state_->text_problem =
        "the site sent a file that does not fit this version (" +
        (whole.errors.empty() ? std::string("another catalog") : whole.errors[0].ToString()) + ")";
    return;
  }
  state_->complete = std::move(whole.catalog);
  state_->catalog = &*state_->complete;
  state_->text_arrived = true;
}

bool CatalogSource::TakeTextArrival() const {
  return std::exchange(state_->text_arrived, false);
}

}  // namespace cloudgap::ui
