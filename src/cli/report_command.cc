// `cloudgap report FILE|- [--format F] [--now TIMESTAMP]`: scores an
// assessment document and prints a report in any format of core/report/report.h
// (json, md, html, csv, soa, oscal-ar, oscal-poam, oscal-catalog) to standard
// output, byte for byte what the web app downloads. An invalid document gets
// one line per problem, each naming the field (as a JSON pointer) and the
// reason, and exit code 1.
//
// `--format oscal-catalog` exports the built-in catalog and needs no FILE:
// without one, its last-modified time is --now, or the current time (the
// catalog's content and UUID do not depend on it); with one, the document's
// updated_at, as in the app.
#include <istream>
#include <ostream>

#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/oscal/oscal_catalog.h"
#include "core/report/report.h"
#include "core/text/iso_date.h"

namespace cloudgap::cli {
namespace {

int RunReport(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  ParsedArgs parsed = ParseArgs(args, ReportCommand().options);
  ReportFormat format = ReportFormat::kJson;
  if (auto it = parsed.options.find("--format");
      parsed.error.empty() && it != parsed.options.end()) {
    std::optional<ReportFormat> known = ParseReportFormat(it->second);
    if (!known) {
      err << "cloudgap report: --format: '" << it->second << "' is not a report format\n"
          << Usage(ReportCommand());
      return 2;
    }
    format = *known;
  }
  const bool catalog_only = format == ReportFormat::kOscalCatalog && parsed.positional.empty();
  if (!parsed.error.empty() || (parsed.positional.size() != 1 && !catalog_only)) {
    err << "cloudgap report: "
        << (parsed.error.empty() ? "give exactly one FILE (or - for standard input)" : parsed.error)
        << "\n"
        << Usage(ReportCommand());
    return 2;
  }
  const Catalog& catalog = BuiltinCatalog();
  if (catalog_only) {
    std::string now = CurrentUtcTime();
    if (auto it = parsed.options.find("--now"); it != parsed.options.end()) now = it->second;
    if (!IsUtcTimestamp(now)) {
      err << "cloudgap report: --now: '" << now
          << "' is not an ISO-8601 UTC timestamp such as 2024-05-31T09:30:00Z\n";
      return 2;
    }
    out << RenderOscalCatalog(catalog, now);
    return 0;
  }
  if (parsed.options.count("--now")) {
    err << "cloudgap report: --now applies only to --format oscal-catalog without a FILE; "
           "reports take their time from the document\n"
        << Usage(ReportCommand());
    return 2;
  }
  const std::optional<Assessment> assessment =
      OpenDocument("report", parsed.positional[0], catalog, in, err);
  if (!assessment) return 1;
  const RenderedReport report = RenderReport(catalog, *assessment, format);
  if (report.bytes.empty()) {
    err << "cloudgap report: could not render the report (out of memory)\n";
    return 1;
  }
  out.write(report.bytes.data(), static_cast<std::streamsize>(report.bytes.size()));
  return 0;
}

}  // namespace

const Command& ReportCommand() {
  static const Command command = {
      "report",
      "FILE|-",
      {
          {"--format", "json|md|html|csv|soa|oscal-ar|oscal-poam|oscal-catalog",
           "default json; oscal-catalog needs no FILE"},
          {"--now", "ISO8601", "oscal-catalog without FILE: last-modified time"},
      },
      RunReport};
  return command;
}

}  // namespace cloudgap::cli
