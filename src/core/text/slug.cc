#include "core/text/slug.h"

#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

// Latin-1 letters without their accents: U+00C0 to U+00FF.
const char* Unaccented(char32_t c) {
  static const char* const kLatin1[] = {
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // C0
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0
      "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i",  "i",   // E0
      "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0
  };
  if (c >= 0xC0 && c <= 0xFF) return kLatin1[c - 0xC0];
  return "";
}

}  // namespace

std::string Slug(std::string_view text, size_t max_length) {
  std::string slug;
  bool pending_hyphen = false;
  size_t pos = 0;
  while (pos < text.size() && slug.size() < max_length) {
    const char32_t c = NextCodePoint(text, &pos);
    std::string letters;
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      letters = static_cast<char>(c);
    } else if (c >= 'A' && c <= 'Z') {
      letters = static_cast<char>(c - 'A' + 'a');
    } else {
      letters = Unaccented(c);
    }
    if (letters.empty()) {
      pending_hyphen = true;
      continue;
    }
    if (pending_hyphen && !slug.empty()) slug += '-';
    pending_hyphen = false;
    slug += letters;
  }
  if (slug.size() > max_length) slug.resize(max_length);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

}  // namespace cloudgap
