// Makes user text (organisation, notes, owners, justifications, evidence) safe
// to place inline in a Markdown report: it cannot end a table cell, start a
// heading or list, open a link, inject HTML or change emphasis. Line breaks
// become spaces, since a table row must stay on one line.
#ifndef CLOUDGAP_CORE_TEXT_MARKDOWN_ESCAPE_H_
#define CLOUDGAP_CORE_TEXT_MARKDOWN_ESCAPE_H_

#include <string>
#include <string_view>

namespace cloudgap {

std::string EscapeMarkdownInline(std::string_view text);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_MARKDOWN_ESCAPE_H_
