// The first step for any text a report shows that it did not write itself
// (everything a user typed, and catalog text too), before the escaping of the
// format it lands in (html_escape.h, csv_writer.h, markdown_escape.h):
//
//   - bytes that are not UTF-8 become U+FFFD, so no output is invalid UTF-8;
//   - control characters other than tab, line feed and carriage return
//     (C0, DEL, C1) become U+FFFD: they are invisible, and some are not
//     allowed in HTML or XML at all;
//   - bidirectional embeddings, overrides and isolates (U+202A..U+202E,
//     U+2066..U+2069) left open at the end are closed there, so a right-to-left
//     override in one field cannot reorder what follows it ("Trojan Source").
//
// Everything else, emoji and right-to-left scripts included, is kept as it is.
#ifndef CLOUDGAP_CORE_TEXT_TEXT_CLEAN_H_
#define CLOUDGAP_CORE_TEXT_TEXT_CLEAN_H_

#include <string>
#include <string_view>

namespace cloudgap {

std::string CleanText(std::string_view text);

// Whether `text` starts with `prefix`, ASCII letters compared without case;
// `prefix` must be lowercase ("https://").
bool StartsWithNoCase(std::string_view text, std::string_view prefix);

// Text is blank when it has nothing but spaces, tabs and line breaks.
bool IsBlank(std::string_view text);

// Decodes the UTF-8 code point at text[*pos] and advances *pos past it. A byte
// that does not start a valid sequence (overlong, surrogate, above U+10FFFF,
// truncated) gives U+FFFD and advances by one.
char32_t NextCodePoint(std::string_view text, size_t* pos);

// Appends `c` to *out as UTF-8.
void AppendUtf8(char32_t c, std::string* out);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_TEXT_CLEAN_H_
