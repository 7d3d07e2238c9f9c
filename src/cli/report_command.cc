// `cloudgap report FILE --format json|md`: scores an assessment document and
// prints the report. An invalid document gets one line per problem, each
// naming the field (as a JSON pointer) and the reason, and exit code 1.
#include <fstream>
#include <iostream>
#include <ostream>
#include <sstream>

#include "cli/cli_options.h"
#include "cli/commands.h"
#include "core/catalog_loader.h"
#include "core/document_json.h"
#include "core/report_json.h"
#include "core/report_markdown.h"

namespace cloudgap::cli {
namespace {

constexpr const char* kUsage = "usage: cloudgap report FILE|- [--format json|md]\n";

bool ReadAll(const std::string& path, std::string* text) {
  std::stringstream buffer;
  if (path == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) return false;
    buffer << in.rdbuf();
  }
  *text = buffer.str();
  return true;
}

}  // namespace

int RunReport(const Args& args, std::ostream& out, std::ostream& err) {
  ParsedArgs parsed = ParseArgs(args, {"--format"});
  if (!parsed.error.empty() || parsed.positional.size() != 1) {
    err << "cloudgap report: "
        << (parsed.error.empty() ? "give exactly one FILE (or - for standard input)"
                                 : parsed.error)
        << "\n" << kUsage;
    return 2;
  }
  std::string format = "json";
  if (auto it = parsed.options.find("--format"); it != parsed.options.end()) format = it->second;
  if (format != "json" && format != "md") {
    err << "cloudgap report: --format: '" << format << "' is not json or md\n" << kUsage;
    return 2;
  }
  const std::string& path = parsed.positional[0];
  const std::string name = path == "-" ? "standard input" : path;
  std::string text;
  if (!ReadAll(path, &text)) {
    err << "cloudgap report: cannot read " << name << "\n";
    return 1;
  }
  const Catalog& catalog = BuiltinCatalog();
  DocumentParseResult result = ParseAssessmentDocument(catalog, text);
  for (const std::string& warning : result.warnings) err << name << ": warning: " << warning << "\n";
  if (!result.assessment) {
    for (const DocumentError& e : result.errors) err << name << ": " << e.ToString() << "\n";
    err << "cloudgap report: " << name << " is not a valid assessment (" << result.errors.size()
        << (result.errors.size() == 1 ? " problem)\n" : " problems)\n");
    return 1;
  }
  out << (format == "json" ? RenderJsonReport(catalog, *result.assessment)
                           : RenderMarkdownReport(catalog, *result.assessment));
  return 0;
}

}  // namespace cloudgap::cli
