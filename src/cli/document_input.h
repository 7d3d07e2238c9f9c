// Reading an assessment document named on the command line, shared by the
// commands that take one (report, compare): FILE, or "-" for standard input.
#ifndef CLOUDGAP_CLI_DOCUMENT_INPUT_H_
#define CLOUDGAP_CLI_DOCUMENT_INPUT_H_

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/document/assessment.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap::cli {

struct CliLanguage;  // cli_language.h

// Reads the whole file at `path`, or standard input for "-"; false when it
// cannot be opened.
bool ReadFileOrInput(const std::string& path, std::istream& standard_input, std::string* text);

// "standard input" for "-" in `words`' language, else the path: how messages
// name the document.
std::string DocumentName(const std::string& path, const MessageCatalog& words = EnglishMessages());

// Opens `path` as an assessment against `catalog`. Warnings and what a catalog
// upgrade dropped go to `err`, one line each, led by the document's name. When
// it cannot be read or is not valid, every problem is printed, then a last
// line "cloudgap <command>: <name> ...", and the result is nullopt. When
// `dropped` is given, what the upgrade dropped is also added to it, each line
// led by the name. The lines are in the language's words, what the catalog
// upgrade changed in the core's (LoadAssessmentDocument).
std::optional<Assessment> OpenDocument(const char* command, const CliLanguage& language,
                                       const std::string& path, const Catalog& catalog,
                                       std::istream& standard_input, std::ostream& err,
                                       std::vector<std::string>* dropped = nullptr);

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_DOCUMENT_INPUT_H_
