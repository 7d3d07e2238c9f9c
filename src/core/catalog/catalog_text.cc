#include "core/catalog/catalog_text.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <utility>

#include "core/json/json_parse.h"
#include "core/json/json_reader.h"
#include "core/text/input_limits.h"
#include "core/text/text_clean.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// A text file with more wrong than this is reported by its first problems.
constexpr size_t kMaxReported = 20;

// An array index as RFC 6901 writes it (digits, no leading zero), if below `size`.
std::optional<size_t> IndexBelow(std::string_view token, size_t size) {
  if (token.empty() || (token.size() > 1 && token[0] == '0')) return std::nullopt;
  size_t n = 0;
  for (char ch : token) {
    if (ch < '0' || ch > '9') return std::nullopt;
    n = n * 10 + static_cast<size_t>(ch - '0');
    if (n >= size) return std::nullopt;  // Also before it could overflow.
  }
  return n;
}

// The value `pointer` (RFC 6901) names in `root`, or nullptr. Written out
// because nlohmann's json_pointer throws on a malformed pointer. Tokens are
// compared as written: no key of a catalog holds '/' or '~', so a token with
// an escape (~0, ~1) names nothing either way.
json* Resolve(json& root, std::string_view pointer) {
  if (pointer.empty() || pointer[0] != '/') return nullptr;
  json* node = &root;
  size_t at = 1;
  for (;;) {
    const size_t end = pointer.find('/', at);
    const std::string_view token =
        pointer.substr(at, end == std::string_view::npos ? end : end - at);
    if (node->is_object()) {
      auto it = node->find(std::string(token));
      if (it == node->end()) return nullptr;
      node = &*it;
    } else if (std::optional<size_t> i =
                   node->is_array() ? IndexBelow(token, node->size()) : std::nullopt) {
      node = &(*node)[*i];
    } else {
      return nullptr;
    }
    if (end == std::string_view::npos) return node;
    at = end + 1;
  }
}

bool IsPlaceholder(const json& v) {
  return v.is_string() && v.get_ref<const std::string&>() == kTextPlaceholder;
}

// Reports every placeholder left under `node`.
void FindUnfilled(const json& node, const JsonPlace& place, JsonErrors& errors) {
  if (IsPlaceholder(node)) {
    errors.Add(JsonPlace{"/texts", ""}, "no text for " + place.pointer + " of the catalog");
  } else if (node.is_object()) {
    for (auto it = node.begin(); it != node.end(); ++it)
      FindUnfilled(*it, place / it.key(), errors);
  } else if (node.is_array()) {
    for (size_t i = 0; i < node.size(); ++i) FindUnfilled(node[i], place / i, errors);
  }
}

CatalogLoadResult Fail(InputProblem problem, std::string message) {
  CatalogLoadResult result;
  result.problem = problem;
  result.errors.push_back({"", std::move(message), problem});
  return result;
}

}  // namespace

CatalogLoadResult LoadCatalogWithText(std::string_view structure_json, std::string_view text_json) {
  if (text_json.size() > kMaxCatalogBytes) {
    return Fail(InputProblem::kTooLarge, "the catalog text is " + std::to_string(text_json.size()) +
                                             " bytes, over the limit of " +
                                             std::to_string(kMaxCatalogBytes));
  }
  // Parsed once: read as any catalog, then filled in as a document.
  JsonParseResult catalog_json = ParseJson(structure_json);
  if (!catalog_json.ok()) {
    return Fail(catalog_json.problem, "the catalog: " + JsonProblemMessage(catalog_json));
  }
  CatalogLoadResult structure = ReadCatalog(catalog_json.value);
  if (!structure.catalog) return structure;
  if (structure.catalog->text_complete()) {
    return Fail(InputProblem::kBadValue, "the catalog has all its text already");
  }
  JsonParseResult text = ParseJson(text_json);
  if (!text.ok()) return Fail(text.problem, "the catalog text: " + JsonProblemMessage(text));

  JsonErrors errors(kMaxReported);
  ObjectReader top(text.value, JsonPlace{}, errors, {"format", "catalog", "texts"});
  if (top.ok()) {
    std::string format = top.Text("format");
    if (!format.empty() && format != kCatalogTextFormat) {
      errors.Add(top.At("format"), "unknown format '" + format + "' (expected '" +
                                       std::string(kCatalogTextFormat) + "')");
    }
    if (const json* of = top.Object("catalog")) {
      ObjectReader r(*of, top.At("catalog"), errors, {"id", "version", "sha256"});
      const Catalog& c = *structure.catalog;
      std::string id = r.Text("id"), version = r.Text("version"), sha256 = r.Text("sha256");
      if (r.ok() && (id != c.id || version != c.version || sha256 != c.sha256)) {
        errors.Add(top.At("catalog"), "the text of catalog " + id + " " + version + " (sha256 " +
                                          sha256.substr(0, 12) + "), not of " + c.id + " " +
                                          c.version + " (sha256 " + c.sha256.substr(0, 12) + ")");
      }
    }
  }
  if (errors.empty()) {
    if (const json* texts = top.Object("texts")) {
      for (auto it = texts->begin(); it != texts->end(); ++it) {
        JsonPlace at = top.At("texts") / it.key();
        json* target = Resolve(catalog_json.value, it.key());
        if (!target || !IsPlaceholder(*target)) {
          errors.Add(at, "names no text of the catalog");
        } else if (!it->is_string()) {
          ExpectType(errors, *it, at, false, "a string");
        } else if (IsBlank(it->get_ref<const std::string&>())) {
          errors.Add(at, "empty text");
        } else {
          target->get_ref<std::string&>() = it->get_ref<const std::string&>();
        }
      }
      FindUnfilled(catalog_json.value, JsonPlace{}, errors);
    }
  }
  if (!errors.empty()) {
    CatalogLoadResult result;
    result.errors = errors.Take();
    result.problem = InputProblem::kBadValue;
    return result;
  }
  // Still marked as split ("text_elsewhere"), which is no longer so.
  CatalogLoadResult result = ReadCatalog(catalog_json.value);
  if (result.catalog) result.catalog->text_file.clear();
  return result;
}

}  // namespace cloudgap
