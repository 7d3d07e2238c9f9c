// `--language de|fr|en`: the CLI's messages and the reports a person reads, in
// another language.
//
// The command line is deterministic: it writes English unless the command is
// given --language, or the environment's CLOUDGAP_LANGUAGE names a language
// (the default of --language; unset or empty: English), whatever the locale.
// Each language's three files are compiled in, so the CLI still needs no data
// files: the CLI's own words (src/cli/messages/<tag>.json, a domain of its own
// so that the web page's files do not carry them; tools/i18n/messages.py), the
// reports' (src/core/i18n/messages/<tag>.json) and the catalog's
// (catalog/translations/<tag>.json). Scores, ids and the catalog's sha256 are
// the same in every language (core/catalog/catalog_translation.h).
#ifndef CLOUDGAP_CLI_CLI_LANGUAGE_H_
#define CLOUDGAP_CLI_CLI_LANGUAGE_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "cli/commands.h"
#include "core/catalog/catalog.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap::cli {

struct CliLanguage {
  MessageCatalog words;            // The CLI's messages; English for "en".
  MessageCatalog report_words;     // The reports' and the core's; English for "en".
  std::optional<Catalog> catalog;  // The built-in catalog in the language; unset for "en".
  // The catalog to read documents and write reports with.
  const Catalog& CatalogOr(const Catalog& english) const { return catalog ? *catalog : english; }
};

// "en, de, fr": the tags --language takes, for usage lines and errors.
std::string CliLanguageTags();
// The same as the usage line writes what --language takes (a test keeps the two
// equal; the option tables need a constant).
inline constexpr char kLanguageArgument[] = "en|de|fr";

// The language named `tag`, or nullopt after one line on `err`, in English
// ("cloudgap <command>: <source>: ..."; `source` is "--language" or
// "CLOUDGAP_LANGUAGE").
std::optional<CliLanguage> LoadCliLanguage(const char* command, const std::string& tag,
                                           std::ostream& err, const char* source = "--language");

// The language `command` runs in: the value of --language in `args` when its
// table has that option (read as ParseArgs reads them but past any error, so a
// mistake elsewhere is told in the language), else CLOUDGAP_LANGUAGE when set
// and not empty, else English. nullopt after the line of LoadCliLanguage and
// the English usage when the tag is no language: the one message, with
// "unknown command", told before the language is known.
std::optional<CliLanguage> ChooseCliLanguage(const Command& command, const Args& args,
                                             std::ostream& err);

// The language of CLOUDGAP_LANGUAGE, or English when it is unset, empty or none.
CliLanguage EnvironmentLanguage();

// "cloudgap <command>: <message>", as the language writes it (French puts a
// no-break space before the colon).
std::string Says(const MessageCatalog& words, std::string_view command, std::string_view message);

}  // namespace cloudgap::cli

#endif  // CLOUDGAP_CLI_CLI_LANGUAGE_H_
