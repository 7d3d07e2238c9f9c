// The share link's door: the page address's fragment. What ParseShareFragment
// accepts is exactly what FormatShareFragment writes, byte for byte, and a
// refusal always has a message for people.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/document/share_link.h"
#include "core/text/base64.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const cloudgap::ShareFragmentParse parsed = cloudgap::ParseShareFragment(text);
  if (parsed.payload) {
    if (cloudgap::FormatShareFragment(*parsed.payload) != text) std::abort();
  } else if (parsed.error != cloudgap::ShareLinkError::kNotALink &&
             cloudgap::ShareLinkErrorMessage(parsed.error).empty()) {
    std::abort();
  }
  if (const auto decoded = cloudgap::Base64UrlDecode(text)) {
    if (cloudgap::Base64UrlEncode(*decoded) != text) std::abort();
  }
  return 0;
}
