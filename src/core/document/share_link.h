// The share link: a whole assessment carried in the page address's fragment
// (after '#'), which browsers never send to a server.
//
// Fragment grammar, version 1:
//   s=v1.<n>.<data>   plain:     data = zlib deflate of the document's compact JSON
//   e=v1.<n>.<data>   encrypted: data = salt (16) | iv (12) | AES-GCM ciphertext and tag
//                     of the same compressed bytes; the key is PBKDF2-SHA-256 of the
//                     passphrase, 600000 iterations, 256 bits (web/keep.js does the
//                     compression and cryptography; the browser's WebCrypto)
// <n> is the byte length of data, in decimal, and <data> is base64url without
// padding. The length makes a link cut short in an e-mail recognisable as such
// ("incomplete") rather than as damaged. Plain data is zlib, not raw deflate,
// for its Adler-32: a changed character is caught on inflating.
//
// This file holds the parts that need no browser: formatting and checking the
// fragment, and the document that goes into it. It never throws.
#ifndef CLOUDGAP_CORE_DOCUMENT_SHARE_LINK_H_
#define CLOUDGAP_CORE_DOCUMENT_SHARE_LINK_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/document/assessment.h"
#include "core/i18n/message_catalog.h"
#include "core/text/input_limits.h"  // kMaxShareFragmentChars: longer links are refused on reading.

namespace cloudgap {

// salt + iv + GCM tag: an encrypted payload shorter than this cannot be one.
inline constexpr size_t kEncryptionOverheadBytes = 16 + 12 + 16;

enum class ShareKind { kPlain, kEncrypted };

struct SharePayload {
  ShareKind kind = ShareKind::kPlain;
  std::string bytes;  // Compressed (and, when encrypted, sealed) document.
};

// ShareLinkErrorMessage's table follows this order.
enum class ShareLinkError {
  kNone,
  kNotALink,    // The fragment is something else (empty, "#top"); not an error to show.
  kIncomplete,  // Cut short: fewer bytes than it says, or its header is cut.
  kDamaged,     // Characters changed, added or removed; checksum or authentication failed.
  kNewer,       // A version this build does not read.
  kTooLong,
  kWrongPassphraseOrDamaged,  // AES-GCM refused: the two are indistinguishable by design.
};

// For people, in `words`' language: "The link is incomplete: ...". Each names
// what to do next.
std::string ShareLinkErrorMessage(ShareLinkError error,
                                  const MessageCatalog& words = EnglishMessages());

// "s=v1.123.eJx..." or "e=v1...".
std::string FormatShareFragment(const SharePayload& payload);

// True when `fragment` (without '#') is meant as a share link: starts "s=" or
// "e=". Other fragments are left alone.
bool IsShareFragment(std::string_view fragment);

struct ShareFragmentParse {
  std::optional<SharePayload> payload;  // Set only when error is kNone.
  ShareLinkError error = ShareLinkError::kNone;
};
ShareFragmentParse ParseShareFragment(std::string_view fragment);

// The part of a fragment after its "x=", "v1.<n>.<data>", shared with the
// sealed result's link (core/sealed/sealed_carrier.h): the bytes of <data>,
// or kIncomplete, kDamaged or kNewer as ParseShareFragment reports them. No
// length limit here: the caller checks the whole fragment's.
struct FragmentBodyParse {
  std::optional<std::string> bytes;  // Set only when error is kNone; may be empty.
  ShareLinkError error = ShareLinkError::kNone;
};
FragmentBodyParse ParseFragmentBody(std::string_view body);
std::string FormatFragmentBody(std::string_view bytes);  // "v1.<n>.<data>".

// The document as it goes into a link: compact JSON, and without every
// control's notes and evidence when they are left out (controls left with
// nothing recorded are dropped, which means the same).
std::string ShareDocumentJson(const Assessment& assessment, bool include_notes_and_evidence);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_DOCUMENT_SHARE_LINK_H_
