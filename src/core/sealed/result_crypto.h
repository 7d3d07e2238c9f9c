// The seam between sealed results and a crypto library: the core formats,
// checks and classifies (public_key.h, sealed_envelope.h, sealed_carrier.h,
// sealed_plaintext.h); a ResultCrypto does only the sealing and opening, with
// OpenSSL natively (platform/native/openssl_sealing.h) or a fake in tests.
// The browser seals with WebCrypto behind its own asynchronous seam and does
// not use this one.
//
// An implementation's Open classifies as ParseSealedEnvelope does (for the
// public half of the private key) and then refuses anything that does not
// authenticate as kChanged; Seal draws fresh randomness every time. Neither
// throws.
#ifndef CLOUDGAP_CORE_SEALED_RESULT_CRYPTO_H_
#define CLOUDGAP_CORE_SEALED_RESULT_CRYPTO_H_

#include <optional>
#include <string>
#include <string_view>

#include "core/document/assessment.h"
#include "core/i18n/message_catalog.h"
#include "core/sealed/public_key.h"
#include "core/sealed/sealed_envelope.h"

namespace cloudgap {

struct SealOutcome {
  std::optional<std::string> envelope;  // The envelope's bytes.
  std::string problem;                  // Why not, when envelope is not set.
};

struct OpenOutcome {
  std::optional<std::string> plaintext;  // Set only when error is kNone.
  SealedError error = SealedError::kNone;
  // Beyond SealedErrorMessage: why the private key cannot be read, say.
  std::string detail;
};

class ResultCrypto {
 public:
  virtual ~ResultCrypto() = default;

  // The envelope of `plaintext` sealed for `key`, with the scheme of its kind.
  virtual SealOutcome Seal(const PublicKey& key, std::string_view plaintext) = 0;

  // The plaintext of the envelope `envelope`, opened with the private key
  // `private_key_pem` (PEM "PRIVATE KEY", PKCS #8).
  virtual OpenOutcome Open(std::string_view private_key_pem, std::string_view envelope) = 0;
};

// The document sealed for `key` (sealed_plaintext.h, then Seal); its own
// problem in `words`' language (a crypto's is as it words it).
SealOutcome SealDocument(ResultCrypto& crypto, const PublicKey& key, const Assessment& assessment,
                         bool include_notes_and_evidence,
                         const MessageCatalog& words = EnglishMessages());

// Open, then inflate: the plaintext field holds the document's JSON text, to
// be read with LoadAssessmentDocument. What does not inflate is kDamaged, what
// inflates past kMaxDocumentBytes kTooLarge, each with a detail in `words`'
// language (a crypto's own detail is as it words it).
OpenOutcome OpenSealedDocumentJson(ResultCrypto& crypto, std::string_view private_key_pem,
                                   std::string_view envelope,
                                   const MessageCatalog& words = EnglishMessages());

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_SEALED_RESULT_CRYPTO_H_
