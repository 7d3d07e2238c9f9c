#include "core/testing/synthetic_catalog.h"

#include <algorithm>
#include <string>

#include "core/catalog/catalog_links.h"

namespace cloudgap {
namespace {

constexpr int kFirstClause = 5;
constexpr int kClauseCount = 14;  // 5..18, as in ISO/IEC 27002:2013.

std::vector<ServiceModel> RandomServices(SplitMix64* rng) {
  std::vector<ServiceModel> out;
  const int mask = rng->Uniform(1, 7);
  for (int s = 0; s < 3; ++s) {
    if (mask & (1 << s)) out.push_back(static_cast<ServiceModel>(s));
  }
  return out;
}

void AddStandardScales(Catalog* c) {
  c->answer_scale = {{"yes", "Yes", "", 1.0},
                     {"partly", "Partly", "", 0.5},
                     {"no", "No", "", 0.0},
                     {"dont_know", "Don't know", "", 0.0},
                     {"na", "Not applicable", "", 0.0}};
  for (int level = 0; level <= 5; ++level) {
    c->maturity_scale.push_back({level, "Level " + std::to_string(level), ""});
  }
}

}  // namespace

std::uint64_t SplitMix64::Next() {
  std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

int SplitMix64::Uniform(int lo, int hi) {
  const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
  return lo + static_cast<int>(Next() % span);
}

Catalog MakeSyntheticCatalog(const SyntheticCatalogOptions& options) {
  SplitMix64 rng(options.seed);
  Catalog c;
  c.id = "synthetic";
  c.version = "1.0.0";
  c.title = "Synthetic catalog";
  static const char kHex[] = "0123456789abcdef";
  for (int i = 0; i < 64; ++i) c.sha256 += kHex[rng.Next() % 16];
  AddStandardScales(&c);
  for (int n = kFirstClause; n < kFirstClause + kClauseCount; ++n) {
    c.clauses.push_back({n, "Clause " + std::to_string(n), "A generated clause."});
  }
  c.controls.reserve(static_cast<size_t>(options.controls));
  for (int i = 0; i < options.controls; ++i) {
    Control ctl;
    ctl.id = "S." + std::to_string(i);
    ctl.label = ctl.id;
    ctl.kind = i % 7 == 0 ? ControlKind::kCloud : ControlKind::kExtended;
    ctl.clause = kFirstClause + i % kClauseCount;
    ctl.title = "Generated control " + std::to_string(i);
    const int audience = rng.Uniform(0, 2);  // csc, csp, both.
    if (audience != 1) ctl.guidance_for.push_back(Role::kCustomer);
    if (audience != 0) ctl.guidance_for.push_back(Role::kProvider);
    ctl.applies_to = ctl.guidance_for;
    const std::vector<ServiceModel> all = {ServiceModel::kIaas, ServiceModel::kPaas,
                                           ServiceModel::kSaas};
    // Two questions per role on every service model, then some scoped ones.
    const int questions = static_cast<int>(2 * ctl.applies_to.size()) + rng.Uniform(0, 3);
    for (int q = 0; q < questions; ++q) {
      Question question;
      question.id = ctl.id + "-q" + std::to_string(q + 1);
      question.text = "Generated question " + std::to_string(q + 1) + "?";
      question.roles = {ctl.applies_to[static_cast<size_t>(q) % ctl.applies_to.size()]};
      question.services =
          q < static_cast<int>(2 * ctl.applies_to.size()) ? all : RandomServices(&rng);
      IndexScope(&question);
      ctl.questions.push_back(std::move(question));
    }
    Question quick;
    quick.id = ctl.id + "-quick";
    quick.text = "Generated quick question?";
    quick.roles = ctl.applies_to;
    quick.services = all;
    IndexScope(&quick);
    ctl.quick_questions = {std::move(quick)};
    ctl.risk_weight = rng.Uniform(1, 5);
    ctl.effort.min = rng.Uniform(1, 20);
    ctl.effort.max = ctl.effort.min + rng.Uniform(0, 30);
    for (const char* step : {"Decide who owns it.", "Write it down.", "Check it works."}) {
      ctl.actions.push_back({step, ctl.applies_to});
    }
    const int deps = i == 0 ? 0 : rng.Uniform(0, options.max_dependencies);
    for (int d = 0; d < deps; ++d) {
      const int earliest = std::max(0, i - options.dependency_window);
      const std::string dep = "S." + std::to_string(rng.Uniform(earliest, i - 1));
      if (std::find(ctl.depends_on.begin(), ctl.depends_on.end(), dep) == ctl.depends_on.end()) {
        ctl.depends_on.push_back(dep);
      }
    }
    c.controls.push_back(std::move(ctl));
  }
  IndexLinks(&c);  // As the loader does: the roadmap follows links by position.
  return c;
}

Assessment MakeSyntheticAssessment(const Catalog& catalog, const Profile& profile,
                                   std::uint64_t seed) {
  SplitMix64 rng(seed);
  Assessment a = NewAssessment(catalog, profile, "2024-01-01T00:00:00Z");
  static const Answer kCounted[] = {Answer::kYes, Answer::kPartly, Answer::kNo, Answer::kDontKnow};
  auto answer = [&](const Question& q) { a.answers[q.id].answer = kCounted[rng.Next() % 4]; };
  for (const Control& c : catalog.controls) {
    for (const Question& q : c.questions) answer(q);
    for (const Question& q : c.quick_questions) answer(q);
  }
  return a;
}

}  // namespace cloudgap
