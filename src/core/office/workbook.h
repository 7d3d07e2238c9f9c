// A spreadsheet as plain data, between what a report says (report_workbook.h)
// and how SpreadsheetML spells it (xlsx_writer.h), so each side is tested on
// its own: sheets of typed cells under one header row, with column widths and
// the columns that get a red-to-green colour scale.
#ifndef CLOUDGAP_CORE_OFFICE_WORKBOOK_H_
#define CLOUDGAP_CORE_OFFICE_WORKBOOK_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cloudgap {

struct Cell {
  enum class Type { kEmpty, kText, kNumber, kDate };
  Type type = Type::kEmpty;
  std::string text;   // kText; kDate: "YYYY-MM-DD".
  double number = 0;  // kNumber.

  // Text is always text: a cell that begins with = + - @ is never a formula.
  static Cell Text(std::string_view text);
  static Cell Number(double value);
  // A calendar date becomes a date cell; any other text stays text.
  static Cell Date(std::string_view iso_date);
  // Empty when none.
  static Cell Number(const std::optional<double>& value);
  static Cell Number(const std::optional<int>& value);
};

bool operator==(const Cell& a, const Cell& b);

struct Column {
  std::string header;
  double width = 12;         // In characters, as spreadsheets count them.
  bool wrap = false;         // Long text: wrapped, top-aligned.
  bool score_scale = false;  // 0..100 scores: a red-amber-green colour scale.
};

struct Sheet {
  // 1..31 characters, none of []:*?/\', unique ignoring case (the writer
  // enforces it, numbering a repeated name).
  std::string name;
  std::vector<Column> columns;
  std::vector<std::vector<Cell>> rows;  // Under the header; each at most columns.size() long.
};

struct Workbook {
  std::vector<Sheet> sheets;           // At least one.
  std::string title;                   // Document properties.
  std::string creator;                 // The product name.
  std::string modified_at;             // ISO-8601 UTC: properties and the ZIP's times.
  std::optional<uint32_t> accent_rgb;  // 0xRRGGBB header fill; none: a neutral grey.
  std::string logo_png;  // A PNG shown at the top right of the first sheet; empty: none.
};

// Days since 1899-12-30, the serial number spreadsheets store dates as; none
// when `iso_date` is not a calendar date.
std::optional<int> SpreadsheetSerialDate(std::string_view iso_date);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_OFFICE_WORKBOOK_H_
