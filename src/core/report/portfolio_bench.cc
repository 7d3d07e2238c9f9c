// `cloudgap summarize` without the disk: one portfolio row per document text
// (parse, migrate, score, roadmap), over 1,000 and 10,000 documents' worth. The
// texts are 64 generated full assessments used in turn, so the run measures
// the work per document, not the memory of 10,000 copies. Linear growth shows
// as a flat per_document time across the sizes.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/report/portfolio.h"
#include "core/testing/synthetic_catalog.h"

namespace cloudgap {
namespace {

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    for (uint64_t seed = 1; seed <= 64; ++seed) {
      Profile profile;
      profile.organisation = "Prospect " + std::to_string(seed);
      profile.role = seed % 3 == 0 ? RoleScope::kProvider : RoleScope::kCustomer;
      out.push_back(SerializeAssessmentDocument(
          MakeSyntheticAssessment(BuiltinCatalog(), profile, seed), JsonStyle::kCompact));
    }
    return out;
  }();
  return texts;
}

void BM_Summarize(benchmark::State& state) {
  const Catalog& catalog = BuiltinCatalog();
  const std::vector<std::string>& texts = Texts();
  const size_t documents = static_cast<size_t>(state.range(0));
  size_t bytes = 0;
  for (auto _ : state) {
    std::vector<PortfolioRow> rows;
    rows.reserve(documents);
    bytes = 0;
    for (size_t i = 0; i < documents; ++i) {
      const std::string& text = texts[i % texts.size()];
      bytes += text.size();
      rows.push_back(SummarizeDocument(catalog, text, "document"));
    }
    benchmark::DoNotOptimize(RenderPortfolioCsv(rows));
  }
  state.counters["documents"] = static_cast<double>(documents);
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
  state.counters["per_document"] = benchmark::Counter(
      static_cast<double>(documents),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_Summarize)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Complexity();

}  // namespace
}  // namespace cloudgap

BENCHMARK_MAIN();
