#include "cli/document_input.h"

#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

#include "cli/cli_language.h"
#include "core/document/document_json.h"
#include "core/document/document_migration.h"

namespace cloudgap::cli {

bool ReadFileOrInput(const std::string& path, std::istream& standard_input, std::string* text) {
  std::stringstream buffer;
  if (path == "-") {
    buffer << standard_input.rdbuf();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in.is_open()) return false;
    buffer << in.rdbuf();
  }
  *text = buffer.str();
  return true;
}

std::string DocumentName(const std::string& path, const MessageCatalog& words) {
  return path == "-" ? std::string(words.Tr("standard input")) : path;
}

std::optional<Assessment> OpenDocument(const char* command, const CliLanguage& language,
                                       const std::string& path, const Catalog& catalog,
                                       std::istream& standard_input, std::ostream& err,
                                       std::vector<std::string>* dropped) {
  const MessageCatalog& words = language.words;
  const std::string name = DocumentName(path, words);
  std::string text;
  if (!ReadFileOrInput(path, standard_input, &text)) {
    err << Says(words, command, words.Tr("cannot read {file}", {{"file", name}})) << "\n";
    return std::nullopt;
  }
  DocumentParseResult result = LoadAssessmentDocument(catalog, text, language.report_words);
  for (const std::string& warning : result.warnings)
    err << words.Tr("{file}: warning: {warning}", {{"file", name}, {"warning", warning}}) << "\n";
  // The summary is the last warning; then what to look at again, one per line.
  for (size_t i = 1; i < result.catalog_changes.size(); ++i) {
    const std::string line =
        words.Tr("{file}: {message}", {{"file", name}, {"message", result.catalog_changes[i]}});
    err << line << "\n";
    if (dropped) dropped->push_back(line);
  }
  if (!result.assessment) {
    for (const JsonError& e : result.errors)
      err << words.Tr("{file}: {message}",
                      {{"file", name}, {"message", e.ToString(language.report_words.json_words())}})
          << "\n";
    err << Says(words, command,
                words.Tr("{file} is not a valid assessment ({count, plural, one {# problem} "
                         "other {# problems}})",
                         {{"file", name}, {"count", result.errors.size()}}))
        << "\n";
  }
  return std::move(result.assessment);
}

}  // namespace cloudgap::cli
