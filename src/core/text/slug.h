// Slugs: text made safe for a file name or an id on every file system and in
// every URL, the one rule behind every file name CloudGap writes
// (document/file_name.h).
#ifndef CLOUDGAP_CORE_TEXT_SLUG_H_
#define CLOUDGAP_CORE_TEXT_SLUG_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace cloudgap {

// Lowercase ASCII letters and digits; Latin-1 letters without their accents
// ("Société" -> "societe"); any run of anything else as one hyphen, never at
// either end; at most `max_length` characters. "" when nothing is left.
std::string Slug(std::string_view text, size_t max_length);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TEXT_SLUG_H_
