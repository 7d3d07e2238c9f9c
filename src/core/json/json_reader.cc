#include "core/json/json_reader.h"

#include <algorithm>
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

}  // namespace

std::string JsonError::ToString() const {
  constexpr size_t kMaxPointer = 120;
  const std::string where = pointer.empty() ? "" : ShortenUtf8(pointer, kMaxPointer);
  if (!control_id.empty()) {
    return "control " + control_id + (where.empty() ? "" : " at " + where) + ": " + message;
  }
  return (where.empty() ? std::string("(document)") : where) + ": " + message;
}

const char* JsonTypeName(const json& value) {
  switch (value.type()) {
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "true or false";
    case json::value_t::null: return "null";
    case json::value_t::number_float: return "a decimal number";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "a whole number";
    default: return "an unexpected value";
  }
}

JsonPlace JsonPlace::operator/(std::string_view key) const {
  return {pointer + "/" + JsonPointerToken(key), control_id};
}

JsonPlace JsonPlace::operator/(size_t index) const {
  return {pointer + "/" + std::to_string(index), control_id};
}

void JsonErrors::Add(const JsonPlace& place, std::string message, InputProblem problem) {
  errors_.push_back({place.pointer, std::move(message), problem, place.control_id});
}

ObjectReader::ObjectReader(const json& value, JsonPlace place, JsonErrors& errors,
                           std::initializer_list<const char*> fields)
    : object_(value.is_object() ? &value : nullptr), place_(std::move(place)), errors_(errors) {
  if (!object_) {
    errors_.Add(place_, std::string("expected an object, found ") + JsonTypeName(value),
                InputProblem::kWrongType);
    return;
  }
  for (const auto& [key, member] : value.items()) {
    bool known =
        std::any_of(fields.begin(), fields.end(), [&key = key](const char* f) { return key == f; });
    if (!known) errors_.Add(At(key), "unknown field '" + key + "'", InputProblem::kUnknownField);
  }
}

bool ObjectReader::Has(std::string_view key) const {
  return object_ && object_->find(key) != object_->end();
}

const json* ObjectReader::Member(std::string_view key, json::value_t type, const char* type_name) {
  if (!object_) return nullptr;
  auto it = object_->find(key);
  if (it == object_->end()) {
    errors_.Add(place_, "missing field '" + std::string(key) + "'", InputProblem::kMissingField);
    return nullptr;
  }
  bool number_ok = type == json::value_t::number_float && it->is_number();
  bool integer_ok = type == json::value_t::number_integer && it->is_number_integer();
  if (it->type() != type && !number_ok && !integer_ok) {
    errors_.Add(At(key),
                "'" + std::string(key) + "' must be " + type_name + ", found " + JsonTypeName(*it),
                InputProblem::kWrongType);
    return nullptr;
  }
  return &*it;
}

std::string ObjectReader::Text(std::string_view key) {
  const json* v = Member(key, json::value_t::string, "a string");
  if (!v) return "";
  const std::string& s = v->get_ref<const std::string&>();
  if (IsBlank(s)) {
    errors_.Add(At(key), "'" + std::string(key) + "' is empty");
    return "";
  }
  return s;
}

std::optional<int> ObjectReader::Int(std::string_view key, int min, int max) {
  const json* v = Member(key, json::value_t::number_integer, "a whole number");
  if (!v) return std::nullopt;
  // Compare as 64-bit first so huge values are reported, not wrapped.
  auto n = v->is_number_unsigned() ? static_cast<long long>(std::min<unsigned long long>(
                                         v->get<unsigned long long>(), 1ULL << 62))
                                   : v->get<long long>();
  if (n < min || n > max) {
    errors_.Add(At(key), "'" + std::string(key) + "' is " + std::to_string(n) + ", outside " +
                             std::to_string(min) + ".." + std::to_string(max));
    return std::nullopt;
  }
  return static_cast<int>(n);
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
    errors_.Add(At(key), "'" + std::string(key) + "' is " + FormatNumber(n) + ", outside " +
                             FormatNumber(min) + ".." + FormatNumber(max));
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

std::vector<std::string> ObjectReader::TextList(std::string_view key, size_t min, size_t max) {
  std::vector<std::string> list;
  const json* array = Array(key);
  if (!array) return list;
  CheckCount(*array, key, min, max);
  for (size_t i = 0; i < array->size(); ++i) {
    const json& v = (*array)[i];
    if (!v.is_string()) {
      errors_.Add(At(key) / i, std::string("expected a string, found ") + JsonTypeName(v),
                  InputProblem::kWrongType);
      list.emplace_back();
    } else if (IsBlank(v.get_ref<const std::string&>())) {
      errors_.Add(At(key) / i, "empty text");
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
  std::string range = min == max ? "exactly " + std::to_string(min)
                                 : std::to_string(min) + " to " + std::to_string(max);
  errors_.Add(At(key), "'" + std::string(key) + "' must have " + range + " entries, has " +
                           std::to_string(n));
}

std::optional<std::string> StringMember(const json& object, std::string_view key) {
  if (!object.is_object()) return std::nullopt;
  auto it = object.find(key);
  if (it == object.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::optional<double> NumberMember(const json& object, std::string_view key) {
  if (!object.is_object()) return std::nullopt;
  auto it = object.find(key);
  if (it == object.end() || !it->is_number()) return std::nullopt;
  return it->get<double>();
}

}  // namespace cloudgap
