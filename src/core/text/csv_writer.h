// CSV that spreadsheet programs open cleanly and safely (RFC 4180):
//
//   - UTF-8 with a byte-order mark first: without it Excel reads the file in
//     the machine's legacy code page and mangles accents and emoji;
//   - CRLF after every row; a cell is quoted when it holds a comma, a double
//     quote or a line break, and double quotes inside are doubled;
//   - formula injection is neutralised: a cell that a spreadsheet would
//     evaluate (it starts with = + - @, a tab, a carriage return or a line
//     feed, or their full-width forms, after any spaces) gets a single quote ' in front, which
//     spreadsheets show as text. This applies to every cell, catalog text
//     included; numbers the report writes never start with these.
//
// Text goes through CleanText (text_clean.h) first.
#ifndef CLOUDGAP_CORE_TEXT_CSV_WRITER_H_
#define CLOUDGAP_CORE_TEXT_CSV_WRITER_H_

#include <string>
#include <string_view>
#include <vector>

namespace cloudgap {

inline constexpr char kUtf8Bom[] = "\xEF\xBB\xBF";

// One cell, neutralised and quoted as needed.
std::string CsvCell(std::string_view text);

class CsvWriter {
 public:
  CsvWriter() : out_(kUtf8Bom) {}

  void Row(const std::vector<std::string>& cells);
  // The document so far: the byte-order mark and every row.
  const std::string& Text() const { return out_; }

 private:
  std::string out_;
};

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_CSV_WRITER_H_
