#include "core/document/share_link.h"

#include <cstdint>
#include <iterator>

#include "core/document/document_json.h"
#include "core/text/base64.h"

namespace cloudgap {
namespace {

constexpr std::string_view kVersion = "v1";

// A decimal byte count: digits only, no leading zero, at most 9 digits.
std::optional<size_t> ParseLength(std::string_view text) {
  if (text.empty() || text.size() > 9 || (text.size() > 1 && text[0] == '0')) return std::nullopt;
  size_t n = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    n = n * 10 + static_cast<size_t>(c - '0');
  }
  return n;
}

// Each ShareLinkError's sentence, in the enum's order; a table rather than a
// switch of lookups, for the bytes of the web page.
constexpr const char* kShareLinkErrorMessages[] = {
    "",
    "",
    TrLater("The link is incomplete: part of it is missing, perhaps cut off when it was sent. Ask "
            "for it again, or copy the whole link."),
    TrLater("The link is damaged: some of its characters were changed. Ask for it again."),
    TrLater("The link was made by a newer version of CloudGap. Open it with the version that made "
            "it, or reload this page to update."),
    TrLater("The link is too long to be a CloudGap share link."),
    TrLater("The link is damaged or the passphrase is wrong."),
};
static_assert(std::size(kShareLinkErrorMessages) ==
              static_cast<size_t>(ShareLinkError::kWrongPassphraseOrDamaged) + 1);

}  // namespace

std::string ShareLinkErrorMessage(ShareLinkError error, const MessageCatalog& words) {
  if (error == ShareLinkError::kNone || error == ShareLinkError::kNotALink) return "";
  return std::string(words.Tr(kShareLinkErrorMessages[static_cast<size_t>(error)]));
}

std::string FormatFragmentBody(std::string_view bytes) {
  return std::string(kVersion) + "." + std::to_string(bytes.size()) + "." + Base64UrlEncode(bytes);
}

std::string FormatShareFragment(const SharePayload& payload) {
  return std::string(payload.kind == ShareKind::kPlain ? "s=" : "e=") +
         FormatFragmentBody(payload.bytes);
}

bool IsShareFragment(std::string_view fragment) {
  return fragment.rfind("s=", 0) == 0 || fragment.rfind("e=", 0) == 0;
}

FragmentBodyParse ParseFragmentBody(std::string_view rest) {
  FragmentBodyParse result;
  auto fail = [&result](ShareLinkError error) {
    result.error = error;
    return result;
  };
  // Version: a link cut inside its header is incomplete, not damaged.
  const size_t dot = rest.find('.');
  if (dot == std::string_view::npos) {
    return fail(kVersion.rfind(rest, 0) == 0 ? ShareLinkError::kIncomplete
                                             : ShareLinkError::kDamaged);
  }
  const std::string_view version = rest.substr(0, dot);
  if (version != kVersion) {
    const bool newer =
        version.size() >= 2 && version[0] == 'v' && ParseLength(version.substr(1)).value_or(0) > 1;
    return fail(newer ? ShareLinkError::kNewer : ShareLinkError::kDamaged);
  }
  rest = rest.substr(dot + 1);

  const size_t dot2 = rest.find('.');
  if (dot2 == std::string_view::npos) {
    return fail(ParseLength(rest) || rest.empty() ? ShareLinkError::kIncomplete
                                                  : ShareLinkError::kDamaged);
  }
  const std::optional<size_t> length = ParseLength(rest.substr(0, dot2));
  if (!length) return fail(ShareLinkError::kDamaged);
  const std::string_view data = rest.substr(dot2 + 1);
  const size_t expected = Base64UrlLength(*length);
  if (data.size() < expected) {
    // Shorter than announced: cut off, unless what is there is not base64url at all.
    const bool clean = data.find_first_not_of(kBase64UrlAlphabet) == std::string_view::npos;
    return fail(clean ? ShareLinkError::kIncomplete : ShareLinkError::kDamaged);
  }
  std::optional<std::string> bytes = Base64UrlDecode(data);
  if (!bytes || bytes->size() != *length) return fail(ShareLinkError::kDamaged);
  result.bytes = std::move(bytes);
  return result;
}

ShareFragmentParse ParseShareFragment(std::string_view fragment) {
  ShareFragmentParse result;
  auto fail = [&result](ShareLinkError error) {
    result.error = error;
    return result;
  };
  if (!IsShareFragment(fragment)) return fail(ShareLinkError::kNotALink);
  if (fragment.size() > kMaxShareFragmentChars) return fail(ShareLinkError::kTooLong);
  const ShareKind kind = fragment[0] == 's' ? ShareKind::kPlain : ShareKind::kEncrypted;
  FragmentBodyParse body = ParseFragmentBody(fragment.substr(2));
  if (!body.bytes) return fail(body.error);
  if (kind == ShareKind::kEncrypted && body.bytes->size() <= kEncryptionOverheadBytes) {
    return fail(ShareLinkError::kDamaged);
  }
  if (body.bytes->empty()) return fail(ShareLinkError::kDamaged);
  result.payload = SharePayload{kind, std::move(*body.bytes)};
  return result;
}

std::string ShareDocumentJson(const Assessment& assessment, bool include_notes_and_evidence) {
  if (include_notes_and_evidence) {
    return SerializeAssessmentDocument(assessment, JsonStyle::kCompact);
  }
  Assessment copy = assessment;
  for (auto it = copy.controls.begin(); it != copy.controls.end();) {
    it->second.notes.clear();
    it->second.evidence.clear();
    if (it->second == ControlRecord()) {
      it = copy.controls.erase(it);
    } else {
      ++it;
    }
  }
  return SerializeAssessmentDocument(copy, JsonStyle::kCompact);
}

}  // namespace cloudgap
