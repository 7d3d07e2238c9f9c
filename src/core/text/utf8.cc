#include "core/text/utf8.h"

namespace cloudgap {
namespace {

bool IsContinuation(char byte) {
  return (static_cast<unsigned char>(byte) & 0xC0) == 0x80;
}

}  // namespace

size_t Utf8Length(std::string_view text) {
  size_t n = 0;
  for (char c : text) n += !IsContinuation(c);
  return n;
}

std::string ShortenUtf8(std::string_view text, size_t max_bytes, std::string_view ellipsis) {
  if (text.size() <= max_bytes) return std::string(text);
  size_t cut = max_bytes;  // text[cut] exists: text is longer than max_bytes.
  while (cut > 0 && IsContinuation(text[cut])) --cut;
  return std::string(text.substr(0, cut)) + std::string(ellipsis);
}

}  // namespace cloudgap
