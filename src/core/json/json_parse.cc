#include "core/json/json_parse.h"

#include <set>
#include <utility>
#include <vector>

#include "core/text/input_limits.h"
#include "core/text/utf8.h"

namespace cloudgap {
namespace {

using nlohmann::json;

constexpr size_t kMaxMessageBytes = 160;  // nlohmann quotes the last token read, whatever its size.

// Builds the DOM through nlohmann's own SAX DOM builder, but keeps the parse
// error message instead of throwing it, refuses duplicate keys and stops at
// kMaxJsonDepth.
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
    if (!Deeper()) return false;
    keys_.emplace_back();
    return dom_.start_object(n);
  }
  bool key(json::string_t& k) {
    if (!keys_.back().insert(k).second) {
      problem_ = InputProblem::kDuplicateKey;
      error_ = "duplicate key '" + (k.size() <= 60 ? k : k.substr(0, 60) + "...") + "'";
      return false;
    }
    return dom_.key(k);
  }
  bool end_object() {
    keys_.pop_back();
    --depth_;
    return dom_.end_object();
  }
  bool start_array(std::size_t n) { return Deeper() && dom_.start_array(n); }
  bool end_array() {
    --depth_;
    return dom_.end_array();
  }
  bool parse_error(std::size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& e) {
    problem_ = InputProblem::kNotJson;
    error_ = e.what();
    return false;
  }

  InputProblem problem() const { return problem_; }
  const std::string& error() const { return error_; }

 private:
  bool Deeper() {
    if (++depth_ <= kMaxJsonDepth) return true;
    problem_ = InputProblem::kTooDeep;
    error_ = "nested more than " + std::to_string(kMaxJsonDepth) +
             " levels deep (objects and lists inside each other)";
    return false;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::vector<std::set<std::string>> keys_;  // Keys seen in each open object.
  size_t depth_ = 0;
  InputProblem problem_ = InputProblem::kNone;
  std::string error_;
};

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at ";
// users need only the part after it.
std::string TidyParseMessage(const std::string& what) {
  const std::string marker = "parse error at ";
  std::string out = what;
  size_t at = what.find(marker);
  size_t bracket = what.find("] ");
  if (at != std::string::npos) {
    out = what.substr(at + marker.size());
  } else if (what.rfind("[json.exception.", 0) == 0 && bracket != std::string::npos) {
    out = what.substr(bracket + 2);
  }
  return ShortenUtf8(out, kMaxMessageBytes);
}

// "line 3, column 7" of byte `offset` (columns count bytes, as nlohmann's do).
std::string Position(std::string_view text, size_t offset) {
  size_t line = 1, column = 1;
  for (size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

}  // namespace

size_t FindInvalidUtf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // The range of the second byte.
    if (c < 0x80) {
      ++i;
      continue;
    } else if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) lo = 0xA0;  // Overlong.
      if (c == 0xED) hi = 0x9F;  // Surrogates.
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) lo = 0x90;  // Overlong.
      if (c == 0xF4) hi = 0x8F;  // Above U+10FFFF.
    } else {
      return i;
    }
    if (i + n >= text.size()) return i;  // Cut short.
    for (size_t k = 1; k <= n; ++k) {
      const unsigned char b = static_cast<unsigned char>(text[i + k]);
      if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return i;
    }
    i += n + 1;
  }
  return std::string_view::npos;
}

JsonParseResult ParseJson(std::string_view text) {
  JsonParseResult result;
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.remove_prefix(3);
  if (const size_t bad = FindInvalidUtf8(text); bad != std::string_view::npos) {
    result.value = json(json::value_t::discarded);
    result.problem = InputProblem::kBadUtf8;
    result.error = Position(text, bad) + ": not UTF-8 text (save the file as UTF-8)";
    return result;
  }
  NonThrowingSax sax(&result.value);
  bool ok = json::sax_parse(text.begin(), text.end(), &sax);
  if (!ok) {
    result.value = json(json::value_t::discarded);
    result.problem = sax.problem() == InputProblem::kNone ? InputProblem::kNotJson : sax.problem();
    result.error = sax.error().empty() ? "not valid JSON" : TidyParseMessage(sax.error());
  }
  return result;
}

std::string JsonProblemMessage(const JsonParseResult& result) {
  if (result.problem == InputProblem::kNotJson) return "not valid JSON: " + result.error;
  return result.error;
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
