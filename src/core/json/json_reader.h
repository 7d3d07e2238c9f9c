// Reading a parsed JSON document (json_parse.h) into CloudGap's types, the one
// way for every input: the catalog, the assessment document, the host's
// config.json and the saved-assessments index.
//
//   - one error record, JsonError: where (a JSON pointer, RFC 6901, and the
//     control being read, if any), what (a plain sentence) and its class
//     (InputProblem), so programs can tell problems apart;
//   - one vocabulary for JSON types in messages (JsonTypeName): "a list",
//     "a whole number", "true or false", so a person sees the same words for
//     the same mistake in every file;
//   - one wording for the same mistake in every file: "missing (this field is
//     required)", "expected a list, not a string", "must be between 1 and 5,
//     not 9", "unknown field 'titel'", each at the pointer of the member;
//   - ObjectReader for strict formats: typed getters that report a missing
//     member, a wrong type or a value out of range and go on, so one pass
//     lists every problem; and StringMember/NumberMember for lenient ones,
//     which take what is there and ignore the rest;
//   - every message in the reader's language, JsonWords: English unless the
//     caller passes a language's words (i18n's MessageCatalog is one; json
//     sits below i18n, so it knows only this interface).
// Nothing here throws.
#ifndef CLOUDGAP_CORE_JSON_JSON_READER_H_
#define CLOUDGAP_CORE_JSON_JSON_READER_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/text/enum_text.h"
#include "core/text/input_problem.h"
#include "core/text/message_format.h"

namespace cloudgap {

// The words of the messages below: a language's lookup, or English. A message
// is marked with Tr, its English the key (tools/i18n/messages.py finds it
// there). A small value, not an interface, so that i18n's MessageCatalog, which
// hands one out (json_words()), stays without a vtable: json sits below i18n.
class JsonWords {
 public:
  using Lookup = std::string_view (*)(const void* source, std::string_view key);

  JsonWords() = default;  // English.
  JsonWords(const void* source, Lookup lookup, std::string_view language)
      : source_(source), lookup_(lookup), language_(language) {}

  std::string Tr(std::string_view key, std::initializer_list<MessageArg> args) const;

 private:
  const void* source_ = nullptr;  // Outlives every copy.
  Lookup lookup_ = nullptr;       // nullptr: the key is the words.
  std::string_view language_ = "en";
};

struct JsonError {
  JsonError() = default;
  JsonError(std::string pointer_in, std::string message_in,
            InputProblem problem_in = InputProblem::kBadValue, std::string control_id_in = {})
      : pointer(std::move(pointer_in)),
        message(std::move(message_in)),
        problem(problem_in),
        control_id(std::move(control_id_in)) {}

  std::string pointer;  // Of the offending value, e.g. "/controls/12/title"; "" for the whole.
  std::string message;  // e.g. "'maybe' is not an answer (...)".
  InputProblem problem = InputProblem::kBadValue;
  std::string control_id;  // The catalog control the value belongs to; "" when none.

  // "control 12.4.1 at /controls/12/title: ...", "/answers/x: ...", or
  // "(document): ..." for the whole, framed in `words`' language (`message`
  // is already in it, or English). A pointer of more than 120 bytes (a key
  // pasted full of text) is shortened.
  std::string ToString(const JsonWords& words = JsonWords()) const;
};

// "an object", "a list", "a string", "true or false", "null", "a whole
// number" or "a decimal number", in `words`' language.
std::string JsonTypeName(const nlohmann::json& value, const JsonWords& words = JsonWords());

// A place in a document: a JSON pointer and the control it is in.
struct JsonPlace {
  std::string pointer;     // "" is the whole document.
  std::string control_id;  // Empty outside controls.

  JsonPlace operator/(std::string_view key) const;  // A member of this object.
  JsonPlace operator/(size_t index) const;          // An element of this array.
};

// Collects the problems of one document, in the order they are found; past
// `max_errors`, one last record says that the rest are left out (more only
// bury the first). The readers below word their messages in `words`.
class JsonErrors {
 public:
  explicit JsonErrors(size_t max_errors = SIZE_MAX, JsonWords words = JsonWords())
      : max_errors_(max_errors), words_(words) {}

  const JsonWords& words() const { return words_; }

  void Add(const JsonPlace& place, std::string message,
           InputProblem problem = InputProblem::kBadValue);
  bool empty() const { return errors_.empty(); }
  std::vector<JsonError> Take() { return std::move(errors_); }

 private:
  size_t max_errors_;
  JsonWords words_;
  std::vector<JsonError> errors_;
};

// Reports "expected <expected>, not <type of value>" at `at` unless `ok`;
// returns `ok`. `expected` is one of JsonTypeName's words or "a number"
// (others are left in English).
bool ExpectType(JsonErrors& errors, const nlohmann::json& value, const JsonPlace& at, bool ok,
                const char* expected);

// A whole number in lo..hi; reports and returns nullopt otherwise.
std::optional<int> IntInRange(JsonErrors& errors, const nlohmann::json& value, const JsonPlace& at,
                              int lo, int hi);

// "'<value>'", at most 60 bytes of it: a pasted essay is not repeated in a message.
std::string QuotedValue(std::string_view value);

// Enum and EnumList read an enumeration by its table, EnumText (enum_text.h),
// the same table its Name function prints with.

// Reads the members of one JSON object of a strict format. Constructing it
// reports a value that is not an object, and, given `fields`, every member not
// among them (CheckFields). Getters report a missing member or a wrong type;
// all members are required except where a getter says otherwise.
class ObjectReader {
 public:
  using json = nlohmann::json;

  // Checks nothing but that `value` is an object; see CheckFields.
  ObjectReader(const json& value, JsonPlace place, JsonErrors& errors);
  ObjectReader(const json& value, JsonPlace place, JsonErrors& errors,
               std::initializer_list<const char*> fields);

  bool ok() const { return object_ != nullptr; }  // The value is an object.
  bool Has(std::string_view key) const;
  JsonPlace At(std::string_view key) const { return place_ / key; }

  // Reports every member not in `fields` ("unknown field 'titel'").
  void CheckFields(std::initializer_list<const char*> fields);

  // The member `key`, or nullptr; a missing member is reported when `required`.
  const json* Find(std::string_view key, bool required);

  // Any string (blank too) of at most `max_chars` characters; nullopt, after
  // reporting, when it is missing and required, not a string or too long.
  std::optional<std::string> String(std::string_view key, bool required, size_t max_chars);
  // Optional members: nullopt when absent or (reported) of the wrong kind.
  std::optional<bool> OptionalBool(std::string_view key);
  std::optional<int> OptionalInt(std::string_view key, int min, int max);

  // A string with something other than white space in it; "" when not.
  std::string Text(std::string_view key);
  std::optional<int> Int(std::string_view key, int min, int max);
  std::optional<double> Number(std::string_view key, double min, double max);
  std::optional<bool> Bool(std::string_view key);
  const json* Array(std::string_view key);  // nullptr when not an array.
  // An array of min..max entries; a wrong count is reported, and the array is
  // still returned so that its entries are checked too.
  const json* Array(std::string_view key, size_t min, size_t max);
  const json* Object(std::string_view key);  // nullptr when not an object.

  // An array of Text()-like strings with min..max entries.
  std::vector<std::string> TextList(std::string_view key, size_t min, size_t max);

  // `what` names the kind of value in messages: "'x' is not a <what>"; a noun
  // marked with TrLater, so that it is worded in the reader's language.
  template <typename E, size_t N>
  std::optional<E> Enum(std::string_view key, const EnumText<E> (&names)[N], const char* what) {
    const json* v = Member(key, json::value_t::string, "a string");
    return v ? ParseEnum(*v, At(key), names, what) : std::nullopt;
  }

  // A non-empty array of distinct enumeration values; invalid entries are dropped.
  template <typename E, size_t N>
  std::vector<E> EnumList(std::string_view key, const EnumText<E> (&names)[N], const char* what) {
    std::vector<E> list;
    const json* array = Array(key);
    if (!array) return list;
    if (array->empty()) {
      errors_.Add(At(key),
                  errors_.words().Tr("{key} is empty", {{"key", "'" + std::string(key) + "'"}}));
    }
    for (size_t i = 0; i < array->size(); ++i) {
      std::optional<E> e = ParseEnum((*array)[i], At(key) / i, names, what);
      if (!e) continue;
      bool repeated = false;
      for (E seen : list) repeated = repeated || seen == *e;
      if (repeated) {
        errors_.Add(At(key) / i,
                    errors_.words().Tr("{value} is listed twice",
                                       {{"value", "'" + (*array)[i].get<std::string>() + "'"}}));
      } else {
        list.push_back(*e);
      }
    }
    return list;
  }

 private:
  // Reports when `array` (the member `key`) has fewer than min or more than max entries.
  void CheckCount(const json& array, std::string_view key, size_t min, size_t max);

  // The member when present and of `type`; reports and returns nullptr otherwise.
  const json* Member(std::string_view key, json::value_t type, const char* type_name);

  // `what` is a noun marked with TrLater ("role"), put in the reader's words.
  template <typename E, size_t N>
  std::optional<E> ParseEnum(const json& v, const JsonPlace& at, const EnumText<E> (&names)[N],
                             const char* what) {
    const JsonWords& words = errors_.words();
    if (!v.is_string()) {
      errors_.Add(at,
                  words.Tr("expected a {what} (a string), not {actual}",
                           {{"what", words.Tr(what, {})}, {"actual", JsonTypeName(v, words)}}),
                  InputProblem::kWrongType);
      return std::nullopt;
    }
    const std::string& s = v.get_ref<const std::string&>();
    for (const EnumText<E>& n : names) {
      if (s == n.text) return n.value;
    }
    errors_.Add(at, words.Tr("{value} is not a {what}",
                             {{"value", "'" + s + "'"}, {"what", words.Tr(what, {})}}));
    return std::nullopt;
  }

  const json* object_;
  JsonPlace place_;
  JsonErrors& errors_;
};

// Lenient reading, for formats that take what is there: the member `key` of
// `object` when `object` is an object and the member has that type, else
// nullopt.
std::optional<std::string> StringMember(const nlohmann::json& object, std::string_view key);
std::optional<double> NumberMember(const nlohmann::json& object, std::string_view key);

}  // namespace cloudgap

#endif  // CLOUDGAP_CORE_JSON_JSON_READER_H_
