// `cloudgap catalog check [FILE]`: validates a catalog (the built-in one without
// FILE), prints what it holds, and runs the content lint (core/catalog/catalog_lint.h),
// so content authors can check their work. Exit 1 when it is invalid or the
// lint finds anything.
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include "cli/commands.h"
#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_lint.h"
#include "core/catalog/catalog_loader.h"

namespace cloudgap::cli {
namespace {

void PrintSummary(const Catalog& catalog, std::ostream& out) {
  out << "catalog " << catalog.id << " " << catalog.version << ": " << catalog.title << "\n";
  out << "sha256 " << catalog.sha256 << "\n";

  int extended = 0, cloud = 0;
  std::map<int, int> per_clause;
  int csc_only = 0, csp_only = 0, both = 0;
  size_t quick = 0, baseline_only = 0, inherited = 0;
  for (const Control& c : catalog.controls) {
    (c.kind == ControlKind::kCloud ? cloud : extended)++;
    per_clause[c.clause]++;
    quick += c.quick_questions.size();
    baseline_only += c.applies_to.size() - c.guidance_for.size();
    for (const Question& q : c.questions) inherited += q.inherited_text.empty() ? 0 : 1;
    for (const Question& q : c.questions) {
      if (q.roles.size() > 1) {
        ++both;
      } else {
        (q.roles[0] == Role::kCustomer ? csc_only : csp_only)++;
      }
    }
  }
  out << catalog.controls.size() << " controls: " << extended << " extended, " << cloud << " cld\n";
  for (const Clause& clause : catalog.clauses) {
    out << "  clause " << clause.number << " " << clause.title << ": " << per_clause[clause.number]
        << "\n";
  }
  out << csc_only + csp_only + both << " questions: " << csc_only << " csc, " << csp_only
      << " csp, " << both << " both\n";
  out << quick << " quick questions\n";
  out << baseline_only << " control-role pairs assessed on the ISO/IEC 27002 baseline (no cloud "
      << "guidance for that role)\n";
  out << inherited << " questions with an inherited form for layered providers\n";
}

int RunCatalog(const Args& args, std::istream& /*in*/, std::ostream& out, std::ostream& err) {
  if (args.empty() || args[0] != "check" || args.size() > 2) {
    err << Usage(CatalogCommand());
    return 2;
  }
  std::string text;
  std::string source = "built-in catalog";
  if (args.size() == 2) {
    source = args[1];
    std::ifstream in(source, std::ios::binary);
    if (!in.is_open()) {
      err << "cloudgap: cannot read " << source << "\n";
      return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    if (text.empty()) {  // Also what a directory reads as.
      err << "cloudgap: " << source << " is empty or not a file\n";
      return 1;
    }
  } else {
    text = std::string(EmbeddedCatalogJson());
  }

  CatalogLoadResult result = LoadCatalog(text);
  if (!result.catalog) {
    for (const JsonError& e : result.errors) err << e.ToString() << "\n";
    err << "cloudgap: " << source << " is invalid: " << result.errors.size() << " problem(s)\n";
    return 1;
  }
  PrintSummary(*result.catalog, out);
  out << source << " is valid\n";
  const std::vector<LintFinding> findings = LintCatalog(*result.catalog);
  for (const LintFinding& f : findings) {
    err << "lint " << LintKindName(f.kind) << ": " << f.where << ": " << f.message << "\n";
  }
  if (!findings.empty()) {
    err << "cloudgap: " << source << ": " << findings.size() << " content finding(s)\n";
    return 1;
  }
  out << "content lint: no findings\n";
  return 0;
}

}  // namespace

const Command& CatalogCommand() {
  static const Command command = {"catalog", "check [FILE]", {}, RunCatalog};
  return command;
}

}  // namespace cloudgap::cli
