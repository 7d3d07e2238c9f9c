#include "core/text/csv_writer.h"

#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

// What spreadsheets take as the start of a formula (OWASP "CSV injection"),
// with the full-width forms some locales also accept.
bool StartsLikeFormula(std::string_view text) {
  // Some importers trim leading spaces before they look.
  while (!text.empty() && text[0] == ' ') text.remove_prefix(1);
  if (text.empty()) return false;
  switch (text[0]) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
    case '\n': return true;
    default: break;
  }
  size_t pos = 0;
  const char32_t first = NextCodePoint(text, &pos);
  return first == U'\uFF1D' || first == U'\uFF0B' || first == U'\uFF0D' || first == U'\uFF20';
}

}  // namespace

std::string CsvCell(std::string_view text) {
  std::string cell = CleanText(text);
  if (StartsLikeFormula(cell)) cell.insert(0, "'");
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

void CsvWriter::Row(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) out_ += ',';
    out_ += CsvCell(cells[i]);
  }
  out_ += "\r\n";
}

}  // namespace cloudgap
