// Scoring plus roadmap on the real catalog and on generated catalogs up to
// 100,000 controls with dependencies. The cost should grow no faster than
// n log n plus the number of dependency edges: compare the per-control times
// across sizes (the per_control counter; benchmark's complexity fit prints the
// curve it sees). Past the CPU caches the per-control time also grows with the
// memory the larger catalogs touch, which the fit reads as extra growth.
#include <benchmark/benchmark.h>

#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_loader.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/testing/synthetic_catalog.h"

namespace cloudgap {
namespace {

// A generated catalog; its links come indexed, as the loader leaves a catalog
// (catalog_links.h).
Catalog Generated(int controls) {
  return MakeSyntheticCatalog({controls, 42, 3, 50});
}

Profile BothRolesFullScan() {
  Profile p;
  p.role = RoleScope::kBoth;
  return p;
}

void ScoreAndPlan(benchmark::State& state, const Catalog& catalog, const Assessment& a) {
  size_t items = 0;
  for (auto _ : state) {
    Evaluation e = Evaluate(catalog, a);
    Roadmap r = BuildRoadmap(catalog, a, e);
    items = r.items.size();
    benchmark::DoNotOptimize(r);
  }
  state.counters["controls"] = static_cast<double>(catalog.controls.size());
  // Seconds per control per run: flat for linear work, growing slowly for n log n.
  state.counters["per_control"] = benchmark::Counter(
      static_cast<double>(catalog.controls.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.counters["roadmap_items"] = static_cast<double>(items);
}

void BM_RealCatalog(benchmark::State& state) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment a = MakeSyntheticAssessment(catalog, BothRolesFullScan(), 1);
  ScoreAndPlan(state, catalog, a);
}
BENCHMARK(BM_RealCatalog)->Unit(benchmark::kMicrosecond);

// What the app does before its first frame: parse, check and hash the built-in
// catalog (BENCHMARKS.md, start-up).
void BM_LoadBuiltinCatalog(benchmark::State& state) {
  for (auto _ : state) {
    CatalogLoadResult result = LoadCatalog(EmbeddedCatalogJson());
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(EmbeddedCatalogJson().size()));
}
BENCHMARK(BM_LoadBuiltinCatalog)->Unit(benchmark::kMillisecond);

void BM_GeneratedCatalog(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  const Catalog catalog = Generated(n);
  const Assessment a = MakeSyntheticAssessment(catalog, BothRolesFullScan(), 1);
  size_t edges = 0;
  for (const Control& c : catalog.controls) edges += c.depends_on.size();
  ScoreAndPlan(state, catalog, a);
  state.counters["dependency_edges"] = static_cast<double>(edges);
  state.SetComplexityN(n);
}
BENCHMARK(BM_GeneratedCatalog)
    ->RangeMultiplier(10)
    ->Range(100, 100000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

// The two halves of BM_GeneratedCatalog apart, to see which one grows.
void BM_GeneratedEvaluate(benchmark::State& state) {
  const Catalog catalog = Generated(static_cast<int>(state.range(0)));
  const Assessment a = MakeSyntheticAssessment(catalog, BothRolesFullScan(), 1);
  for (auto _ : state) benchmark::DoNotOptimize(Evaluate(catalog, a));
}
BENCHMARK(BM_GeneratedEvaluate)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

void BM_GeneratedRoadmap(benchmark::State& state) {
  const Catalog catalog = Generated(static_cast<int>(state.range(0)));
  const Assessment a = MakeSyntheticAssessment(catalog, BothRolesFullScan(), 1);
  const Evaluation e = Evaluate(catalog, a);
  for (auto _ : state) benchmark::DoNotOptimize(BuildRoadmap(catalog, a, e));
}
BENCHMARK(BM_GeneratedRoadmap)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace cloudgap

BENCHMARK_MAIN();
