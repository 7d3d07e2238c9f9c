#include "core/sealed/result_crypto.h"

#include "core/sealed/sealed_plaintext.h"

namespace cloudgap {

SealOutcome SealDocument(ResultCrypto& crypto, const PublicKey& key, const Assessment& assessment,
                         bool include_notes_and_evidence, const MessageCatalog& words) {
  const std::string plaintext = SealedPlaintext(assessment, include_notes_and_evidence);
  if (plaintext.empty()) {
    return {std::nullopt, std::string(words.Tr("the document could not be compressed"))};
  }
  return crypto.Seal(key, plaintext);
}

OpenOutcome OpenSealedDocumentJson(ResultCrypto& crypto, std::string_view private_key_pem,
                                   std::string_view envelope, const MessageCatalog& words) {
  OpenOutcome opened = crypto.Open(private_key_pem, envelope);
  if (!opened.plaintext) return opened;
  InflatedJson inflated = InflateSealedPlaintext(*opened.plaintext);
  OpenOutcome result;
  if (inflated.json) {
    result.plaintext = std::move(inflated.json);
  } else if (inflated.problem == InflateProblem::kTooLarge) {
    result.error = SealedError::kTooLarge;
    result.detail = InflatedTooLargeMessage(words);
  } else {
    result.error = SealedError::kDamaged;
    result.detail = words.Tr("it opened, but what it holds is not a compressed document", {});
  }
  return result;
}

}  // namespace cloudgap
