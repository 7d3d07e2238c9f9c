// `--language de|fr|en`: the reports a person reads, in another language.
//
// The command line is deterministic: without --language it writes English,
// whatever the environment's locale. Each language's two files (the reports'
// words, src/core/i18n/messages/<tag>.json, and the catalog's,
// catalog/translations/<tag>.json) are compiled in, so the CLI still needs no
// data files. Scores, ids and the catalog's sha256 are the same in every
// language (core/catalog/catalog_translation.h).
#ifndef CLOUDGAP_CLI_CLI_LANGUAGE_H_
#define CLOUDGAP_CLI_CLI_LANGUAGE_H_

#include <optional>
#include <ostream>
#include <string>

#include "core/catalog/catalog.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap::cli {

struct CliLanguage {
  MessageCatalog words;            // English for "en".
  std::optional<Catalog> catalog;  // The built-in catalog in the language; unset for "en".
  // The catalog to read documents and write reports with.
  const Catalog& CatalogOr(const Catalog& english) const { return catalog ? *catalog : english; }
};

// "en, de, fr": the tags --language takes, for usage lines and errors.
std::string CliLanguageTags();

// The language named `tag`, or nullopt after one line on `err`
// ("cloudgap <command>: --language: ...").
std::optional<CliLanguage> LoadCliLanguage(const char* command, const std::string& tag,
                                           std::ostream& err);

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_CLI_LANGUAGE_H_
