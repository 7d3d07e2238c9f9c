#include "core/text/uuid.h"

#include "core/text/hex.h"
#include "core/text/sha.h"

namespace cloudgap {
namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool IsHyphenAt(size_t i) {
  return i == 8 || i == 13 || i == 18 || i == 23;
}

}  // namespace

std::string FormatUuid(const Uuid& uuid) {
  std::string text;
  text.reserve(36);
  for (size_t i = 0; i < uuid.size(); ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text += '-';
    AppendHex(text, uuid[i]);
  }
  return text;
}

std::optional<Uuid> ParseUuid(std::string_view text) {
  if (text.size() != 36) return std::nullopt;
  Uuid uuid{};
  size_t byte = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if (IsHyphenAt(i)) {
      if (text[i] != '-') return std::nullopt;
      continue;
    }
    const int high = HexValue(text[i]);
    const int low = i + 1 < text.size() ? HexValue(text[i + 1]) : -1;
    if (high < 0 || low < 0) return std::nullopt;
    uuid[byte++] = static_cast<unsigned char>(high << 4 | low);
    ++i;
  }
  return uuid;
}

Uuid NameBasedUuid(const Uuid& name_space, std::string_view name) {
  std::string input(name_space.begin(), name_space.end());
  input.append(name);
  const std::array<unsigned char, 20> digest = Sha1(input);
  Uuid uuid;
  for (size_t i = 0; i < uuid.size(); ++i) uuid[i] = digest[i];
  uuid[6] = static_cast<unsigned char>((uuid[6] & 0x0f) | 0x50);  // Version 5.
  uuid[8] = static_cast<unsigned char>((uuid[8] & 0x3f) | 0x80);  // RFC 4122 variant.
  return uuid;
}

const Uuid& UrlNamespaceUuid() {
  // 6ba7b811-9dad-11d1-80b4-00c04fd430c8
  static const Uuid uuid = {0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
                            0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8};
  return uuid;
}

const Uuid& CloudGapNamespaceUuid() {
  // 880f3d5e-3dd6-5cc9-9596-f8020ce680dd
  static const Uuid uuid = {0x88, 0x0f, 0x3d, 0x5e, 0x3d, 0xd6, 0x5c, 0xc9,
                            0x95, 0x96, 0xf8, 0x02, 0x0c, 0xe6, 0x80, 0xdd};
  return uuid;
}

std::string CloudGapUuid(std::string_view name) {
  return FormatUuid(NameBasedUuid(CloudGapNamespaceUuid(), name));
}

}  // namespace cloudgap
