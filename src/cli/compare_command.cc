// `cloudgap compare BEFORE AFTER [--format md|json]`: what changed between two
// assessment documents (core/engine/compare.h), printed as Markdown (default)
// or JSON. Either may be "-" for standard input. A document of an earlier
// catalog version is opened through the migration; what it dropped, and so
// could not be compared, is listed on standard error.
#include <ostream>

#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "core/catalog/catalog_loader.h"
#include "core/engine/compare.h"
#include "core/report/report_compare.h"

namespace cloudgap::cli {
namespace {

int RunCompare(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = ParseArgs(args, CompareCommand().options);
  std::string format = "md";
  if (auto it = parsed.options.find("--format"); it != parsed.options.end()) format = it->second;
  std::string problem = parsed.error;
  if (problem.empty() && parsed.positional.size() != 2) {
    problem = "give two documents, BEFORE and AFTER (- for standard input)";
  } else if (problem.empty() && format != "md" && format != "json") {
    problem = "--format: '" + format + "' is not md or json";
  } else if (problem.empty() && parsed.positional[0] == "-" && parsed.positional[1] == "-") {
    problem = "only one of the documents can come from standard input";
  }
  if (!problem.empty()) {
    err << "cloudgap compare: " << problem << "\n" << Usage(CompareCommand());
    return 2;
  }
  const Catalog& catalog = BuiltinCatalog();
  const std::optional<Assessment> before =
      OpenDocument("compare", parsed.positional[0], catalog, in, err);
  const std::optional<Assessment> after =
      OpenDocument("compare", parsed.positional[1], catalog, in, err);
  if (!before || !after) return 1;
  const Comparison comparison = Compare(catalog, *before, *after);
  const ComparedNames names = {DocumentName(parsed.positional[0]),
                               DocumentName(parsed.positional[1])};
  out << (format == "json" ? RenderComparisonJson(comparison, names)
                           : RenderComparisonMarkdown(catalog, comparison, names));
  return 0;
}

}  // namespace

const Command& CompareCommand() {
  static const Command command = {
      "compare",
      "BEFORE AFTER",
      {{"--format", "md|json", "default md"}},
      RunCompare,
  };
  return command;
}

}  // namespace cloudgap::cli
