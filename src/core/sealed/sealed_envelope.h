// The envelope of a sealed result, format cloudgap-sealed/1
// (docs/sealed-results.md): its bytes, and every refusal of the format as a
// classified error with a sentence for people.
//
//   version (1) = 1 | scheme (1) | key id (8) | encapsulated key | iv (12) | ciphertext and tag
//   (16)
//
// The encapsulated key is the sender's one-time P-256 point (65 bytes) in
// scheme 1, the RSA-OAEP ciphertext of the AES key (the modulus's length) in
// scheme 2. As that length depends on the key, an envelope is split only for
// a given key: the one whose private half is to open it. The checks run in the
// order that says the most: version, scheme, key id (and the kind of key),
// then lengths; the cryptography (result_crypto.h) comes after all of them.
// Never throws.
#ifndef CLOUDGAP_CORE_SEALED_SEALED_ENVELOPE_H_
#define CLOUDGAP_CORE_SEALED_SEALED_ENVELOPE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/message_catalog.h"
#include "core/sealed/public_key.h"

namespace cloudgap {

inline constexpr unsigned char kSealedVersion = 1;
inline constexpr size_t kSealedHeaderBytes = 10;  // Version, scheme, key id: the AAD.
inline constexpr size_t kSealedIvBytes = 12;
inline constexpr size_t kSealedTagBytes = 16;
inline constexpr size_t kSealedAesKeyBytes = 32;
// Scheme 1's HKDF info, and the "format" of the file carrier.
inline constexpr char kSealedFormat[] = "cloudgap-sealed/1";

enum class SealedScheme : unsigned char {
  kEcdhP256 = 1,  // ECDH-ES on P-256, HKDF-SHA-256, AES-256-GCM.
  kRsaOaep = 2,   // RSA-OAEP (SHA-256, MGF1-SHA-256), AES-256-GCM.
};

// The scheme that seals for a kind of key, and the reverse.
SealedScheme SchemeFor(KeyKind kind);
KeyKind KindOf(SealedScheme scheme);

// SealedErrorMessage's table follows this order.
enum class SealedError {
  kNone,
  kNotSealed,      // Not a sealed result: other JSON, another link, another file.
  kIncomplete,     // Cut short: shorter than its link says, or than any envelope.
  kDamaged,        // Base64, lengths or fields broken; parts that do not fit together.
  kNewer,          // A version (or scheme) this build does not know.
  kTooLarge,       // Over kMaxSealedFileBytes or kMaxShareFragmentChars.
  kOtherKey,       // Sealed for another key: its key id is not this key's.
  kChanged,        // Authentication failed although the key id matches: changed or damaged.
  kBadPrivateKey,  // The private key cannot be read (or is of a kind never sealed for).
  kWrongKeyKind,   // Sealed for an RSA key and given an EC one, or the reverse.
};

// For people, in `words`' language: what happened and what to do next.
std::string SealedErrorMessage(SealedError error, const MessageCatalog& words = EnglishMessages());

struct SealedEnvelope {
  SealedScheme scheme = SealedScheme::kEcdhP256;
  std::string key_id;            // kKeyIdBytes bytes.
  std::string encapsulated_key;  // 65 bytes (scheme 1) or the RSA modulus's length (scheme 2).
  std::string iv;                // kSealedIvBytes bytes.
  std::string ciphertext;        // The AES-GCM ciphertext, then its kSealedTagBytes tag.
};

// The envelope's bytes. The fields must have their sizes (as above).
std::string FormatSealedEnvelope(const SealedEnvelope& envelope);

// The header a sealer writes first: version, `scheme`, `key_id` (kKeyIdBytes).
std::string FormatSealedHeader(SealedScheme scheme, std::string_view key_id);

// The first kSealedHeaderBytes bytes of `bytes`: the additional authenticated data.
std::string_view SealedAad(std::string_view bytes);

struct SealedHeader {
  SealedScheme scheme = SealedScheme::kEcdhP256;
  std::string key_id;
};
struct SealedHeaderParse {
  std::optional<SealedHeader> header;  // Set only when error is kNone.
  SealedError error = SealedError::kNone;
};
// Version and scheme, then the key id: kIncomplete when shorter than the
// header, kDamaged for version or scheme 0, kNewer for a higher one.
SealedHeaderParse ParseSealedHeader(std::string_view bytes);

struct SealedEnvelopeParse {
  std::optional<SealedEnvelope> envelope;  // Set only when error is kNone.
  SealedError error = SealedError::kNone;
};
// The envelope in `bytes`, to be opened with the private half of `key`. After
// the header: kWrongKeyKind when the key id is not `key`'s and the scheme is
// for the other kind of key; kOtherKey when the key id is not `key`'s;
// kDamaged when it is but the scheme is for the other kind (only a change
// does that); kIncomplete when too short to hold every part.
SealedEnvelopeParse ParseSealedEnvelope(std::string_view bytes, const PublicKey& key);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_SEALED_SEALED_ENVELOPE_H_
