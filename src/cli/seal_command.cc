// `cloudgap seal FILE|- --public-key PUBLIC.pem [--leave-out-notes] [--to NAME]
// [--output FILE] [--link PAGE]`: an assessment document sealed for the host's
// public key (docs/sealed-results.md), natively, as the web app seals it in the
// browser: a *.cloudgap-sealed.json file, or with --link the page's address
// and the sealed fragment. For hosts to try their key, and for tests.
#include <ostream>

#include "cli/cli_options.h"
#include "cli/commands.h"
#include "cli/document_input.h"
#include "cli/report_output.h"
#include "core/catalog/catalog_loader.h"
#include "core/sealed/sealed_carrier.h"
#include "platform/native/openssl_sealing.h"

namespace cloudgap::cli {
namespace {

int RunSeal(const Args& args, std::istream& in, std::ostream& out, std::ostream& err) {
  const ParsedArgs parsed = ParseArgs(args, SealCommand().options);
  const auto option = [&](const char* name) {
    auto it = parsed.options.find(name);
    return it == parsed.options.end() ? std::string() : it->second;
  };
  std::string problem = parsed.error;
  if (problem.empty() && parsed.positional.size() != 1) {
    problem = "give one document, FILE (- for standard input)";
  } else if (problem.empty() && !parsed.options.count("--public-key")) {
    problem = "give --public-key, the host's public key (PEM)";
  } else if (problem.empty() && parsed.options.count("--link") && parsed.options.count("--to")) {
    problem = "--to goes into the file; a link has no room for it";
  }
  if (!problem.empty()) {
    err << "cloudgap seal: " << problem << "\n" << Usage(SealCommand());
    return 2;
  }
  const std::string key_path = option("--public-key");
  std::string pem;
  if (key_path == "-" || !ReadFileOrInput(key_path, in, &pem)) {
    err << "cloudgap seal: cannot read the public key " << key_path << "\n";
    return 1;
  }
  const PublicKeyRead key = ReadPublicKeyPem(pem);
  if (!key.key) {
    err << "cloudgap seal: " << key_path << ": " << key.message << "\n";
    return 1;
  }
  const std::optional<Assessment> document =
      OpenDocument("seal", parsed.positional[0], BuiltinCatalog(), in, err);
  if (!document) return 1;
  OpenSslSealing crypto;
  const SealOutcome sealed =
      SealDocument(crypto, *key.key, *document, !parsed.options.count("--leave-out-notes"));
  if (!sealed.envelope) {
    err << "cloudgap seal: " << sealed.problem << "\n";
    return 1;
  }
  if (!parsed.options.count("--link")) {
    return WriteReport("seal", FormatSealedFile(option("--to"), *sealed.envelope),
                       option("--output"), out, err);
  }
  const std::string link = FormatSealedLink(option("--link"), *sealed.envelope);
  if (FormatSealedFragment(*sealed.envelope).size() > kMaxShareFragmentChars) {
    err << "cloudgap seal: the link would be " << link.size()
        << " characters long, too long for a browser; write the file instead\n";
    return 1;
  }
  return WriteReport("seal", link + "\n", option("--output"), out, err);
}

}  // namespace

const Command& SealCommand() {
  static const Command command = {
      "seal",
      "FILE|-",
      {{"--public-key", "PUBLIC.pem", "the host's public key (PEM), P-256 or RSA"},
       {"--leave-out-notes", "", "leave every control's notes and evidence out", false, true},
       {"--to", "NAME", "the host's name, in the file for people (not sealed)"},
       {"--output", "FILE", "write there instead of standard output"},
       {"--link", "PAGE", "write a link to the page PAGE instead of a file"}},
      RunSeal,
  };
  return command;
}

}  // namespace cloudgap::cli
