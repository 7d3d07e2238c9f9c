// Reading sealed results named on the command line (docs/sealed-results.md),
// shared by `open-sealed` and `summarize`: a sealed file's path, or a link
// (any argument with "#r=" in it), opened with the host's private key by the
// native crypto (platform/native/openssl_sealing.h).
#ifndef CLOUDGAP_CLI_SEALED_INPUT_H_
#define CLOUDGAP_CLI_SEALED_INPUT_H_

#include <iosfwd>
#include <optional>
#include <string>

#include "core/i18n/message_catalog.h"

namespace cloudgap::cli {

struct CliLanguage;  // cli_language.h

// An argument that is a link to a sealed result rather than a file's path.
bool IsSealedLinkArgument(const std::string& argument);

// How messages name an input: the path ("standard input" in `words`'
// language for "-"), or a link's first 40 characters then "...".
std::string SealedInputName(const std::string& argument,
                            const MessageCatalog& words = EnglishMessages());

// The private key's PEM text from `path`, checked once: nullopt after a
// message "cloudgap <command>: <path>: ..." in `language` when it cannot be
// read or used.
std::optional<std::string> ReadPrivateKey(const char* command, const CliLanguage& language,
                                          const std::string& path, std::ostream& err);

struct OpenedSealed {
  std::optional<std::string> json;  // The document's JSON text, not yet read.
  std::string problem;              // Why not, for people: one or two sentences.
};

// Opens the sealed result of `text` (a sealed file's whole text, or a link)
// with `private_key_pem`; the problem in `words`' language, the core's words
// (CliLanguage::report_words), as the sealed results' sentences are the core's.
OpenedSealed OpenSealedFileText(const std::string& text, const std::string& private_key_pem,
                                const MessageCatalog& words);
OpenedSealed OpenSealedLink(const std::string& link, const std::string& private_key_pem,
                            const MessageCatalog& words);

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_SEALED_INPUT_H_
