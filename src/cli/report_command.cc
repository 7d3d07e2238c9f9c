// `cloudgap report FILE|- [--format F] [--output FILE] [--brand CONFIG]
// [--now TIMESTAMP] [--language en|de|fr]`: scores an assessment document and writes a report in
// any format of core/report/report.h (json, md, html, csv, soa, oscal-ar, oscal-poam,
// oscal-catalog) or core/office/office_report.h (xlsx, docx, brief) to standard output or --output,
// byte for byte what the web app downloads. An invalid document gets one line per problem, each
// naming the field (as a JSON pointer) and the reason, and exit code 1. A binary format is never
// written to a terminal; --brand puts a host's name, colour and logo on the reports made for people
// (html, md, xlsx, docx, brief), and --language writes them in German or French (cli_language.h);
// the data formats keep their English keys and columns and carry the catalog's words in that
// language. The command's own messages come in that language too.
//
// `--format oscal-catalog` exports the built-in catalog and needs no FILE:
// without one, its last-modified time is --now, or the current time (the
// catalog's content and UUID do not depend on it); with one, the document's
// updated_at, as in the app.
#include <istream>
#include <ostream>

#include "cli/cli_language.h"
#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "cli/report_output.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/office/office_report.h"
#include "core/oscal/oscal_catalog.h"
#include "core/report/report.h"
#include "core/text/iso_date.h"

namespace cloudgap::cli {
namespace {

int RunReport(const Args& args, const CliLanguage& language, std::istream& in, std::ostream& out,
              std::ostream& err) {
  const MessageCatalog& words = language.words;
  ParsedArgs parsed = ParseArgs(args, ReportCommand().options, words);
  ReportFormat format = ReportFormat::kJson;
  std::optional<OfficeFormat> office;
  if (auto it = parsed.options.find("--format");
      parsed.error.empty() && it != parsed.options.end()) {
    std::optional<ReportFormat> known = ParseReportFormat(it->second);
    office = ParseOfficeFormat(it->second);
    if (!known && !office) {
      err << Says(words, "report",
                  words.Tr("--format: ''{value}'' is not a report format", {{"value", it->second}}))
          << "\n"
          << Usage(ReportCommand(), words);
      return 2;
    }
    if (known) format = *known;
  }
  const std::string output = parsed.options.count("--output") ? parsed.options["--output"] : "";
  if (parsed.error.empty() && office && output.empty() && IsTerminal(out)) {
    err << Says(words, "report", BinaryToTerminal(words, OfficeFormatName(*office))) << "\n";
    return 2;
  }
  const bool brandable =
      office || format == ReportFormat::kHtml || format == ReportFormat::kMarkdown;
  if (parsed.error.empty() && !brandable && parsed.options.count("--brand")) {
    err << Says(words, "report",
                words.Tr("--brand applies to --format html, md, xlsx, docx and brief"))
        << "\n"
        << Usage(ReportCommand(), words);
    return 2;
  }
  const bool catalog_only =
      !office && format == ReportFormat::kOscalCatalog && parsed.positional.empty();
  if (!parsed.error.empty() || (parsed.positional.size() != 1 && !catalog_only)) {
    err << Says(words, "report",
                parsed.error.empty()
                    ? std::string(words.Tr("give exactly one FILE (or - for standard input)"))
                    : parsed.error)
        << "\n"
        << Usage(ReportCommand(), words);
    return 2;
  }
  const Catalog& catalog = language.CatalogOr(BuiltinCatalog());
  if (catalog_only) {
    std::string now = CurrentUtcTime();
    if (auto it = parsed.options.find("--now"); it != parsed.options.end()) now = it->second;
    if (!IsUtcTimestamp(now)) {
      err << Says(words, "report", NotATimestamp(words, now)) << "\n";
      return 2;
    }
    return WriteReport("report", words, RenderOscalCatalog(catalog, now), output, out, err);
  }
  if (parsed.options.count("--now")) {
    err << Says(words, "report",
                words.Tr("--now applies only to --format oscal-catalog without a FILE; reports "
                         "take their time from the document"))
        << "\n"
        << Usage(ReportCommand(), words);
    return 2;
  }
  std::optional<ReportBrand> brand = ReportBrand{};
  if (auto it = parsed.options.find("--brand"); it != parsed.options.end()) {
    brand = LoadReportBrand("report", language, it->second, err);
    if (!brand) return 1;
  }
  const std::optional<Assessment> assessment =
      OpenDocument("report", language, parsed.positional[0], catalog, in, err);
  if (!assessment) return 1;
  const RenderedReport report =
      office ? RenderOfficeReport(catalog, *assessment, *office, *brand, language.report_words)
             : RenderReport(catalog, *assessment, format, *brand, language.report_words);
  if (report.bytes.empty()) {
    err << Says(words, "report", words.Tr("could not render the report (out of memory)")) << "\n";
    return 1;
  }
  return WriteReport("report", words, report.bytes, output, out, err);
}

}  // namespace

const Command& ReportCommand() {
  static const Command command = {
      "report",
      "FILE|-",
      {
          {"--format", "json|md|html|csv|soa|oscal-ar|oscal-poam|oscal-catalog|xlsx|docx|brief",
           TrLater("default json; oscal-catalog needs no FILE")},
          {"--output", "FILE", TrLater("write there instead of standard output")},
          {"--brand", "CONFIG", TrLater("a host's name, colour, logo (config.json)")},
          {"--now", "ISO8601", TrLater("oscal-catalog without FILE: last-modified time")},
          {"--language", kLanguageArgument, TrLater("the words of the reports; default en")},
      },
      RunReport};
  return command;
}

}  // namespace cloudgap::cli
