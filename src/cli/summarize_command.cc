// `cloudgap summarize PATH... [--format csv|json] [--output FILE] [--key
// PRIVATE.pem]`: every assessment document named, or found under a named
// folder (*.json, at any depth, in path order), as one table
// (core/report/portfolio.h). Sealed results among them (*.cloudgap-sealed.json,
// or any JSON of format cloudgap-sealed/1; docs/sealed-results.md) are opened
// with --key and summarised like the others. A document that cannot be read,
// or a sealed one without --key, is a row that says why and a line on standard
// error; the exit code is then 1, after the whole table is written. With
// --language, the messages and the rows' problems are in that language; the
// table's columns and values stay as they are.
#include <algorithm>
#include <filesystem>
#include <ostream>
#include <system_error>

#include "cli/cli_language.h"
#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "cli/report_output.h"
#include "cli/sealed_input.h"
#include "core/catalog/catalog_loader.h"
#include "core/report/portfolio.h"
#include "core/sealed/sealed_carrier.h"

namespace cloudgap::cli {
namespace {

namespace fs = std::filesystem;

// The files a path names: itself, or the *.json files under a folder, sorted.
// False when it names nothing that exists.
bool CollectFiles(const std::string& path, std::vector<std::string>* files) {
  std::error_code error;
  if (!fs::is_directory(path, error)) {
    if (!fs::exists(path, error)) return false;
    files->push_back(path);
    return true;
  }
  std::vector<std::string> found;
  for (fs::recursive_directory_iterator it(path, error), end; !error && it != end;
       it.increment(error)) {
    if (it->is_regular_file(error) && it->path().extension() == ".json") {
      found.push_back(it->path().string());
    }
  }
  std::sort(found.begin(), found.end());
  files->insert(files->end(), found.begin(), found.end());
  return true;
}

bool EndsWith(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The row of one file's text: a document, or a sealed result opened with
// `key` (none: not given).
PortfolioRow Summarize(const Catalog& catalog, const CliLanguage& language, const std::string& text,
                       const std::string& file, const std::optional<std::string>& key) {
  const MessageCatalog& words = language.words;
  const bool sealed_name = EndsWith(file, kSealedFileSuffix);
  if (sealed_name || MentionsSealedFormat(text)) {
    const SealedCarrierParse carrier = ParseSealedFile(text, language.report_words);
    if (carrier.error != SealedError::kNotSealed || sealed_name) {
      PortfolioRow row;
      row.source = file;
      if (!key) {
        row.problem = words.Tr("sealed: give --key");
        return row;
      }
      const OpenedSealed opened = OpenSealedFileText(text, *key, language.report_words);
      if (!opened.json) {
        row.problem = words.Tr("sealed: {problem}", {{"problem", opened.problem}});
        return row;
      }
      return SummarizeDocument(catalog, *opened.json, file, language.report_words);
    }
  }
  return SummarizeDocument(catalog, text, file, language.report_words);
}

int RunSummarize(const Args& args, const CliLanguage& language, std::istream& in, std::ostream& out,
                 std::ostream& err) {
  const MessageCatalog& words = language.words;
  const ParsedArgs parsed = ParseArgs(args, SummarizeCommand().options, words);
  auto option = [&](const char* name, const char* otherwise) {
    auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::string(otherwise) : it->second;
  };
  const std::string format = option("--format", "csv");
  std::string problem = parsed.error;
  if (problem.empty() && parsed.positional.empty()) {
    problem = words.Tr("give at least one FILE or FOLDER");
  } else if (problem.empty() && format != "csv" && format != "json") {
    problem = words.Tr("--format: ''{value}'' is not csv or json", {{"value", format}});
  }
  if (!problem.empty()) {
    err << Says(words, "summarize", problem) << "\n" << Usage(SummarizeCommand(), words);
    return 2;
  }
  std::vector<std::string> files;
  for (const std::string& path : parsed.positional) {
    if (!CollectFiles(path, &files)) {
      err << Says(words, "summarize", words.Tr("cannot read {file}", {{"file", path}})) << "\n";
      return 1;
    }
  }
  std::optional<std::string> key;
  if (parsed.options.count("--key")) {
    key = ReadPrivateKey("summarize", language, option("--key", ""), err);
    if (!key) return 1;
  }
  const Catalog& catalog = BuiltinCatalog();
  std::vector<PortfolioRow> rows;
  rows.reserve(files.size());
  int unread = 0;
  for (const std::string& file : files) {
    std::string text;
    PortfolioRow row;
    if (ReadFileOrInput(file, in, &text)) {
      row = Summarize(catalog, language, text, file, key);
    } else {
      row.source = file;
      row.problem = words.Tr("cannot read the file");
    }
    if (!row.problem.empty()) {
      ++unread;
      err << words.Tr("{file}: {message}", {{"file", file}, {"message", row.problem}}) << "\n";
    }
    rows.push_back(std::move(row));
  }
  const int written = WriteReport(
      "summarize", words, format == "json" ? RenderPortfolioJson(rows) : RenderPortfolioCsv(rows),
      option("--output", ""), out, err);
  if (written != 0) return written;
  if (unread > 0) {
    err << Says(words, "summarize",
                words.Tr("{count} of {total} documents could not be read",
                         {{"count", unread}, {"total", rows.size()}}))
        << "\n";
    return 1;
  }
  return 0;
}

}  // namespace

const Command& SummarizeCommand() {
  static const Command command = {
      "summarize",
      "PATH...",
      {{"--format", "csv|json", TrLater("default csv")},
       {"--output", "FILE", TrLater("write there instead of standard output")},
       {"--key", "PRIVATE.pem", TrLater("open sealed results with this private key")},
       {"--language", kLanguageArgument, TrLater("the words of its messages; default en")}},
      RunSummarize,
  };
  return command;
}

}  // namespace cloudgap::cli
