#include "core/sealed/sealed_carrier.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <vector>

#include "core/document/share_link.h"
#include "core/json/json_parse.h"
#include "core/json/json_reader.h"
#include "core/text/base64.h"

namespace cloudgap {
namespace {

constexpr std::string_view kFormatPrefix = "cloudgap-sealed/";

SealedCarrierParse Fail(SealedError error, std::string detail = {}) {
  SealedCarrierParse result;
  result.error = error;
  result.detail = std::move(detail);
  return result;
}

SealedError FromShareLinkError(ShareLinkError error) {
  switch (error) {
    case ShareLinkError::kIncomplete: return SealedError::kIncomplete;
    case ShareLinkError::kNewer: return SealedError::kNewer;
    case ShareLinkError::kTooLong: return SealedError::kTooLarge;
    case ShareLinkError::kNotALink: return SealedError::kNotSealed;
    case ShareLinkError::kNone:
    case ShareLinkError::kDamaged:
    case ShareLinkError::kWrongPassphraseOrDamaged: break;
  }
  return SealedError::kDamaged;
}

}  // namespace

std::string FormatSealedFile(std::string_view to, std::string_view envelope) {
  nlohmann::ordered_json file;
  file["format"] = kSealedFormat;
  file["to"] = std::string(to);
  file["sealed"] = Base64UrlEncode(envelope);
  return file.dump(2) + "\n";
}

bool MentionsSealedFormat(std::string_view text) {
  return text.find(kFormatPrefix) != std::string_view::npos;
}

SealedCarrierParse ParseSealedFile(std::string_view text, const MessageCatalog& words) {
  if (text.size() > kMaxSealedFileBytes) return Fail(SealedError::kTooLarge);
  const JsonParseResult json = ParseJson(text);
  if (!json.ok()) {
    return Fail(MentionsSealedFormat(text) ? SealedError::kDamaged : SealedError::kNotSealed,
                JsonProblemMessage(json, words.json_words()));
  }
  const std::optional<std::string> format = StringMember(json.value, "format");
  if (!format || format->rfind(kFormatPrefix, 0) != 0) return Fail(SealedError::kNotSealed);
  if (*format != kSealedFormat) {
    return Fail(SealedError::kNewer, words.Tr("'format' is {value}, not {format}",
                                              {{"value", QuotedValue(*format)},
                                               {"format", QuotedValue(kSealedFormat)}}));
  }
  JsonErrors errors(SIZE_MAX, words.json_words());
  ObjectReader reader(json.value, JsonPlace{}, errors, {"format", "to", "sealed"});
  const std::optional<std::string> to = reader.String("to", false, kMaxTextFieldChars);
  const std::optional<std::string> sealed = reader.String("sealed", true, kMaxSealedFileBytes);
  if (!errors.empty()) {
    return Fail(SealedError::kDamaged, errors.Take().front().ToString(errors.words()));
  }
  if (sealed->empty()) return Fail(SealedError::kIncomplete);
  std::optional<std::string> envelope = Base64UrlDecode(*sealed);
  if (!envelope) {
    return Fail(SealedError::kDamaged, words.Tr("/sealed: not base64url without padding", {}));
  }
  SealedCarrierParse result;
  result.envelope = std::move(envelope);
  result.to = to.value_or("");
  return result;
}

std::string FormatSealedFragment(std::string_view envelope) {
  return "r=" + FormatFragmentBody(envelope);
}

std::string FormatSealedLink(std::string_view page, std::string_view envelope) {
  return std::string(page.substr(0, page.find('#'))) + "#" + FormatSealedFragment(envelope);
}

bool IsSealedFragment(std::string_view fragment) {
  return fragment.rfind("r=", 0) == 0;
}

SealedCarrierParse ParseSealedFragment(std::string_view fragment) {
  if (!IsSealedFragment(fragment)) return Fail(SealedError::kNotSealed);
  if (fragment.size() > kMaxShareFragmentChars) return Fail(SealedError::kTooLarge);
  FragmentBodyParse body = ParseFragmentBody(fragment.substr(2));
  if (!body.bytes) return Fail(FromShareLinkError(body.error));
  if (body.bytes->empty()) return Fail(SealedError::kDamaged);
  SealedCarrierParse result;
  result.envelope = std::move(body.bytes);
  return result;
}

SealedCarrierParse ParseSealedLink(std::string_view link) {
  const size_t hash = link.find('#');
  if (hash == std::string_view::npos) return Fail(SealedError::kNotSealed);
  return ParseSealedFragment(link.substr(hash + 1));
}

}  // namespace cloudgap
