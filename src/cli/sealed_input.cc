#include "cli/sealed_input.h"

#include <istream>
#include <ostream>
#include <sstream>

#include "cli/cli_language.h"
#include "cli/document_input.h"
#include "core/sealed/sealed_carrier.h"
#include "platform/native/openssl_sealing.h"

namespace cloudgap::cli {
namespace {

// The sentence of `error` in `words`, then the detail when there is one.
std::string Problem(SealedError error, const std::string& detail, const MessageCatalog& words) {
  std::string text = SealedErrorMessage(error, words);
  if (!detail.empty()) text += " (" + detail + ")";
  return text;
}

OpenedSealed Open(const SealedCarrierParse& carrier, const std::string& private_key_pem,
                  const MessageCatalog& words) {
  if (!carrier.envelope) return {std::nullopt, Problem(carrier.error, carrier.detail, words)};
  OpenSslSealing crypto(words);
  OpenOutcome opened = OpenSealedDocumentJson(crypto, private_key_pem, *carrier.envelope, words);
  if (!opened.plaintext) return {std::nullopt, Problem(opened.error, opened.detail, words)};
  return {std::move(opened.plaintext), ""};
}

}  // namespace

bool IsSealedLinkArgument(const std::string& argument) {
  return argument.find("#r=") != std::string::npos;
}

std::string SealedInputName(const std::string& argument, const MessageCatalog& words) {
  if (!IsSealedLinkArgument(argument)) return DocumentName(argument, words);
  return argument.size() <= 40 ? argument : argument.substr(0, 40) + "...";
}

std::optional<std::string> ReadPrivateKey(const char* command, const CliLanguage& language,
                                          const std::string& path, std::ostream& err) {
  const MessageCatalog& words = language.words;
  std::istringstream no_input;
  std::string pem;
  if (path == "-" || !ReadFileOrInput(path, no_input, &pem)) {
    err << Says(words, command, words.Tr("cannot read the private key {file}", {{"file", path}}))
        << "\n";
    return std::nullopt;
  }
  // The key is read before the envelope: an empty one shows whether the key is usable.
  OpenSslSealing crypto(language.report_words);
  const OpenOutcome probe = crypto.Open(pem, "");
  if (probe.error == SealedError::kBadPrivateKey) {
    err << Says(words, command,
                words.Tr("{file}: {message}",
                         {{"file", path},
                          {"message", Problem(probe.error, probe.detail, language.report_words)}}))
        << "\n";
    return std::nullopt;
  }
  return pem;
}

OpenedSealed OpenSealedFileText(const std::string& text, const std::string& private_key_pem,
                                const MessageCatalog& words) {
  return Open(ParseSealedFile(text, words), private_key_pem, words);
}

OpenedSealed OpenSealedLink(const std::string& link, const std::string& private_key_pem,
                            const MessageCatalog& words) {
  return Open(ParseSealedLink(link), private_key_pem, words);
}

}  // namespace cloudgap::cli
