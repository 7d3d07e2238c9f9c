#include "core/json_parse.h"

#include <set>
#include <utility>
#include <vector>

namespace cloudgap {
namespace {

using nlohmann::json;

// Builds the DOM through nlohmann's own SAX DOM builder, but keeps the parse
// error message instead of throwing it and refuses duplicate keys.
class NonThrowingSax {
 public:
  explicit NonThrowingSax(json* root) : dom_(*root, /*allow_exceptions=*/false) {}

  bool null() { return dom_.null(); }
  bool boolean(bool v) { return dom_.boolean(v); }
  bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
  bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
  bool number_float(json::number_float_t v, const json::string_t& s) {
    return dom_.number_float(v, s);
  }
  bool string(json::string_t& v) { return dom_.string(v); }
  bool binary(json::binary_t& v) { return dom_.binary(v); }
  bool start_object(std::size_t n) {
    keys_.emplace_back();
    return dom_.start_object(n);
  }
  bool key(json::string_t& k) {
    if (!keys_.back().insert(k).second) {
      error_ = "duplicate key '" + k + "'";
      return false;
    }
    return dom_.key(k);
  }
  bool end_object() {
    keys_.pop_back();
    return dom_.end_object();
  }
  bool start_array(std::size_t n) { return dom_.start_array(n); }
  bool end_array() { return dom_.end_array(); }
  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& e) {
    error_ = e.what();
    return false;
  }

  const std::string& error() const { return error_; }

 private:
  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::vector<std::set<std::string>> keys_;  // Keys seen in each open object.
  std::string error_;
};

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at ";
// users need only the part after it.
std::string TidyParseMessage(const std::string& what) {
  const std::string marker = "parse error at ";
  size_t at = what.find(marker);
  if (at != std::string::npos) return what.substr(at + marker.size());
  size_t bracket = what.find("] ");
  if (what.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos) {
    return what.substr(bracket + 2);
  }
  return what;
}

}  // namespace

JsonParseResult ParseJson(std::string_view text) {
  JsonParseResult result;
  NonThrowingSax sax(&result.value);
  bool ok = json::sax_parse(text.begin(), text.end(), &sax);
  if (!ok) {
    result.value = json(json::value_t::discarded);
    result.error = sax.error().empty() ? "not valid JSON" : TidyParseMessage(sax.error());
  }
  return result;
}

std::string JsonPointerToken(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace cloudgap
