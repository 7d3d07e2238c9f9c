#include "core/text/text_clean.h"

#include <vector>

namespace cloudgap {
namespace {

constexpr char32_t kReplacement = 0xFFFD;
constexpr char32_t kPopDirectionalFormatting = 0x202C;
constexpr char32_t kPopDirectionalIsolate = 0x2069;

bool IsContinuation(unsigned char byte) {
  return (byte & 0xC0) == 0x80;
}

bool IsControl(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool OpensEmbedding(char32_t c) {  // LRE, RLE, LRO, RLO.
  return c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E;
}
bool OpensIsolate(char32_t c) {
  return c >= 0x2066 && c <= 0x2068;
}  // LRI, RLI, FSI.

}  // namespace

char32_t NextCodePoint(std::string_view text, size_t* pos) {
  const auto byte = [&](size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(*pos);
  size_t length = 0;
  char32_t c = 0;
  char32_t minimum = 0;
  if (lead < 0x80) {
    ++*pos;
    return lead;
  } else if ((lead & 0xE0) == 0xC0) {
    length = 2, c = lead & 0x1Fu, minimum = 0x80;
  } else if ((lead & 0xF0) == 0xE0) {
    length = 3, c = lead & 0x0Fu, minimum = 0x800;
  } else if ((lead & 0xF8) == 0xF0) {
    length = 4, c = lead & 0x07u, minimum = 0x10000;
  } else {
    ++*pos;
    return kReplacement;
  }
  if (*pos + length > text.size()) {
    ++*pos;
    return kReplacement;
  }
  for (size_t i = 1; i < length; ++i) {
    if (!IsContinuation(byte(*pos + i))) {
      ++*pos;
      return kReplacement;
    }
    c = (c << 6) | (byte(*pos + i) & 0x3Fu);
  }
  if (c < minimum || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) {
    ++*pos;
    return kReplacement;
  }
  *pos += length;
  return c;
}

void AppendUtf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    *out += static_cast<char>(c);
  } else if (c < 0x800) {
    *out += static_cast<char>(0xC0 | (c >> 6));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    *out += static_cast<char>(0xE0 | (c >> 12));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (c >> 18));
    *out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::string CleanText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // What is open, innermost last: PDF closes the innermost embedding, PDI the
  // innermost isolate and every embedding opened inside it (Unicode UAX #9).
  std::vector<char32_t> open;
  size_t pos = 0;
  while (pos < text.size()) {
    char32_t c = NextCodePoint(text, &pos);
    if (IsControl(c)) c = kReplacement;
    if (OpensEmbedding(c) || OpensIsolate(c)) {
      open.push_back(c);
    } else if (c == kPopDirectionalFormatting) {
      if (!open.empty() && OpensEmbedding(open.back())) open.pop_back();
    } else if (c == kPopDirectionalIsolate) {
      size_t isolate = open.size();
      while (isolate > 0 && !OpensIsolate(open[isolate - 1])) --isolate;
      if (isolate > 0) open.resize(isolate - 1);  // A PDI with no isolate open does nothing.
    }
    AppendUtf8(c, &out);
  }
  for (auto it = open.rbegin(); it != open.rend(); ++it) {
    AppendUtf8(OpensIsolate(*it) ? kPopDirectionalIsolate : kPopDirectionalFormatting, &out);
  }
  return out;
}

bool IsBlank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool StartsWithNoCase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

}  // namespace cloudgap
