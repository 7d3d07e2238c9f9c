#include "core/text/markdown_escape.h"

namespace cloudgap {

std::string EscapeMarkdownInline(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool last_was_space = false;
  for (char c : text) {
    if (c == '\n' || c == '\r' || c == '\t') {
      if (!last_was_space && !out.empty()) out += ' ';
      last_was_space = true;
      continue;
    }
    if (c == ' ' && out.empty()) continue;  // Indentation could make a code block or list.
    last_was_space = c == ' ';
    switch (c) {
      // HTML: entities render as the character and never as markup.
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '&': out += "&amp;"; break;
      // Markdown punctuation that can change structure or formatting inline.
      case '\\':
      case '|':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '#':
      case '~':
      case '!':
        out += '\\';
        out += c;
        break;
      default: out += c;
    }
  }
  // Text at the start of a list item could open a nested list: "- x", "+ x", "1. x", "2) x".
  auto opens_list_at = [&out](size_t marker_end) {
    return marker_end >= out.size() || out[marker_end] == ' ';
  };
  if (!out.empty() && (out[0] == '-' || out[0] == '+') && opens_list_at(1)) out.insert(0, "\\");
  size_t digits = 0;
  while (digits < out.size() && out[digits] >= '0' && out[digits] <= '9') ++digits;
  if (digits > 0 && digits < out.size() && (out[digits] == '.' || out[digits] == ')') &&
      opens_list_at(digits + 1)) {
    out.insert(digits, "\\");
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace cloudgap
