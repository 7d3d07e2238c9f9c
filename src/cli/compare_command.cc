// `cloudgap compare BEFORE AFTER [--format md|json|html|docx] [--output FILE]
// [--brand CONFIG] [--language en|de|fr]`: what changed between two assessment
// documents (core/engine/compare.h), as Markdown (default), JSON, an HTML page
// or a Word document, the last three in the host's brand. --language writes
// the Markdown, HTML and Word comparisons in German or French (cli_language.h),
// the documents read against that language's catalog; the JSON keeps its
// English keys. Either document may be "-" for standard input. A document of
// an earlier catalog version is opened through the migration; what it
// dropped, and so could not be compared, is listed on standard error and in
// the comparison.
#include <ostream>

#include "cli/cli_language.h"
#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "cli/report_output.h"
#include "core/catalog/catalog_loader.h"
#include "core/engine/compare.h"
#include "core/office/comparison_document.h"
#include "core/report/report_compare.h"

namespace cloudgap::cli {
namespace {

int RunCompare(const Args& args, const CliLanguage& language, std::istream& in, std::ostream& out,
               std::ostream& err) {
  const MessageCatalog& words = language.words;
  const ParsedArgs parsed = ParseArgs(args, CompareCommand().options, words);
  const auto option = [&](const char* name, const char* otherwise) {
    auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::string(otherwise) : it->second;
  };
  const std::string format = option("--format", "md");
  const std::string output = option("--output", "");
  std::string problem = parsed.error;
  if (problem.empty() && parsed.positional.size() != 2) {
    problem = words.Tr("give two documents, BEFORE and AFTER (- for standard input)");
  } else if (problem.empty() && format != "md" && format != "json" && format != "html" &&
             format != "docx") {
    problem = words.Tr("--format: ''{value}'' is not md, json, html or docx", {{"value", format}});
  } else if (problem.empty() && parsed.positional[0] == "-" && parsed.positional[1] == "-") {
    problem = words.Tr("only one of the documents can come from standard input");
  } else if (problem.empty() && (format == "json" || format == "md") &&
             parsed.options.count("--brand")) {
    problem = words.Tr("--brand applies to --format html and docx");
  }
  if (!problem.empty()) {
    err << Says(words, "compare", problem) << "\n" << Usage(CompareCommand(), words);
    return 2;
  }
  if (format == "docx" && output.empty() && IsTerminal(out)) {
    err << Says(words, "compare", BinaryToTerminal(words, "docx")) << "\n";
    return 2;
  }
  std::optional<ReportBrand> brand = ReportBrand{};
  if (parsed.options.count("--brand")) {
    brand = LoadReportBrand("compare", language, option("--brand", ""), err);
    if (!brand) return 1;
  }
  const Catalog& catalog = language.CatalogOr(BuiltinCatalog());
  const MessageCatalog& report_words = language.report_words;
  // The JSON comparison is for programs: its document names stay as given.
  const MessageCatalog& names = format == "json" ? EnglishMessages() : words;
  ComparedDocuments documents = {
      DocumentName(parsed.positional[0], names), DocumentName(parsed.positional[1], names), {}};
  const std::optional<Assessment> before = OpenDocument("compare", language, parsed.positional[0],
                                                        catalog, in, err, &documents.not_compared);
  const std::optional<Assessment> after = OpenDocument("compare", language, parsed.positional[1],
                                                       catalog, in, err, &documents.not_compared);
  if (!before || !after) return 1;
  if (format == "docx") {
    const std::optional<std::string> docx =
        RenderComparisonDocx(catalog, *before, *after, documents, *brand, report_words);
    if (!docx) {
      err << Says(words, "compare", words.Tr("the Word file could not be made (out of memory)"))
          << "\n";
      return 1;
    }
    return WriteReport("compare", words, *docx, output, out, err);
  }
  const Comparison comparison = Compare(catalog, *before, *after);
  const std::string text =
      format == "json" ? RenderComparisonJson(comparison, documents)
      : format == "html"
          ? RenderComparisonHtml(catalog, comparison, documents, *brand, report_words)
          : RenderComparisonMarkdown(catalog, comparison, documents, report_words);
  return WriteReport("compare", words, text, output, out, err);
}

}  // namespace

const Command& CompareCommand() {
  static const Command command = {
      "compare",
      "BEFORE AFTER",
      {{"--format", "md|json|html|docx", TrLater("default md")},
       {"--output", "FILE", TrLater("write there instead of standard output")},
       {"--brand", "CONFIG", TrLater("a host's name, colour, logo (config.json)")},
       {"--language", kLanguageArgument, TrLater("the words of md, html and docx; default en")}},
      RunCompare,
  };
  return command;
}

}  // namespace cloudgap::cli
