// For report tests only: small readers of the formats the reports write, so a
// test can check a report the way a spreadsheet, a Markdown renderer or a
// browser would see it.
#ifndef CLOUDGAP_CORE_TESTING_REPORT_TEST_UTIL_H_
#define CLOUDGAP_CORE_TESTING_REPORT_TEST_UTIL_H_

#include <cctype>
#include <set>
#include <string>
#include <vector>

namespace cloudgap {

using CsvTable = std::vector<std::vector<std::string>>;

// RFC 4180 with CRLF row ends (a lone LF belongs to a quoted cell). Sets *error
// on malformed input: a quote inside an unquoted cell, text after a closing
// quote, an unterminated quote, a row not ended by CRLF.
inline CsvTable ParseCsv(const std::string& text, std::string* error) {
  CsvTable rows;
  std::vector<std::string> row;
  std::string cell;
  size_t i = 0;
  while (i < text.size()) {
    if (text[i] == '"') {
      ++i;
      while (true) {
        if (i >= text.size()) {
          *error = "unterminated quote";
          return rows;
        }
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            cell += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        cell += text[i++];
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != '\r') {
        if (text[i] == '"' || text[i] == '\n') {
          *error = "quote or line feed in an unquoted cell, row " + std::to_string(rows.size() + 1);
          return rows;
        }
        cell += text[i++];
      }
    }
    if (i < text.size() && text[i] == ',') {
      row.push_back(cell);
      cell.clear();
      ++i;
    } else if (i + 1 < text.size() && text[i] == '\r' && text[i + 1] == '\n') {
      row.push_back(cell);
      cell.clear();
      rows.push_back(row);
      row.clear();
      i += 2;
    } else {
      *error = "a row does not end in CRLF, row " + std::to_string(rows.size() + 1);
      return rows;
    }
  }
  return rows;
}

// The number of unescaped '|' in a Markdown table row.
inline int MarkdownPipes(const std::string& line) {
  int pipes = 0;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] == '\\') {
      ++i;
    } else if (line[i] == '|') {
      ++pipes;
    }
  }
  return pipes;
}

// Lines of Markdown tables whose column count differs from their table's header.
inline std::vector<std::string> MarkdownTableProblems(const std::string& md) {
  std::vector<std::string> problems;
  size_t start = 0;
  int columns = -1;
  while (start < md.size()) {
    size_t end = md.find('\n', start);
    if (end == std::string::npos) end = md.size();
    const std::string line = md.substr(start, end - start);
    start = end + 1;
    if (line.empty() || line[0] != '|') {
      columns = -1;
      continue;
    }
    if (columns < 0) columns = MarkdownPipes(line);
    if (MarkdownPipes(line) != columns || line.back() != '|')
      problems.push_back(line.substr(0, 200));
  }
  return problems;
}

// Every element name opened in an HTML document ("<name ..."), lowercased.
inline std::set<std::string> HtmlElements(const std::string& html) {
  std::set<std::string> names;
  for (size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
    size_t j = i + 1;
    if (j < html.size() && (html[j] == '/' || html[j] == '!')) continue;
    std::string name;
    while (j < html.size() && (std::isalnum(static_cast<unsigned char>(html[j])) != 0)) {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(html[j++])));
    }
    names.insert(name);
  }
  return names;
}

// The elements the HTML report writes itself: any other one came from the text.
inline const std::set<std::string>& HtmlReportElements() {
  static const std::set<std::string> kElements = {
      "html",   "head", "meta", "title", "style", "body",  "div",   "section", "nav", "article",
      "footer", "h1",   "h2",   "h3",    "h4",    "p",     "b",     "i",       "br",  "ul",
      "ol",     "li",   "dl",   "dt",    "dd",    "table", "thead", "tbody",   "tr",  "th",
      "td",     "span", "code", "a",     "svg",   "text",  "rect",  "line"};
  return kElements;
}

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_REPORT_TEST_UTIL_H_
