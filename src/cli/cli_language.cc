#include "cli/cli_language.h"

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <string_view>

#include "cli/cli_options.h"
#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"

// Embedded by src/cli/CMakeLists.txt (cmake/EmbedFile.cmake).
extern const unsigned char cloudgap_cli_messages_de[];
extern const unsigned long cloudgap_cli_messages_de_size;
extern const unsigned char cloudgap_cli_report_messages_de[];
extern const unsigned long cloudgap_cli_report_messages_de_size;
extern const unsigned char cloudgap_cli_catalog_de[];
extern const unsigned long cloudgap_cli_catalog_de_size;
extern const unsigned char cloudgap_cli_messages_fr[];
extern const unsigned long cloudgap_cli_messages_fr_size;
extern const unsigned char cloudgap_cli_report_messages_fr[];
extern const unsigned long cloudgap_cli_report_messages_fr_size;
extern const unsigned char cloudgap_cli_catalog_fr[];
extern const unsigned long cloudgap_cli_catalog_fr_size;

namespace cloudgap::cli {
namespace {

constexpr const char* kEnvironment = "CLOUDGAP_LANGUAGE";

std::string_view Bytes(const unsigned char* data, unsigned long size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

struct LanguageFiles {
  const char* tag;
  std::string_view messages;
  std::string_view report_messages;
  std::string_view catalog;
};

const LanguageFiles kLanguages[] = {
    {"de", Bytes(cloudgap_cli_messages_de, cloudgap_cli_messages_de_size),
     Bytes(cloudgap_cli_report_messages_de, cloudgap_cli_report_messages_de_size),
     Bytes(cloudgap_cli_catalog_de, cloudgap_cli_catalog_de_size)},
    {"fr", Bytes(cloudgap_cli_messages_fr, cloudgap_cli_messages_fr_size),
     Bytes(cloudgap_cli_report_messages_fr, cloudgap_cli_report_messages_fr_size),
     Bytes(cloudgap_cli_catalog_fr, cloudgap_cli_catalog_fr_size)},
};

bool Loads(const MessageCatalogLoad& words) {
  return words.errors.empty() && words.problem == InputProblem::kNone;
}

std::string EnvironmentTag() {
  const char* tag = std::getenv(kEnvironment);
  return tag ? tag : "";
}

}  // namespace

std::string CliLanguageTags() {
  std::string tags = "en";
  for (const LanguageFiles& files : kLanguages) tags += std::string(", ") + files.tag;
  return tags;
}

std::optional<CliLanguage> LoadCliLanguage(const char* command, const std::string& tag,
                                           std::ostream& err, const char* source) {
  if (tag == "en") return CliLanguage();
  for (const LanguageFiles& files : kLanguages) {
    if (tag != files.tag) continue;
    // The files are checked by the build's tests; a failure here means a
    // build made from files that do not belong together.
    MessageCatalogLoad words = LoadMessageCatalog(files.messages);
    MessageCatalogLoad report_words = LoadMessageCatalog(files.report_messages);
    CatalogTranslation catalog = TranslateCatalog(BuiltinCatalog(), files.catalog);
    if (!Loads(words) || !Loads(report_words) || !catalog.catalog) {
      err << "cloudgap " << command << ": " << source << ": the " << tag
          << " files built into this program do not load\n";
      return std::nullopt;
    }
    return CliLanguage{std::move(words.catalog), std::move(report_words.catalog),
                       std::move(catalog.catalog)};
  }
  err << "cloudgap " << command << ": " << source << ": '" << tag << "' is not one of "
      << CliLanguageTags() << "\n";
  return std::nullopt;
}

std::optional<CliLanguage> ChooseCliLanguage(const Command& command, const Args& args,
                                             std::ostream& err) {
  const bool takes_language =
      std::any_of(command.options.begin(), command.options.end(),
                  [](const Option& o) { return o.name == std::string_view("--language"); });
  if (!takes_language) return CliLanguage();
  // Only --language matters here; the command reports any other mistake itself.
  const ParsedArgs parsed = ParseArgs(args, command.options);
  std::optional<CliLanguage> language;
  if (auto it = parsed.options.find("--language"); it != parsed.options.end()) {
    language = LoadCliLanguage(command.name, it->second, err);
  } else if (const std::string tag = EnvironmentTag(); !tag.empty()) {
    language = LoadCliLanguage(command.name, tag, err, kEnvironment);
  } else {
    language = CliLanguage();
  }
  if (!language) err << Usage(command);
  return language;
}

CliLanguage EnvironmentLanguage() {
  const std::string tag = EnvironmentTag();
  std::ostringstream ignored;
  std::optional<CliLanguage> language;
  if (!tag.empty()) language = LoadCliLanguage("", tag, ignored);
  return language ? std::move(*language) : CliLanguage();
}

std::string Says(const MessageCatalog& words, std::string_view command, std::string_view message) {
  return words.Tr("cloudgap {command}: {message}", {{"command", command}, {"message", message}});
}

}  // namespace cloudgap::cli
