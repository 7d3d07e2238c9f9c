#include "core/json/json_parse.h"

#include <set>
#include <utility>
#include <vector>

#include "core/text/input_limits.h"
#include "core/text/message_format.h"
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
      detail_ = "'" + (k.size() <= 60 ? k : k.substr(0, 60) + "...") + "'";
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
  bool parse_error(std::size_t position, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& e) {
    problem_ = InputProblem::kNotJson;
    position_ = position;
    detail_ = e.what();
    return false;
  }

  InputProblem problem() const { return problem_; }
  // kNotJson: the count of bytes read, the last one the byte refused.
  size_t position() const { return position_; }
  // nlohmann's message (kNotJson) or the duplicate key, quoted.
  const std::string& detail() const { return detail_; }

 private:
  bool Deeper() {
    if (++depth_ <= kMaxJsonDepth) return true;
    problem_ = InputProblem::kTooDeep;
    return false;
  }

  nlohmann::detail::json_sax_dom_parser<json> dom_;
  std::vector<std::set<std::string>> keys_;  // Keys seen in each open object.
  size_t depth_ = 0;
  size_t position_ = 0;
  InputProblem problem_ = InputProblem::kNone;
  std::string detail_;
};

// nlohmann's messages start with "[json.exception.parse_error.101] parse error
// at line 3, column 7: "; users need only the part after it, the position being
// worded apart (SetPosition gives the same line and column).
std::string TidyParseMessage(const std::string& what) {
  const size_t at = what.find("parse error");
  const size_t end = at != std::string::npos                  ? what.find(": ", at)
                     : what.rfind("[json.exception.", 0) == 0 ? what.find("] ")
                                                              : std::string::npos;
  return ShortenUtf8(end == std::string::npos ? what : what.substr(end + 2), kMaxMessageBytes);
}

// The line and column of byte `offset` (columns count bytes, as nlohmann's do;
// the end of the text is one past its last byte).
void SetPosition(std::string_view text, size_t offset, JsonParseResult* result) {
  result->line = 1;
  result->column = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++result->line;
      result->column = 1;
    } else {
      ++result->column;
    }
  }
}

// The problem in `words`, without the "not valid JSON" of a syntax error. One
// lookup with every argument (each message uses its own) keeps the code small.
std::string Worded(const JsonParseResult& result, const JsonWords& words) {
  const std::string where =
      result.line == 0
          ? std::string()
          : words.Tr("line {line}, column {column}", {{"line", std::to_string(result.line)},
                                                      {"column", std::to_string(result.column)}});
  const char* message = TrLater("{where}: {detail}");
  if (result.problem == InputProblem::kBadUtf8) {
    message = TrLater("{where}: not UTF-8 text (save the file as UTF-8)");
  } else if (result.problem == InputProblem::kDuplicateKey) {
    message = TrLater("duplicate key {key}");
  } else if (result.problem == InputProblem::kTooDeep) {
    message = TrLater("nested more than {max} levels deep (objects and lists inside each other)");
  } else if (result.detail.empty()) {
    message = TrLater("not valid JSON");
  }
  return words.Tr(message, {{"where", where},
                            {"detail", result.detail},
                            {"key", result.detail},
                            {"max", std::to_string(kMaxJsonDepth)}});
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
    SetPosition(text, bad, &result);
    result.error = Worded(result, JsonWords());
    return result;
  }
  NonThrowingSax sax(&result.value);
  bool ok = json::sax_parse(text.begin(), text.end(), &sax);
  if (!ok) {
    result.value = json(json::value_t::discarded);
    result.problem = sax.problem() == InputProblem::kNone ? InputProblem::kNotJson : sax.problem();
    if (result.problem != InputProblem::kNotJson) {
      result.detail = sax.detail();
    } else if (!sax.detail().empty()) {
      SetPosition(text, sax.position() > 0 ? sax.position() - 1 : 0, &result);
      result.detail = TidyParseMessage(sax.detail());
    }
    result.error = Worded(result, JsonWords());
  }
  return result;
}

std::string JsonProblemMessage(const JsonParseResult& result, const JsonWords& words) {
  if (result.problem == InputProblem::kNotJson && !result.detail.empty()) {
    return words.Tr("not valid JSON: {problem}", {{"problem", Worded(result, words)}});
  }
  return Worded(result, words);
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
