#include "cli/cli_language.h"

#include <string_view>

#include "core/catalog/catalog_loader.h"
#include "core/catalog/catalog_translation.h"

// Embedded by src/cli/CMakeLists.txt (cmake/EmbedFile.cmake).
extern const unsigned char cloudgap_cli_messages_de[];
extern const unsigned long cloudgap_cli_messages_de_size;
extern const unsigned char cloudgap_cli_catalog_de[];
extern const unsigned long cloudgap_cli_catalog_de_size;
extern const unsigned char cloudgap_cli_messages_fr[];
extern const unsigned long cloudgap_cli_messages_fr_size;
extern const unsigned char cloudgap_cli_catalog_fr[];
extern const unsigned long cloudgap_cli_catalog_fr_size;

namespace cloudgap::cli {
namespace {

std::string_view Bytes(const unsigned char* data, unsigned long size) {
  return std::string_view(reinterpret_cast<const char*>(data), size);
}

struct LanguageFiles {
  const char* tag;
  std::string_view messages;
  std::string_view catalog;
};

const LanguageFiles kLanguages[] = {
    {"de", Bytes(cloudgap_cli_messages_de, cloudgap_cli_messages_de_size),
     Bytes(cloudgap_cli_catalog_de, cloudgap_cli_catalog_de_size)},
    {"fr", Bytes(cloudgap_cli_messages_fr, cloudgap_cli_messages_fr_size),
     Bytes(cloudgap_cli_catalog_fr, cloudgap_cli_catalog_fr_size)},
};

}  // namespace

std::string CliLanguageTags() {
  std::string tags = "en";
  for (const LanguageFiles& files : kLanguages) tags += std::string(", ") + files.tag;
  return tags;
}

std::optional<CliLanguage> LoadCliLanguage(const char* command, const std::string& tag,
                                           std::ostream& err) {
  if (tag == "en") return CliLanguage();
  for (const LanguageFiles& files : kLanguages) {
    if (tag != files.tag) continue;
    // Both files are checked by the build's tests; a failure here means a
    // build made from files that do not belong together.
    MessageCatalogLoad words = LoadMessageCatalog(files.messages);
    CatalogTranslation catalog = TranslateCatalog(BuiltinCatalog(), files.catalog);
    if (!words.errors.empty() || words.problem != InputProblem::kNone || !catalog.catalog) {
      err << "cloudgap " << command << ": --language: the " << tag
          << " files built into this program do not load\n";
      return std::nullopt;
    }
    return CliLanguage{std::move(words.catalog), std::move(catalog.catalog)};
  }
  err << "cloudgap " << command << ": --language: '" << tag << "' is not one of "
      << CliLanguageTags() << "\n";
  return std::nullopt;
}

}  // namespace cloudgap::cli
