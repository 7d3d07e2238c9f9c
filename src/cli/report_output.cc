#include "cli/report_output.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/cli_language.h"
#include "cli/document_input.h"
#include "core/document/branding.h"
#include "core/office/xlsx_writer.h"

namespace cloudgap::cli {

bool IsTerminal(const std::ostream& out) {
  return &out == &std::cout && isatty(STDOUT_FILENO);
}

std::string BinaryToTerminal(const MessageCatalog& words, const std::string& format) {
  return words.Tr(
      "--format {format} is a binary file; give --output FILE, or redirect standard "
      "output",
      {{"format", format}});
}

int WriteReport(const char* command, const MessageCatalog& words, const std::string& bytes,
                const std::string& path, std::ostream& out, std::ostream& err) {
  if (path.empty()) {
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return 0;
  }
  std::ofstream file(path, std::ios::binary | std::ios::trunc);
  file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  file.close();
  if (!file) {
    err << Says(words, command, words.Tr("cannot write {file}", {{"file", path}})) << "\n";
    return 1;
  }
  return 0;
}

std::optional<ReportBrand> LoadReportBrand(const char* command, const CliLanguage& language,
                                           const std::string& path, std::ostream& err) {
  const MessageCatalog& words = language.words;
  std::string text;
  std::istringstream no_input;
  if (path == "-" || !ReadFileOrInput(path, no_input, &text)) {
    err << Says(words, command, words.Tr("--brand: cannot read {file}", {{"file", path}})) << "\n";
    return std::nullopt;
  }
  const BrandingResult result = ParseBranding(text, language.report_words);
  for (const std::string& warning : result.warnings)
    err << words.Tr("{file}: warning: {warning}", {{"file", path}, {"warning", warning}}) << "\n";
  ReportBrand brand = BrandOf(result.branding, "");
  if (result.branding.logo.empty()) return brand;
  const size_t slash = path.rfind('/');
  const std::string logo_path =
      (slash == std::string::npos ? "" : path.substr(0, slash + 1)) + result.branding.logo;
  std::string logo;
  if (!ReadFileOrInput(logo_path, no_input, &logo)) {
    err << words.Tr("{file}: warning: /logo: cannot read {logo}; the report has no logo",
                    {{"file", path}, {"logo", logo_path}})
        << "\n";
  } else if (!PngSize(logo)) {
    err << words.Tr(
               "{file}: warning: /logo: {logo} is not a PNG, the one image type every "
               "Office program shows; the report has no logo",
               {{"file", path}, {"logo", logo_path}})
        << "\n";
  } else {
    brand.logo_png = std::move(logo);
  }
  return brand;
}

}  // namespace cloudgap::cli
