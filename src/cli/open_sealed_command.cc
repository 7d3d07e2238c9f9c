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

#include "cli/cli_language.h"
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
                                    const Catalog& catalog, const CliLanguage& language,
                                    std::istream& in, std::ostream& err) {
  const MessageCatalog& words = language.words;
  const std::string name = SealedInputName(input, words);
  OpenedSealed opened;
  if (IsSealedLinkArgument(input)) {
    opened = OpenSealedLink(input, key, language.report_words);
  } else {
    std::string text;
    if (!ReadFileOrInput(input, in, &text)) {
      err << Says(words, "open-sealed", words.Tr("cannot read {file}", {{"file", name}})) << "\n";
      return std::nullopt;
    }
    opened = OpenSealedFileText(text, key, language.report_words);
  }
  if (!opened.json) {
    err << words.Tr("{file}: {message}", {{"file", name}, {"message", opened.problem}}) << "\n";
    return std::nullopt;
  }
  DocumentParseResult result = LoadAssessmentDocument(catalog, *opened.json, language.report_words);
  for (const std::string& warning : result.warnings) {
    err << words.Tr("{file}: warning: {warning}", {{"file", name}, {"warning", warning}}) << "\n";
  }
  if (!result.assessment) {
    for (const JsonError& e : result.errors)
      err << words.Tr("{file}: {message}",
                      {{"file", name}, {"message", e.ToString(language.report_words.json_words())}})
          << "\n";
    err << words.Tr("{file}: it opened, but what it holds is not a valid assessment",
                    {{"file", name}})
        << "\n";
  }
  return std::move(result.assessment);
}

int RunOpenSealed(const Args& args, const CliLanguage& language, std::istream& in,
                  std::ostream& out, std::ostream& err) {
  const MessageCatalog& words = language.words;
  const ParsedArgs parsed = ParseArgs(args, OpenSealedCommand().options, words);
  const auto option = [&](const char* name) {
    auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::string() : it->second;
  };
  const std::string output = option("--output");
  std::string problem = parsed.error;
  if (problem.empty() && parsed.positional.empty()) {
    problem = words.Tr("give at least one sealed FILE or LINK");
  } else if (problem.empty() && !parsed.options.count("--key")) {
    problem = words.Tr("give --key, the host's private key (PEM)");
  } else if (problem.empty() && parsed.positional.size() > 1 && output.empty()) {
    problem =
        words.Tr("with several inputs, give --output DIR, the folder to write the documents in");
  }
  if (!problem.empty()) {
    err << Says(words, "open-sealed", problem) << "\n" << Usage(OpenSealedCommand(), words);
    return 2;
  }
  const std::optional<std::string> key =
      ReadPrivateKey("open-sealed", language, option("--key"), err);
  if (!key) return 1;
  const Catalog& catalog = BuiltinCatalog();

  if (parsed.positional.size() == 1) {
    const std::optional<Assessment> document =
        OpenInput(parsed.positional[0], *key, catalog, language, in, err);
    if (!document) return 1;
    return WriteReport("open-sealed", words,
                       SerializeAssessmentDocument(*document, JsonStyle::kPretty), output, out,
                       err);
  }
  std::error_code error;
  fs::create_directories(output, error);
  if (!fs::is_directory(output, error)) {
    err << Says(words, "open-sealed", words.Tr("{file} is not a folder", {{"file", output}}))
        << "\n";
    return 1;
  }
  int failed = 0;
  for (const std::string& input : parsed.positional) {
    const std::optional<Assessment> document = OpenInput(input, *key, catalog, language, in, err);
    if (!document) {
      ++failed;
      continue;
    }
    const fs::path path = fs::path(output) / DocumentFileName(*document);
    if (fs::exists(path, error)) {
      err << words.Tr("{file}: {path} is there already; it is left as it is",
                      {{"file", SealedInputName(input, words)}, {"path", path.string()}})
          << "\n";
      ++failed;
      continue;
    }
    if (WriteReport("open-sealed", words,
                    SerializeAssessmentDocument(*document, JsonStyle::kPretty), path.string(), out,
                    err) != 0) {
      ++failed;
      continue;
    }
    err << words.Tr("{file}: written to {path}",
                    {{"file", SealedInputName(input, words)}, {"path", path.string()}})
        << "\n";
  }
  if (failed > 0) {
    err << Says(words, "open-sealed",
                words.Tr("{count} of {total} sealed results could not be opened or written",
                         {{"count", failed}, {"total", parsed.positional.size()}}))
        << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

const Command& OpenSealedCommand() {
  static const Command command = {
      "open-sealed",
      "FILE|LINK...",
      {{"--key", "PRIVATE.pem", TrLater("the host's private key (PEM, PKCS #8)")},
       {"--output", "FILE|DIR", TrLater("write there; a folder when there are several inputs")},
       {"--language", kLanguageArgument, TrLater("the words of its messages; default en")}},
      RunOpenSealed,
  };
  return command;
}

}  // namespace cloudgap::cli
