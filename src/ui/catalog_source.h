// The catalog the app works with, loaded the first time it is asked for.
//
// Parsing and checking the built-in catalog costs more than anything else
// before the web app's first frame (BENCHMARKS.md, start-up), and a first
// visit's welcome screen needs none of it: the app asks for it when a document
// is opened or started, and the web runner loads it right after the first frame
// is on screen. A source made from a catalog that exists already (tests, the
// CLI) just hands it out.
#ifndef CLOUDGAP_UI_CATALOG_SOURCE_H_
#define CLOUDGAP_UI_CATALOG_SOURCE_H_

#include <functional>
#include <memory>

#include "core/catalog/catalog.h"

namespace cloudgap::ui {

class CatalogSource {
 public:
  // Implicit on purpose: wherever a catalog is at hand, it is its own source.
  CatalogSource(const Catalog& catalog);  // NOLINT(google-explicit-constructor)
  // `load` runs at most once, on the first get(); what it returns must outlive
  // every copy of this source.
  explicit CatalogSource(std::function<const Catalog&()> load);

  const Catalog& get() const;
  bool loaded() const { return state_->catalog != nullptr; }

 private:
  // Shared by copies, so that the session and the share flow load it once.
  struct State {
    std::function<const Catalog&()> load;
    const Catalog* catalog = nullptr;
  };
  std::shared_ptr<State> state_;
};

}  // namespace cloudgap::ui

#endif  // CLOUDGAP_UI_CATALOG_SOURCE_H_
