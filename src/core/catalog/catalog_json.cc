#include "core/catalog/catalog_json.h"

#include <algorithm>
#include <cstdio>
#include <utility>

#include "core/text/utf8.h"

namespace cloudgap::catalog_json {
namespace {

// RFC 6901: '~' and '/' in a key are written "~0" and "~1".
std::string EscapePointerToken(std::string_view key) {
  std::string token;
  for (char c : key) {
    if (c == '~') {
      token += "~0";
    } else if (c == '/') {
      token += "~1";
    } else {
      token += c;
    }
  }
  return token;
}

// Shortest plain form: 1, 0.5, 1.5 (not nlohmann's "1.0").
std::string FormatNumber(double n) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", n);
  return buffer;
}

bool IsBlank(const std::string& s) {
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

const char* TypeName(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "not a JSON value";
  }
}

// Finds where and why text is not JSON. nlohmann reports the position through this
// SAX callback without throwing, so the loader never depends on exception support
// (which WebAssembly builds may leave out).
class SyntaxErrorFinder : public nlohmann::json_sax<json> {
 public:
  std::string message = "not valid JSON";

  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    // what() is "[json.exception.parse_error.101] parse error at line 3, column 5: ...".
    std::string what = e.what();
    size_t bracket = what.find("] ");
    message = "invalid JSON: " + (bracket == std::string::npos ? what : what.substr(bracket + 2));
    // The message quotes the last token read, which may be a whole file's worth.
    message = ShortenUtf8(message, 200);
    return false;
  }
};

}  // namespace

std::string DescribeSyntaxError(std::string_view text) {
  SyntaxErrorFinder finder;
  json::sax_parse(text.begin(), text.end(), &finder);
  return finder.message;
}

Where Where::operator/(std::string_view key) const {
  return {pointer + "/" + EscapePointerToken(key), control_id};
}

Where Where::operator/(size_t index) const {
  return {pointer + "/" + std::to_string(index), control_id};
}

void Errors::Add(const Where& where, std::string message) {
  errors_.push_back({where.pointer, where.control_id, std::move(message)});
}

ObjectReader::ObjectReader(const json& value, Where where, Errors& errors,
                           std::initializer_list<const char*> fields)
    : object_(value.is_object() ? &value : nullptr), where_(std::move(where)), errors_(errors) {
  if (!object_) {
    errors_.Add(where_, std::string("expected an object, found ") + TypeName(value));
    return;
  }
  for (const auto& [key, member] : value.items()) {
    bool known =
        std::any_of(fields.begin(), fields.end(), [&key = key](const char* f) { return key == f; });
    if (!known) errors_.Add(At(key), "unknown field '" + key + "'");
  }
}

bool ObjectReader::Has(std::string_view key) const {
  return object_ && object_->find(key) != object_->end();
}

const json* ObjectReader::Member(std::string_view key, json::value_t type, const char* type_name) {
  if (!object_) return nullptr;
  auto it = object_->find(key);
  if (it == object_->end()) {
    errors_.Add(where_, "missing field '" + std::string(key) + "'");
    return nullptr;
  }
  bool number_ok = type == json::value_t::number_float && it->is_number();
  bool integer_ok = type == json::value_t::number_integer && it->is_number_integer();
  if (it->type() != type && !number_ok && !integer_ok) {
    errors_.Add(At(key),
                "'" + std::string(key) + "' must be " + type_name + ", found " + TypeName(*it));
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
  const json* v = Member(key, json::value_t::number_integer, "an integer");
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
  return Member(key, json::value_t::array, "an array");
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
      errors_.Add(At(key) / i, std::string("expected a string, found ") + TypeName(v));
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

}  // namespace cloudgap::catalog_json
