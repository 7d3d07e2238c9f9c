// The dependency graph of a catalog's controls (Control::depends_on).
//
// Edges run from a control to the controls it depends on. Dependencies that name
// no control of the catalog, and a control depending on itself, are ignored here:
// the loader reports those separately. Every result is deterministic and follows
// catalog order wherever there is a choice, so output does not change between runs.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_GRAPH_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_GRAPH_H_

#include <cstddef>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"

namespace cloudgap {

// One dependency cycle, as catalog indexes of controls: path.front() == path.back(),
// and each control depends on the next. `edge` is the position, in the depends_on
// of the second-to-last control, of the dependency that closes the cycle.
struct DependencyCycle {
  std::vector<size_t> path;
  size_t edge = 0;

  // "A -> B -> A".
  std::string Describe(const Catalog& catalog) const;
};

// Each cycle found by a depth-first search in catalog order, one per closing edge.
// Empty exactly when the dependencies are acyclic.
std::vector<DependencyCycle> FindDependencyCycles(const Catalog& catalog);

// All controls, each after every control it depends on; among controls that are
// ready at the same time, the earlier in catalog order comes first. A catalog from
// the loader is acyclic; were it not, the controls left on cycles would be appended
// in catalog order.
std::vector<const Control*> TopologicalOrder(const Catalog& catalog);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_GRAPH_H_
