// Where `cloudgap report` puts its bytes, and whose brand they carry: --output
// FILE or standard output (never a binary file to a terminal, where it would
// only garble the screen), and --brand CONFIG, the host's config.json read as
// the web app reads it, with its logo file beside it.
#ifndef CLOUDGAP_CLI_REPORT_OUTPUT_H_
#define CLOUDGAP_CLI_REPORT_OUTPUT_H_

#include <iosfwd>
#include <optional>
#include <string>

#include "core/i18n/message_catalog.h"
#include "core/report/report_brand.h"

namespace cloudgap::cli {

struct CliLanguage;  // cli_language.h

// Whether `out` is the process's standard output and that is a terminal.
bool IsTerminal(const std::ostream& out);

// "--format <format> is a binary file; give --output FILE, ...": why a
// binary file is not written to a terminal, in `words`' language.
std::string BinaryToTerminal(const MessageCatalog& words, const std::string& format);

// Writes `bytes` to `path`, or to `out` when `path` is empty. Returns the exit
// code: 0, or 1 after a message ("cloudgap <command>: ...", in `words`'
// language) when the file cannot be written.
int WriteReport(const char* command, const MessageCatalog& words, const std::string& bytes,
                const std::string& path, std::ostream& out, std::ostream& err);

// The brand of config.json at `path`: each of its warnings goes to `err` led by
// the path, as the page shows them in the console. Its logo, a path relative to
// the file, is read when it is a PNG; another image type, or a logo that cannot
// be read, is a warning and no logo. None, after a message, when the file
// itself cannot be read. The messages are in `language`, the warnings' own
// words the core's (CliLanguage::report_words), as the page's are.
std::optional<ReportBrand> LoadReportBrand(const char* command, const CliLanguage& language,
                                           const std::string& path, std::ostream& err);

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_REPORT_OUTPUT_H_
