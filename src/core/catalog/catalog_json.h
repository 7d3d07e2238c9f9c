// Typed, error-collecting access to the JSON of a catalog, for the loader.
//
// Each problem is recorded with the JSON pointer of the offending value and the id
// of the control being read, and reading goes on: a missing or mistyped value reads
// as empty, so one pass reports every problem of a document. Nothing here throws.
#ifndef CLOUDGAP_CORE_CATALOG_CATALOG_JSON_H_
#define CLOUDGAP_CORE_CATALOG_CATALOG_JSON_H_

#include <cstddef>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/catalog/catalog_loader.h"

namespace cloudgap::catalog_json {

using nlohmann::json;

// Why `text` is not JSON, with the line and column: "invalid JSON: parse error at
// line 2, column 13: ...". For text that nlohmann's quiet parse has rejected.
std::string DescribeSyntaxError(std::string_view text);

// A place in the document: a JSON pointer (RFC 6901), and the control it is in.
struct Where {
  std::string pointer;     // "" is the whole document.
  std::string control_id;  // Empty outside controls.

  Where operator/(std::string_view key) const;  // A member of this object.
  Where operator/(size_t index) const;          // An element of this array.
};

class Errors {
 public:
  void Add(const Where& where, std::string message);
  std::vector<CatalogError> Take() { return std::move(errors_); }

 private:
  std::vector<CatalogError> errors_;
};

// One value of an enumeration as spelled in the JSON.
template <typename E>
struct EnumName {
  const char* name;
  E value;
};

// Reads the members of one JSON object. Constructing it reports a value that is
// not an object, and every member not in `fields` ("unknown field 'titel'").
// Getters report a missing member or a wrong type; all members are required
// except where a getter says otherwise.
class ObjectReader {
 public:
  ObjectReader(const json& value, Where where, Errors& errors,
               std::initializer_list<const char*> fields);

  bool ok() const { return object_ != nullptr; }  // The value is an object.
  bool Has(std::string_view key) const;
  Where At(std::string_view key) const { return where_ / key; }

  // A string with something other than white space in it; "" when not.
  std::string Text(std::string_view key);
  std::optional<int> Int(std::string_view key, int min, int max);
  std::optional<double> Number(std::string_view key, double min, double max);
  std::optional<bool> Bool(std::string_view key);
  const json* Array(std::string_view key);   // nullptr when not an array.
  const json* Object(std::string_view key);  // nullptr when not an object.

  // An array of Text()-like strings with min..max entries.
  std::vector<std::string> TextList(std::string_view key, size_t min, size_t max);

  template <typename E, size_t N>
  std::optional<E> Enum(std::string_view key, const EnumName<E> (&names)[N], const char* what) {
    const json* v = Member(key, json::value_t::string, "a string");
    return v ? ParseEnum(*v, At(key), names, what) : std::nullopt;
  }

  // A non-empty array of distinct enumeration values; invalid entries are dropped.
  template <typename E, size_t N>
  std::vector<E> EnumList(std::string_view key, const EnumName<E> (&names)[N], const char* what) {
    std::vector<E> list;
    const json* array = Array(key);
    if (!array) return list;
    if (array->empty()) errors_.Add(At(key), "'" + std::string(key) + "' is empty");
    for (size_t i = 0; i < array->size(); ++i) {
      std::optional<E> e = ParseEnum((*array)[i], At(key) / i, names, what);
      if (!e) continue;
      bool repeated = false;
      for (E seen : list) repeated = repeated || seen == *e;
      if (repeated) {
        errors_.Add(At(key) / i, "'" + (*array)[i].get<std::string>() + "' is listed twice");
      } else {
        list.push_back(*e);
      }
    }
    return list;
  }

  // Reports when `array` (the member `key`) has fewer than min or more than max entries.
  void CheckCount(const json& array, std::string_view key, size_t min, size_t max);

 private:
  // The member when present and of `type`; reports and returns nullptr otherwise.
  const json* Member(std::string_view key, json::value_t type, const char* type_name);

  template <typename E, size_t N>
  std::optional<E> ParseEnum(const json& v, const Where& at, const EnumName<E> (&names)[N],
                             const char* what) {
    if (!v.is_string()) {
      errors_.Add(at, std::string("expected a ") + what + " (a string)");
      return std::nullopt;
    }
    const std::string& s = v.get_ref<const std::string&>();
    for (const EnumName<E>& n : names) {
      if (s == n.name) return n.value;
    }
    errors_.Add(at, "'" + s + "' is not a " + what);
    return std::nullopt;
  }

  const json* object_;
  Where where_;
  Errors& errors_;
};

}  // namespace cloudgap::catalog_json

#endif  // CLOUDGAP_CORE_CATALOG_CATALOG_JSON_H_
