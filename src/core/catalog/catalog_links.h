// The controls' links (Control::depends_on and informed_by) as positions in
// the catalog, found once when the catalog is built rather than on every use:
// the roadmap follows every link of every control on each edit, and at 10,000
// controls hashing each id again, in a table of all ids built again each time,
// was one of its larger costs.
//
// The index (Catalog::links) is a cache; the ids stay the truth. The loader
// builds it; a catalog made in code has none until IndexLinks is called, and
// one changed after it (tests change links of a loaded catalog) may no longer
// match. LinkResolver therefore takes an indexed position only where the
// control there has the id the link names, and looks the id up otherwise: a
// missing or stale index costs time, never a different answer while ids are
// unique, as the loader requires. (Were they not, an id names the first
// control that has it, and only an up-to-date index says so too.)
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_LINKS_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_LINKS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/catalog/catalog.h"

namespace cloudgap {

// A link that names no control of the catalog.
inline constexpr std::uint32_t kNoLinkedControl = UINT32_MAX;

// Sets catalog->links from the controls' ids. O(controls + links).
void IndexLinks(Catalog* catalog);

// Resolves links to positions in catalog.controls, by the index where it
// matches the control and by id where not. The catalog must outlive it.
class LinkResolver {
 public:
  explicit LinkResolver(const Catalog& catalog) : catalog_(catalog) {}

  // The control that catalog.controls[i].depends_on[k] names, or
  // kNoLinkedControl when none has that id.
  std::uint32_t DependsOn(size_t i, size_t k) {
    const ControlLinks& l = catalog_.links;
    return Resolve(l.hard_first, l.hard, catalog_.controls[i].depends_on, i, k);
  }
  // The same for catalog.controls[i].informed_by[k].
  std::uint32_t InformedBy(size_t i, size_t k) {
    const ControlLinks& l = catalog_.links;
    return Resolve(l.soft_first, l.soft, catalog_.controls[i].informed_by, i, k);
  }

 private:
  std::uint32_t Resolve(const std::vector<std::uint32_t>& first,
                        const std::vector<std::uint32_t>& at, const std::vector<std::string>& ids,
                        size_t i, size_t k) {
    // Trusted only for a control indexed with as many links as it has now,
    // and only when the control at the position has the id.
    if (i + 1 < first.size() && first[i + 1] - first[i] == ids.size()) {
      const std::uint32_t p = at[first[i] + k];
      if (p < catalog_.controls.size() && catalog_.controls[p].id == ids[k]) return p;
    }
    return Lookup(ids[k]);
  }

  std::uint32_t Lookup(const std::string& id);

  const Catalog& catalog_;
  std::unordered_map<std::string_view, size_t> by_id_;  // Filled on the first lookup.
};

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_LINKS_H_
