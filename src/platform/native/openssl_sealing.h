// Sealed results with OpenSSL 3 (docs/sealed-results.md): the native
// ResultCrypto (core/sealed/result_crypto.h), for `cloudgap seal`,
// `cloudgap open-sealed` and `cloudgap summarize --key`. Only the EVP
// interfaces that OpenSSL 3 does not deprecate:
//   scheme 1: a one-time P-256 key (EVP_PKEY_Q_keygen), ECDH with the host's
//             point (EVP_PKEY_derive: the X coordinate), HKDF-SHA-256 (EVP_KDF,
//             empty salt, info "cloudgap-sealed/1") to the AES key;
//   scheme 2: a random AES key (RAND_bytes) encrypted with RSA-OAEP, SHA-256
//             and MGF1-SHA-256, no label (EVP_PKEY_encrypt);
//   both:     AES-256-GCM over the plaintext, a random 12-byte IV, the
//             envelope's first 10 bytes as additional authenticated data.
// Opening reads the private key (PEM "PRIVATE KEY", PKCS #8), derives its
// public half, and lets the core classify the envelope against it before any
// decryption; whatever then fails to decrypt or authenticate is kChanged.
// Native only (not built for the web). Never throws.
#ifndef CLOUDGAP_PLATFORM_NATIVE_OPENSSL_SEALING_H_
#define CLOUDGAP_PLATFORM_NATIVE_OPENSSL_SEALING_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/i18n/message_catalog.h"
#include "core/sealed/result_crypto.h"

namespace cloudgap {

// HKDF-SHA-256 (RFC 5869) with an empty salt, `length` bytes: scheme 1's AES
// key is HkdfSha256(x, "cloudgap-sealed/1", 32). Public for the RFC's vectors.
std::optional<std::string> HkdfSha256(std::string_view secret, std::string_view info,
                                      size_t length);

// Its problems and details are in `words`' language (the core's words:
// they are shown beside the sealed results' own sentences).
class OpenSslSealing : public ResultCrypto {
 public:
  explicit OpenSslSealing(const MessageCatalog& words = EnglishMessages()) : words_(words) {}

  SealOutcome Seal(const PublicKey& key, std::string_view plaintext) override;
  OpenOutcome Open(std::string_view private_key_pem, std::string_view envelope) override;

 private:
  const MessageCatalog& words_;  // Outlives this.
};

}  // namespace cloudgap

#endif  // CLOUDGAP_PLATFORM_NATIVE_OPENSSL_SEALING_H_
