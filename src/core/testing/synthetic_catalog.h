// Generated catalogs and assessments for tests and benchmarks: any size, with
// dependencies, the same bytes for the same seed on every platform (our own
// generator, not <random>, whose distributions differ between libraries).
// Generated catalogs follow the loader's rules: unique ids, questions for each
// role in guidance_for, dependencies only on earlier controls (so acyclic).
#ifndef CLOUDGAP_CORE_TESTING_SYNTHETIC_CATALOG_H_
#define CLOUDGAP_CORE_TESTING_SYNTHETIC_CATALOG_H_

#include <cstdint>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"

namespace cloudgap {

// SplitMix64: small, fast and fully specified.
class SplitMix64 {
 public:
  explicit SplitMix64(std::uint64_t seed) : state_(seed) {}
  std::uint64_t Next();
  int Uniform(int lo, int hi);  // Inclusive; lo <= hi.

 private:
  std::uint64_t state_;
};

struct SyntheticCatalogOptions {
  int controls = 100;
  std::uint64_t seed = 1;
  int max_dependencies = 3;  // Per control, on controls up to `dependency_window` earlier.
  int dependency_window = 50;
};

Catalog MakeSyntheticCatalog(const SyntheticCatalogOptions& options);

// An assessment of `catalog` in which every question (full and quick) gets a
// counted answer drawn by `seed`: yes, partly, no or don't know.
Assessment MakeSyntheticAssessment(const Catalog& catalog, const Profile& profile,
                                   std::uint64_t seed);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_SYNTHETIC_CATALOG_H_
