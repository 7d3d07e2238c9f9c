// For tests: a language as the project ships it, its messages
// (src/core/i18n/messages/<tag>.json) and the built-in catalog in it
// (catalog/translations/<tag>.json), read from the source tree. Test-only.
#ifndef CLOUDGAP_CORE_TESTING_SHIPPED_LANGUAGE_H_
#define CLOUDGAP_CORE_TESTING_SHIPPED_LANGUAGE_H_

#include <optional>
#include <string>

#include "core/catalog/catalog.h"
#include "core/i18n/message_catalog.h"

namespace cloudgap {

struct ShippedLanguage {
  MessageCatalog words;            // English when the file does not load.
  std::optional<Catalog> catalog;  // Unset when the translation does not load.
  std::string problem;             // Why not, for a test's message; empty when both loaded.
};

ShippedLanguage LoadShippedLanguage(const std::string& tag);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_TESTING_SHIPPED_LANGUAGE_H_
