// The two carriers of a sealed result's envelope (docs/sealed-results.md):
//
//   file: *.cloudgap-sealed.json,
//         {"format": "cloudgap-sealed/1", "to": "<host>", "sealed": "<base64url>"}
//         read strictly (core/json/json_reader.h): "format" and "sealed" are
//         required, "to" (for people, not authenticated) may be left out, and
//         no other member is taken;
//   link: the page address with the fragment r=v1.<n>.<base64url>, <n> the
//         envelope's length in bytes, read as share links are
//         (core/document/share_link.h, ParseFragmentBody).
//
// Both give the envelope's bytes, which sealed_envelope.h then reads. Each
// refusal is a SealedError; never throws.
#ifndef CLOUDGAP_CORE_SEALED_SEALED_CARRIER_H_
#define CLOUDGAP_CORE_SEALED_SEALED_CARRIER_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/message_catalog.h"
#include "core/sealed/sealed_envelope.h"
#include "core/text/input_limits.h"  // kMaxSealedFileBytes, kMaxShareFragmentChars.

namespace cloudgap {

// What a sealed file's name ends with.
inline constexpr char kSealedFileSuffix[] = ".cloudgap-sealed.json";

struct SealedCarrierParse {
  std::optional<std::string> envelope;  // The envelope's bytes; set only when error is kNone.
  std::string to;                       // The file's "to", when there is one.
  SealedError error = SealedError::kNone;
  // A file's first JSON problem ("/sealed: expected a string, not a number"),
  // when that is what made it kDamaged or kNotSealed; else empty.
  std::string detail;
};

// The file's text: pretty JSON, members in the order above, a final newline.
std::string FormatSealedFile(std::string_view to, std::string_view envelope);

// kTooLarge over kMaxSealedFileBytes; kNotSealed for anything but JSON whose
// "format" is cloudgap-sealed/<n> (a file whose text names the format but is
// not JSON is kDamaged); kNewer for <n> above 1; kDamaged for a member
// missing, unknown or of the wrong type, or "sealed" that is not base64url
// (kIncomplete when it is empty). The detail is in `words`' language.
SealedCarrierParse ParseSealedFile(std::string_view text,
                                   const MessageCatalog& words = EnglishMessages());

// Whether `text` may be a sealed file, cheaply: it names the format. A
// document that merely mentions it is then refused by ParseSealedFile as
// kNotSealed.
bool MentionsSealedFormat(std::string_view text);

// "r=v1.<n>.<base64url>".
std::string FormatSealedFragment(std::string_view envelope);
// `page` (anything after a '#' in it dropped), '#', the fragment.
std::string FormatSealedLink(std::string_view page, std::string_view envelope);

// True when `fragment` (without '#') starts "r=".
bool IsSealedFragment(std::string_view fragment);

// kNotSealed unless IsSealedFragment; kTooLarge over kMaxShareFragmentChars;
// then kIncomplete, kDamaged or kNewer as for a share link.
SealedCarrierParse ParseSealedFragment(std::string_view fragment);

// A whole link: the fragment after its first '#' (kNotSealed when none).
SealedCarrierParse ParseSealedLink(std::string_view link);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_SEALED_SEALED_CARRIER_H_
