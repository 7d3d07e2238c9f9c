// `cloudgap seal FILE|- --public-key PUBLIC.pem [--leave-out-notes] [--to NAME]
// [--output FILE] [--link PAGE]`: an assessment document sealed for the host's
// public key (docs/sealed-results.md), natively, as the web app seals it in the
// browser: a *.cloudgap-sealed.json file, or with --link the page's address
// and the sealed fragment. For hosts to try their key, and for tests.
#include <ostream>

#include "cli/cli_language.h"
#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "cli/report_output.h"
#include "core/catalog/catalog_loader.h"
#include "core/sealed/sealed_carrier.h"
#include "platform/native/openssl_sealing.h"

namespace cloudgap::cli {
namespace {

int RunSeal(const Args& args, const CliLanguage& language, std::istream& in, std::ostream& out,
            std::ostream& err) {
  const MessageCatalog& words = language.words;
  const ParsedArgs parsed = ParseArgs(args, SealCommand().options, words);
  const auto option = [&](const char* name) {
    auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::string() : it->second;
  };
  std::string problem = parsed.error;
  if (problem.empty() && parsed.positional.size() != 1) {
    problem = words.Tr("give one document, FILE (- for standard input)");
  } else if (problem.empty() && !parsed.options.count("--public-key")) {
    problem = words.Tr("give --public-key, the host's public key (PEM)");
  } else if (problem.empty() && parsed.options.count("--link") && parsed.options.count("--to")) {
    problem = words.Tr("--to goes into the file; a link has no room for it");
  }
  if (!problem.empty()) {
    err << Says(words, "seal", problem) << "\n" << Usage(SealCommand(), words);
    return 2;
  }
  const std::string key_path = option("--public-key");
  std::string pem;
  if (key_path == "-" || !ReadFileOrInput(key_path, in, &pem)) {
    err << Says(words, "seal", words.Tr("cannot read the public key {file}", {{"file", key_path}}))
        << "\n";
    return 1;
  }
  const PublicKeyRead key = ReadPublicKeyPem(pem, language.report_words);
  if (!key.key) {
    err << Says(words, "seal",
                words.Tr("{file}: {message}", {{"file", key_path}, {"message", key.message}}))
        << "\n";
    return 1;
  }
  const std::optional<Assessment> document =
      OpenDocument("seal", language, parsed.positional[0], BuiltinCatalog(), in, err);
  if (!document) return 1;
  OpenSslSealing crypto(language.report_words);
  const SealOutcome sealed =
      SealDocument(crypto, *key.key, *document, !parsed.options.count("--leave-out-notes"),
                   language.report_words);
  if (!sealed.envelope) {
    err << Says(words, "seal", sealed.problem) << "\n";
    return 1;
  }
  if (!parsed.options.count("--link")) {
    return WriteReport("seal", words, FormatSealedFile(option("--to"), *sealed.envelope),
                       option("--output"), out, err);
  }
  const std::string link = FormatSealedLink(option("--link"), *sealed.envelope);
  if (FormatSealedFragment(*sealed.envelope).size() > kMaxShareFragmentChars) {
    err << Says(words, "seal",
                words.Tr("the link would be {count} characters long, too long for a browser; "
                         "write the file instead",
                         {{"count", std::to_string(link.size())}}))
        << "\n";
    return 1;
  }
  return WriteReport("seal", words, link + "\n", option("--output"), out, err);
}

}  // namespace

const Command& SealCommand() {
  static const Command command = {
      "seal",
      "FILE|-",
      {{"--public-key", "PUBLIC.pem", TrLater("the host's public key (PEM), P-256 or RSA")},
       {"--leave-out-notes", "", TrLater("leave every control's notes and evidence out"), false,
        true},
       {"--to", "NAME", TrLater("the host's name, in the file for people (not sealed)")},
       {"--output", "FILE", TrLater("write there instead of standard output")},
       {"--link", "PAGE", TrLater("write a link to the page PAGE instead of a file")},
       {"--language", kLanguageArgument, TrLater("the words of its messages; default en")}},
      RunSeal,
  };
  return command;
}

}  // namespace cloudgap::cli
