#include "cli/document_input.h"

#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

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

std::string DocumentName(const std::string& path) {
  return path == "-" ? "standard input" : path;
}

std::optional<Assessment> OpenDocument(const char* command, const std::string& path,
                                       const Catalog& catalog, std::istream& standard_input,
                                       std::ostream& err, std::vector<std::string>* dropped) {
  const std::string name = DocumentName(path);
  std::string text;
  if (!ReadFileOrInput(path, standard_input, &text)) {
    err << "cloudgap " << command << ": cannot read " << name << "\n";
    return std::nullopt;
  }
  DocumentParseResult result = LoadAssessmentDocument(catalog, text);
  for (const std::string& warning : result.warnings)
    err << name << ": warning: " << warning << "\n";
  // The summary is the last warning; then what to look at again, one per line.
  for (size_t i = 1; i < result.catalog_changes.size(); ++i) {
    err << name << ": " << result.catalog_changes[i] << "\n";
    if (dropped) dropped->push_back(name + ": " + result.catalog_changes[i]);
  }
  if (!result.assessment) {
    for (const JsonError& e : result.errors) err << name << ": " << e.ToString() << "\n";
    err << "cloudgap " << command << ": " << name << " is not a valid assessment ("
        << result.errors.size() << (result.errors.size() == 1 ? " problem)\n" : " problems)\n");
  }
  return std::move(result.assessment);
}

}  // namespace cloudgap::cli
