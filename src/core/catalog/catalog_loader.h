// Loads and validates a control catalog from JSON text (format: catalog/README.md).
//
// The loader accepts a catalog only when it is entirely valid, and otherwise
// reports every problem it finds, each with the JSON pointer of the offending
// value and, where there is one, the control it belongs to. It never throws.
// The text is read as every JSON input is (json_parse.h: UTF-8 only, no
// duplicate keys, at most kMaxJsonDepth deep), and is at most kMaxCatalogBytes.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_LOADER_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_LOADER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog.h"
#include "core/json/json_reader.h"
#include "core/text/input_problem.h"

namespace cloudgap {

struct CatalogLoadResult {
  std::optional<Catalog> catalog;  // Set only when errors is empty.
  // Each problem where (pointer and control), what, and its class: "control
  // 12.4.1 at /controls/12/questions/3/roles/0: 'cso' is not a role".
  std::vector<JsonError> errors;
  // kNone when loaded; kTooLarge (over kMaxCatalogBytes), kNotJson, kBadUtf8,
  // kDuplicateKey or kTooDeep when the text could not be read; kBadValue when
  // it was read but is not a valid catalog (the errors say why).
  InputProblem problem = InputProblem::kNone;
};

// A catalog it returns has its links indexed (Catalog::links, catalog_links.h).
// The errors are in `words`' language (the CLI's --language); pointers, ids
// and the values quoted from the text stay as they are.
CatalogLoadResult LoadCatalog(std::string_view json_text, const JsonWords& words = JsonWords());

// The same checks on a catalog already parsed. sha256 is left empty unless the
// catalog names its own ("text_elsewhere", catalog_text.h).
CatalogLoadResult ReadCatalog(const nlohmann::json& root, const JsonWords& words = JsonWords());

// The catalog compiled into the binary. Loaded and validated once, on first use;
// the embedded catalog is checked by the tests, so failure here is a build bug
// and aborts with the errors printed.
const Catalog& BuiltinCatalog();
// The same catalog without its text, which is in the file it names
// (catalog_text.h): what the web app embeds.
const Catalog& BuiltinCatalogStructure();

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_LOADER_H_
