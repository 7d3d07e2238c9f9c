// The host's key for sealed results (docs/sealed-results.md): reading a public
// key from its PEM text, telling the two kinds CloudGap seals for apart, and
// the key id that names it in every envelope.
//
// A public key is PEM "PUBLIC KEY", a SubjectPublicKeyInfo (RFC 5280) in DER,
// read here by a minimal DER reader that takes exactly two forms, the ones
// openssl and WebCrypto write:
//   - EC: id-ecPublicKey (1.2.840.10045.2.1) on the named curve prime256v1
//     (1.2.840.10045.3.1.7), the point uncompressed (04 X Y);
//   - RSA: rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters, a
//     modulus of 2048 to 8192 bits.
// Anything else (another curve, RSA-PSS, Ed25519, a compressed point, DER
// that is not minimal) is refused with a sentence that says what it is.
// Taking only these forms keeps the key id (the first 8 bytes of SHA-256 over
// the DER) the same whichever program derives the public key from the private
// one. Pure computation: no crypto library, never throws.
#ifndef CLOUDGAP_CORE_SEALED_PUBLIC_KEY_H_
#define CLOUDGAP_CORE_SEALED_PUBLIC_KEY_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/message_catalog.h"

namespace cloudgap {

enum class KeyKind { kEcP256, kRsa };

// "an elliptic-curve (P-256) key", "an RSA key": for messages.
const char* KeyKindDescription(KeyKind kind);

inline constexpr size_t kKeyIdBytes = 8;
inline constexpr size_t kP256PointBytes = 65;  // 04 X Y.
inline constexpr int kMinRsaBits = 2048;
inline constexpr int kMaxRsaBits = 8192;

struct PublicKey {
  KeyKind kind = KeyKind::kEcP256;
  std::string spki_der;  // The SubjectPublicKeyInfo, as read.
  std::string key_id;    // kKeyIdBytes bytes.
  std::string ec_point;  // kEcP256: the uncompressed point, kP256PointBytes bytes.
  int rsa_bits = 0;      // kRsa: the modulus's length in bits.
  // kRsa: the modulus's length in bytes, the length of an RSA-OAEP ciphertext.
  size_t rsa_bytes() const { return static_cast<size_t>(rsa_bits + 7) / 8; }
};

enum class KeyError {
  kNone,
  kNotPem,      // No "-----BEGIN <label>-----" ... "-----END <label>-----" of the label wanted.
  kWrongLabel,  // PEM of another kind: a private key where a public key is wanted, or the reverse.
  kDamaged,     // The base64 or the DER inside is broken.
  kUnsupportedKey,  // Neither P-256 nor RSA: another curve, Ed25519, RSA-PSS, ...
  kRsaSize,         // RSA outside 2048..8192 bits.
};

struct PublicKeyRead {
  std::optional<PublicKey> key;  // Set only when error is kNone.
  KeyError error = KeyError::kNone;
  std::string message;  // For people, "The public key ..."; empty when read.
};

// The DER between "-----BEGIN <label>-----" and "-----END <label>-----"
// (RFC 7468: base64 lines; white space and line ends of any kind ignored).
// Text before and after the block is ignored. nullopt when there is no such
// block or its base64 is broken; *found_label (when given) is then the label
// of the first PEM block there is, if any.
std::optional<std::string> DecodePem(std::string_view text, std::string_view label,
                                     std::string* found_label = nullptr);

// A public key from PEM "PUBLIC KEY" text, or from its DER; the message in
// `words`' language.
PublicKeyRead ReadPublicKeyPem(std::string_view pem,
                               const MessageCatalog& words = EnglishMessages());
PublicKeyRead ReadPublicKeyDer(std::string_view der,
                               const MessageCatalog& words = EnglishMessages());

// The first kKeyIdBytes bytes of SHA-256 over `spki_der`.
std::string KeyId(std::string_view spki_der);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_SEALED_PUBLIC_KEY_H_
