// `cloudgap catalog check [FILE]`: validates a catalog (the built-in one without
// FILE), prints what it holds, and runs the content lint (core/catalog/catalog_lint.h),
// so content authors can check their work. Exit 1 when it is invalid or the
// lint finds anything.
#include <fstream>
#include <map>
#include <ostream>
#include <sstream>

#include "cli/cli_language.h"
#include "cli/cli_options.h"
#include "cli/commands.h"
#include "core/catalog/catalog_embedded.h"
#include "core/catalog/catalog_lint.h"
#include "core/catalog/catalog_loader.h"

namespace cloudgap::cli {
namespace {

void PrintSummary(const Catalog& catalog, const MessageCatalog& words, std::ostream& out) {
  out << words.Tr("catalog {id} {version}: {title}",
                  {{"id", catalog.id}, {"version", catalog.version}, {"title", catalog.title}})
      << "\n";
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
  out << words.Tr("{count} controls: {extended} extended, {cloud} cld",
                  {{"count", catalog.controls.size()}, {"extended", extended}, {"cloud", cloud}})
      << "\n";
  for (const Clause& clause : catalog.clauses) {
    out << "  "
        << words.Tr("clause {number} {title}: {count}", {{"number", std::to_string(clause.number)},
                                                         {"title", clause.title},
                                                         {"count", per_clause[clause.number]}})
        << "\n";
  }
  out << words.Tr("{count} questions: {csc} csc, {csp} csp, {both} both",
                  {{"count", csc_only + csp_only + both},
                   {"csc", csc_only},
                   {"csp", csp_only},
                   {"both", both}})
      << "\n";
  out << words.Tr("{count} quick questions", {{"count", quick}}) << "\n";
  out << words.Tr(
             "{count} control-role pairs assessed on the ISO/IEC 27002 baseline (no cloud "
             "guidance for that role)",
             {{"count", baseline_only}})
      << "\n";
  out << words.Tr("{count} questions with an inherited form for layered providers",
                  {{"count", inherited}})
      << "\n";
}

// "cloudgap: <message>": the catalog's messages name no command, as they always have.
std::string Said(const MessageCatalog& words, const std::string& message) {
  return words.Tr("cloudgap: {message}", {{"message", message}});
}

int RunCatalog(const Args& args, const CliLanguage& language, std::istream& /*in*/,
               std::ostream& out, std::ostream& err) {
  const MessageCatalog& words = language.words;
  const ParsedArgs parsed = ParseArgs(args, CatalogCommand().options, words);
  const std::vector<std::string>& operands = parsed.positional;
  if (!parsed.error.empty() || operands.empty() || operands[0] != "check" || operands.size() > 2) {
    if (!parsed.error.empty()) err << Says(words, "catalog", parsed.error) << "\n";
    err << Usage(CatalogCommand(), words);
    return 2;
  }
  std::string text;
  std::string source(words.Tr("built-in catalog"));
  if (operands.size() == 2) {
    source = operands[1];
    std::ifstream in(source, std::ios::binary);
    if (!in.is_open()) {
      err << Said(words, words.Tr("cannot read {file}", {{"file", source}})) << "\n";
      return 1;
    }
    std::stringstream buffer;
    buffer << in.rdbuf();
    text = buffer.str();
    if (text.empty()) {  // Also what a directory reads as.
      err << Said(words, words.Tr("{file} is empty or not a file", {{"file", source}})) << "\n";
      return 1;
    }
  } else {
    text = std::string(EmbeddedCatalogJson());
  }

  // The catalog's problems are the core's words, as the linter's findings are.
  const JsonWords core_words = language.report_words.json_words();
  CatalogLoadResult result = LoadCatalog(text, core_words);
  if (!result.catalog) {
    for (const JsonError& e : result.errors) err << e.ToString(core_words) << "\n";
    err << Said(words, words.Tr("{file} is invalid: {count} problem(s)",
                                {{"file", source}, {"count", result.errors.size()}}))
        << "\n";
    return 1;
  }
  PrintSummary(*result.catalog, words, out);
  out << words.Tr("{file} is valid", {{"file", source}}) << "\n";
  const std::vector<LintFinding> findings = LintCatalog(*result.catalog, core_words);
  for (const LintFinding& f : findings) {
    err << words.Tr("lint {kind}: {where}: {message}",
                    {{"kind", LintKindName(f.kind)}, {"where", f.where}, {"message", f.message}})
        << "\n";
  }
  if (!findings.empty()) {
    err << Said(words, words.Tr("{file}: {count} content finding(s)",
                                {{"file", source}, {"count", findings.size()}}))
        << "\n";
    return 1;
  }
  out << words.Tr("content lint: no findings") << "\n";
  return 0;
}

}  // namespace

const Command& CatalogCommand() {
  static const Command command = {
      "catalog",
      "check [FILE]",
      {{"--language", kLanguageArgument, TrLater("the words of its messages; default en")}},
      RunCatalog};
  return command;
}

}  // namespace cloudgap::cli
