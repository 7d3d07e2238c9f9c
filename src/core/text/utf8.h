// Counting and cutting UTF-8 text by whole characters, for limits that users
// read in characters ("at most 20,000") and for messages that quote a value
// without splitting a character in two. Both assume valid UTF-8 (the JSON
// parser has refused anything else by the time they run); on invalid input
// they still never read or cut outside the text.
#ifndef CLOUDGAP_CORE_TEXT_UTF8_H_
#define CLOUDGAP_CORE_TEXT_UTF8_H_

#include <string>
#include <string_view>

namespace cloudgap {

// Characters (code points), not bytes: "Société" is 7.
size_t Utf8Length(std::string_view text);

// `text` itself when it is at most `max_bytes` long; else its longest prefix of
// whole characters within `max_bytes`, followed by `ellipsis`.
std::string ShortenUtf8(std::string_view text, size_t max_bytes, std::string_view ellipsis = "...");

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_UTF8_H_
