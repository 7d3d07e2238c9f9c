#include "ui/catalog_source.h"

#include <utility>

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

}  // namespace cloudgap::ui
