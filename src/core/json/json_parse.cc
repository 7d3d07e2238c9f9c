#include "core/json/json_parse.h"

#include <cstdio>
#include <set>
#include <utility>
#include <vector>

#include "core/text/input_limits.h"
#include "core/text/message_format.h"

namespace cloudgap {
namespace {

using nlohmann::json;

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
  // nlohmann's message (kNotJson), read for what it expected, or the duplicate key, quoted.
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

// What nlohmann/json said it expected, from its message's "; expected <token>"
// (a lexer's message, which ends in "; last read: ...", says nothing we word).
JsonExpected ExpectedIn(const std::string& what) {
  const size_t at = what.rfind("; expected ");
  if (at == std::string::npos || what.find("; last read:", at) != std::string::npos) {
    return JsonExpected::kUnknown;
  }
  const std::string token = what.substr(at + 11);
  if (token == "'[', '{', or a literal") return JsonExpected::kValue;
  if (token == "string literal") return JsonExpected::kKey;
  if (token == "':'") return JsonExpected::kColon;
  if (token == "']'") return JsonExpected::kMoreOfArray;
  if (token == "'}'") return JsonExpected::kMoreOfObject;
  if (token == "end of input") return JsonExpected::kEndOfText;
  return JsonExpected::kUnknown;
}

bool IsLetter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// What was found at byte `offset`, where nlohmann stopped: the word of letters
// it is in, or that ends just before it (a misspelt or cut-off true, false or
// null), else the one character there.
void SetFound(std::string_view text, size_t offset, JsonParseResult* result) {
  if (offset >= text.size()) {
    result->found = JsonFound::kEndOfText;
    return;
  }
  size_t begin = offset, end = offset;
  if (IsLetter(text[offset])) {
    end = offset + 1;
  } else if (offset > 0 && IsLetter(text[offset - 1]) && text[offset] != '"') {
    end = offset;
    begin = offset - 1;
  }
  if (end > begin) {
    while (begin > 0 && IsLetter(text[begin - 1])) --begin;
    while (end < text.size() && IsLetter(text[end])) ++end;
  }
  if (end - begin > 1) {
    result->found = JsonFound::kWord;
    result->detail = QuotedValue(text.substr(begin, end - begin));
    return;
  }
  result->found = JsonFound::kCharacter;
  while (offset > 0 && (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) --offset;
  const unsigned char c = static_cast<unsigned char>(text[offset]);
  if (c < 0x20 || c == 0x7F) {
    char code[8];
    std::snprintf(code, sizeof code, "U+%04X", c);
    result->detail = code;
    return;
  }
  size_t length = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  result->detail = "'" + std::string(text.substr(offset, length)) + "'";
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

// What was found where a syntax error stopped the parse, and what was expected
// there when the parser says, in `words`.
std::string SyntaxProblem(const JsonParseResult& result, const JsonWords& words) {
  std::string found = result.found == JsonFound::kEndOfText
                          ? words.Tr("unexpected end of the text", {})
                      : result.found == JsonFound::kWord
                          ? words.Tr("unexpected text {text}", {{"text", result.detail}})
                          : words.Tr("unexpected character {char}", {{"char", result.detail}});
  std::string expected;
  switch (result.expected) {
    case JsonExpected::kUnknown: return found;
    case JsonExpected::kValue: expected = words.Tr("a value", {}); break;
    case JsonExpected::kKey: expected = words.Tr("a key in double quotes", {}); break;
    case JsonExpected::kColon: expected = "':'"; break;
    case JsonExpected::kMoreOfArray:
      expected = words.Tr("{first} or {second}", {{"first", "','"}, {"second", "']'"}});
      break;
    case JsonExpected::kMoreOfObject:
      expected = words.Tr("{first} or {second}", {{"first", "','"}, {"second", "'}'"}});
      break;
    case JsonExpected::kEndOfText: expected = words.Tr("the end of the text", {}); break;
  }
  return words.Tr("{problem}; expected {expected}", {{"problem", found}, {"expected", expected}});
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
  } else if (result.line == 0) {
    message = TrLater("not valid JSON");
  }
  const bool syntax = result.problem == InputProblem::kNotJson && result.line != 0;
  return words.Tr(message, {{"where", where},
                            {"detail", syntax ? SyntaxProblem(result, words) : result.detail},
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
      const size_t offset = sax.position() > 0 ? sax.position() - 1 : 0;
      SetPosition(text, offset, &result);
      const bool ended = sax.detail().find("unexpected end of input") != std::string::npos;
      SetFound(text, ended ? text.size() : offset, &result);
      result.expected = ExpectedIn(sax.detail());
    }
    result.error = Worded(result, JsonWords());
  }
  return result;
}

std::string JsonParseError(const JsonParseResult& result, const JsonWords& words) {
  return result.ok() ? std::string() : Worded(result, words);
}

std::string JsonProblemMessage(const JsonParseResult& result, const JsonWords& words) {
  if (result.problem == InputProblem::kNotJson && result.line != 0) {
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
