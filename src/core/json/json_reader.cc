#include "core/json/json_reader.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>

#include "core/json/json_parse.h"
#include "core/text/text_clean.h"
#include "core/text/utf8.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// Shortest plain form: 1, 0.5, 1.5 (not nlohmann's "1.0").
std::string FormatNumber(double n) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", n);
  return buffer;
}

// What ExpectType's callers expect is a message key as it is: one of
// JsonTypeName's words, which marks them for the message tools, or this one.
constexpr const char* TrLater(const char* english) {
  return english;
}
[[maybe_unused]] constexpr const char* kANumber = TrLater("a number");

}  // namespace

std::string JsonWords::Tr(std::string_view key, std::initializer_list<MessageArg> args) const {
  return FormatMessage(lookup_ ? lookup_(source_, key) : key, language_, args);
}

std::string JsonError::ToString(const JsonWords& words) const {
  constexpr size_t kMaxPointer = 120;
  const std::string where = pointer.empty() ? "" : ShortenUtf8(pointer, kMaxPointer);
  if (!control_id.empty() && !where.empty()) {
    return words.Tr("control {control} at {where}: {message}",
                    {{"control", control_id}, {"where", where}, {"message", message}});
  }
  if (!control_id.empty()) {
    return words.Tr("control {control}: {message}",
                    {{"control", control_id}, {"message", message}});
  }
  if (where.empty()) return words.Tr("(document): {message}", {{"message", message}});
  return words.Tr("{where}: {message}", {{"where", where}, {"message", message}});
}

std::string JsonTypeName(const json& value, const JsonWords& words) {
  switch (value.type()) {
    case json::value_t::object: return words.Tr("an object", {});
    case json::value_t::array: return words.Tr("a list", {});
    case json::value_t::string: return words.Tr("a string", {});
    case json::value_t::boolean: return words.Tr("true or false", {});
    case json::value_t::null: return words.Tr("null", {});
    case json::value_t::number_float: return words.Tr("a decimal number", {});
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return words.Tr("a whole number", {});
    default: return words.Tr("an unexpected value", {});
  }
}

JsonPlace JsonPlace::operator/(std::string_view key) const {
  return {pointer + "/" + JsonPointerToken(key), control_id};
}

JsonPlace JsonPlace::operator/(size_t index) const {
  return {pointer + "/" + std::to_string(index), control_id};
}

void JsonErrors::Add(const JsonPlace& place, std::string message, InputProblem problem) {
  if (errors_.size() == max_errors_) {
    errors_.push_back({"",
                       words_.Tr("too many problems; only the first {count} are listed",
                                 {{"count", std::to_string(max_errors_)}}),
                       problem});
  }
  if (errors_.size() > max_errors_) return;
  errors_.push_back({place.pointer, std::move(message), problem, place.control_id});
}

bool ExpectType(JsonErrors& errors, const json& value, const JsonPlace& at, bool ok,
                const char* expected) {
  if (!ok) {
    const JsonWords& words = errors.words();
    errors.Add(
        at,
        words.Tr("expected {expected}, not {actual}",
                 {{"expected", words.Tr(expected, {})}, {"actual", JsonTypeName(value, words)}}),
        InputProblem::kWrongType);
  }
  return ok;
}

std::optional<int> IntInRange(JsonErrors& errors, const json& value, const JsonPlace& at, int lo,
                              int hi) {
  if (!ExpectType(errors, value, at, value.is_number_integer(), "a whole number")) {
    return std::nullopt;
  }
  // Positive numbers arrive unsigned and may not fit an int64; compare before converting.
  const bool in_range = value.is_number_unsigned()
                            ? value.get<std::uint64_t>() <= static_cast<std::uint64_t>(hi) &&
                                  static_cast<std::int64_t>(value.get<std::uint64_t>()) >= lo
                            : value.get<std::int64_t>() >= lo && value.get<std::int64_t>() <= hi;
  if (!in_range) {
    errors.Add(
        at,
        errors.words().Tr(
            "must be between {min} and {max}, not {value}",
            {{"min", std::to_string(lo)}, {"max", std::to_string(hi)}, {"value", value.dump()}}),
        InputProblem::kOutOfRange);
    return std::nullopt;
  }
  return static_cast<int>(value.get<std::int64_t>());
}

std::string QuotedValue(std::string_view value) {
  return "'" + ShortenUtf8(value, 60) + "'";
}

ObjectReader::ObjectReader(const json& value, JsonPlace place, JsonErrors& errors)
    : object_(value.is_object() ? &value : nullptr), place_(std::move(place)), errors_(errors) {
  ExpectType(errors_, value, place_, object_ != nullptr, "an object");
}

ObjectReader::ObjectReader(const json& value, JsonPlace place, JsonErrors& errors,
                           std::initializer_list<const char*> fields)
    : ObjectReader(value, std::move(place), errors) {
  CheckFields(fields);
}

void ObjectReader::CheckFields(std::initializer_list<const char*> fields) {
  if (!object_) return;
  for (const auto& [key, member] : object_->items()) {
    bool known =
        std::any_of(fields.begin(), fields.end(), [&key = key](const char* f) { return key == f; });
    if (!known) {
      errors_.Add(At(key),
                  errors_.words().Tr("unknown field {field}", {{"field", QuotedValue(key)}}),
                  InputProblem::kUnknownField);
    }
  }
}

const json* ObjectReader::Find(std::string_view key, bool required) {
  if (!object_) return nullptr;
  auto it = object_->find(key);
  if (it != object_->end()) return &*it;
  if (required) {
    errors_.Add(At(key), errors_.words().Tr("missing (this field is required)", {}),
                InputProblem::kMissingField);
  }
  return nullptr;
}

std::optional<std::string> ObjectReader::String(std::string_view key, bool required,
                                                size_t max_chars) {
  const json* v = Find(key, required);
  if (!v || !ExpectType(errors_, *v, At(key), v->is_string(), "a string")) return std::nullopt;
  const std::string& text = v->get_ref<const std::string&>();
  if (text.size() > max_chars) {  // Bytes >= characters: count only when it may matter.
    const size_t chars = Utf8Length(text);
    if (chars > max_chars) {
      errors_.Add(At(key),
                  errors_.words().Tr(
                      "is {count} characters long; CloudGap keeps at most {max} in a field",
                      {{"count", std::to_string(chars)}, {"max", std::to_string(max_chars)}}),
                  InputProblem::kTooLong);
      return std::nullopt;
    }
  }
  return text;
}

std::optional<bool> ObjectReader::OptionalBool(std::string_view key) {
  const json* v = Find(key, false);
  if (!v || !ExpectType(errors_, *v, At(key), v->is_boolean(), "true or false")) {
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<int> ObjectReader::OptionalInt(std::string_view key, int min, int max) {
  const json* v = Find(key, false);
  return v ? IntInRange(errors_, *v, At(key), min, max) : std::nullopt;
}

bool ObjectReader::Has(std::string_view key) const {
  return object_ && object_->find(key) != object_->end();
}

const json* ObjectReader::Member(std::string_view key, json::value_t type, const char* type_name) {
  if (!object_) return nullptr;
  const json* v = Find(key, /*required=*/true);
  if (!v) return nullptr;
  const bool number_ok = type == json::value_t::number_float && v->is_number();
  const bool integer_ok = type == json::value_t::number_integer && v->is_number_integer();
  return ExpectType(errors_, *v, At(key), v->type() == type || number_ok || integer_ok, type_name)
             ? v
             : nullptr;
}

std::string ObjectReader::Text(std::string_view key) {
  const json* v = Member(key, json::value_t::string, "a string");
  if (!v) return "";
  const std::string& s = v->get_ref<const std::string&>();
  if (IsBlank(s)) {
    errors_.Add(At(key), errors_.words().Tr("is empty", {}));
    return "";
  }
  return s;
}

std::optional<int> ObjectReader::Int(std::string_view key, int min, int max) {
  const json* v = Find(key, /*required=*/true);
  return v ? IntInRange(errors_, *v, At(key), min, max) : std::nullopt;
}

std::optional<bool> ObjectReader::Bool(std::string_view key) {
  const json* v = Member(key, json::value_t::boolean, "true or false");
  if (!v) return std::nullopt;
  return v->get<bool>();
}

std::optional<double> ObjectReader::Number(std::string_view key, double min, double max) {
  const json* v = Member(key, json::value_t::number_float, "a number");
  if (!v) return std::nullopt;
  double n = v->get<double>();
  if (!(n >= min && n <= max)) {
    errors_.Add(
        At(key),
        errors_.words().Tr(
            "must be between {min} and {max}, not {value}",
            {{"min", FormatNumber(min)}, {"max", FormatNumber(max)}, {"value", FormatNumber(n)}}),
        InputProblem::kOutOfRange);
    return std::nullopt;
  }
  return n;
}

const json* ObjectReader::Array(std::string_view key) {
  return Member(key, json::value_t::array, "a list");
}

const json* ObjectReader::Object(std::string_view key) {
  return Member(key, json::value_t::object, "an object");
}

const json* ObjectReader::Array(std::string_view key, size_t min, size_t max) {
  const json* array = Array(key);
  if (array) CheckCount(*array, key, min, max);
  return array;
}

std::vector<std::string> ObjectReader::TextList(std::string_view key, size_t min, size_t max) {
  std::vector<std::string> list;
  const json* array = Array(key, min, max);
  if (!array) return list;
  for (size_t i = 0; i < array->size(); ++i) {
    const json& v = (*array)[i];
    if (!ExpectType(errors_, v, At(key) / i, v.is_string(), "a string")) {
      list.emplace_back();
    } else if (IsBlank(v.get_ref<const std::string&>())) {
      errors_.Add(At(key) / i, errors_.words().Tr("empty text", {}));
      list.emplace_back();
    } else {
      list.push_back(v.get<std::string>());
    }
  }
  return list;
}

void ObjectReader::CheckCount(const json& array, std::string_view key, size_t min, size_t max) {
  size_t n = array.size();
  if (n >= min && n <= max) return;
  const JsonWords& words = errors_.words();
  const std::string name = "'" + std::string(key) + "'";
  const std::string count = std::to_string(n);
  errors_.Add(At(key),
              min == max ? words.Tr("{key} must have exactly {min} entries, has {count}",
                                    {{"key", name}, {"min", std::to_string(min)}, {"count", count}})
                         : words.Tr("{key} must have {min} to {max} entries, has {count}",
                                    {{"key", name},
                                     {"min", std::to_string(min)},
                                     {"max", std::to_string(max)},
                                     {"count", count}}));
}

// find() on a value that is not an object gives end(): no separate check.
std::optional<std::string> StringMember(const json& object, std::string_view key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::optional<double> NumberMember(const json& object, std::string_view key) {
  auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

}  // namespace cloudgap
