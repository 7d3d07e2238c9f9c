// `cloudgap open-sealed FILE|LINK... --key PRIVATE.pem [--output FILE|DIR]`:
// sealed results (docs/sealed-results.md), each a *.cloudgap-sealed.json file
// or a link (an argument with "#r=" in it), opened with the host's private key
// and written as assessment documents. One input: the document to standard
// output or --output FILE. Several: --output names a folder, and each document
// goes there as its own file name (core/document/file_name.h), never over a
// file that is there. Each input that cannot be opened is a message on
// standard error; the others are still written, and the exit code is then 1.
#include <filesystem>
#include <fstream>
#include <ostream>
#include <system_error>

#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "cli/report_output.h"
#include "cli/sealed_input.h"
#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/document_migration.h"
#include "core/document/file_name.h"

namespace cloudgap::cli {
namespace {

namespace fs = std::filesystem;

// The document of one input, or nullopt after its messages on `err`.
std::optional<Assessment> OpenInput(const std::string& input, const std::string& key,
                                    const Catalog& catalog, std::istream& in, std::ostream& err) {
  const std::string name = SealedInputName(input);
  OpenedSealed opened;
  if (IsSealedLinkArgument(input)) {
    opened = OpenSealedLink(input, key);
  } else {
    std::string text;
    if (!ReadFileOrInput(input, in, &text)) {
      err << "cloudgap open-sealed: cannot read " << name << "\n";
      return std::nullopt;
    }
    opened = OpenSealedFileText(text, key);
  }
  if (!opened.json) {
    err << name << ": " << opened.problem << "\n";
    return std::nullopt;
  }
  DocumentParseResult result = LoadAssessmentDocument(catalog, *opened.json);
  for (const std::string& warning : result.warnings) {
    err << name << ": warning: " << warning << "\n";
  }
  if (!result.assessment) {
    for (const JsonError& e : result.errors) err << name << ": " << e.ToString() << "\n";
    err << name << ": it opened, but what it holds is not a valid assessment\n";
  }
  return std::move(result.assessment);
}

int RunOpenSealed(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = ParseArgs(args, OpenSealedCommand().options);
  const auto option = [&](const char* name) {
    auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::string() : it->second;
  };
  const std::string output = option("--output");
  std::string problem = parsed.error;
  if (problem.empty() && parsed.positional.empty()) {
    problem = "give at least one sealed FILE or LINK";
  } else if (problem.empty() && !parsed.options.count("--key")) {
    problem = "give --key, the host's private key (PEM)";
  } else if (problem.empty() && parsed.positional.size() > 1 && output.empty()) {
    problem = "with several inputs, give --output DIR, the folder to write the documents in";
  }
  if (!problem.empty()) {
    err << "cloudgap open-sealed: " << problem << "\n" << Usage(OpenSealedCommand());
    return 2;
  }
  const std::optional<std::string> key = ReadPrivateKey("open-sealed", option("--key"), err);
  if (!key) return 1;
  const Catalog& catalog = BuiltinCatalog();

  if (parsed.positional.size() == 1) {
    const std::optional<Assessment> document =
        OpenInput(parsed.positional[0], *key, catalog, in, err);
    if (!document) return 1;
    return WriteReport("open-sealed", SerializeAssessmentDocument(*document, JsonStyle::kPretty),
                       output, out, err);
  }
  std::error_code error;
  fs::create_directories(output, error);
  if (!fs::is_directory(output, error)) {
    err << "cloudgap open-sealed: " << output << " is not a folder\n";
    return 1;
  }
  int failed = 0;
  for (const std::string& input : parsed.positional) {
    const std::optional<Assessment> document = OpenInput(input, *key, catalog, in, err);
    if (!document) {
      ++failed;
      continue;
    }
    const fs::path path = fs::path(output) / DocumentFileName(*document);
    if (fs::exists(path, error)) {
      err << SealedInputName(input) << ": " << path.string()
          << " is there already; it is left as it is\n";
      ++failed;
      continue;
    }
    if (WriteReport("open-sealed", SerializeAssessmentDocument(*document, JsonStyle::kPretty),
                    path.string(), out, err) != 0) {
      ++failed;
      continue;
    }
    err << SealedInputName(input) << ": written to " << path.string() << "\n";
  }
  if (failed > 0) {
    err << "cloudgap open-sealed: " << failed << " of " << parsed.positional.size()
        << " sealed results could not be opened or written\n";
    return 1;
  }
  return 0;
}

}  // namespace

const Command& OpenSealedCommand() {
  static const Command command = {
      "open-sealed",
      "FILE|LINK...",
      {{"--key", "PRIVATE.pem", "the host's private key (PEM, PKCS #8)"},
       {"--output", "FILE|DIR", "write there; a folder when there are several inputs"}},
      RunOpenSealed,
  };
  return command;
}

}  // namespace cloudgap::cli
