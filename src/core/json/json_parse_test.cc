#include "core/json/json_parse.h"

#include <gtest/gtest.h>

#include <chrono>

#include "core/text/input_limits.h"

namespace cloudgap {
namespace {

TEST(ParseJson, ParsesValidText) {
  JsonParseResult r = ParseJson(R"({"a": [1, 2.5, "x", true, null]})");
  ASSERT_TRUE(r.ok()) << r.error;
  EXPECT_EQ(r.value["a"][2], "x");
}

TEST(ParseJson, ReportsSyntaxErrorsWithPositionInsteadOfThrowing) {
  JsonParseResult r = ParseJson("{\n  \"a\": tru }");
  EXPECT_FALSE(r.ok());
  EXPECT_TRUE(r.value.is_discarded());
  EXPECT_NE(r.error.find("line 2"), std::string::npos) << r.error;
  EXPECT_EQ(r.error.find("[json.exception"), std::string::npos) << r.error;
}

// A syntax error in CloudGap's words, not nlohmann/json's: what was found
// where the parse stopped (a word, a character, the end), and what would have
// been right there when the parser says.
TEST(ParseJson, WordsASyntaxErrorItself) {
  const struct {
    const char* text;
    const char* error;
  } kCases[] = {
      {"id,title\n1,x\n", "line 1, column 1: unexpected text 'id'"},
      {"{\n  \"a\": tru }", "line 2, column 11: unexpected text 'tru'"},
      {R"({"a": 1,})",
       "line 1, column 9: unexpected character '}'; expected a key in double quotes"},
      {R"({"a" 1})", "line 1, column 6: unexpected character '1'; expected ':'"},
      {"[1,]", "line 1, column 4: unexpected character ']'; expected a value"},
      {"[1 2]", "line 1, column 4: unexpected character '2'; expected ',' or ']'"},
      {R"({"a": 1)", "line 1, column 8: unexpected end of the text; expected ',' or '}'"},
      {"{} x", "line 1, column 4: unexpected character 'x'; expected the end of the text"},
      {"", "line 1, column 1: unexpected end of the text; expected a value"},
      {"\"abc", "line 1, column 5: unexpected end of the text"},
      {"{\"a\": \"x\ny\"}", "line 1, column 9: unexpected character U+000A"},
      {"\xc3\xa9", "line 1, column 1: unexpected character '\xc3\xa9'"},
      {"-x", "line 1, column 2: unexpected character 'x'"},
  };
  for (const auto& c : kCases) {
    const JsonParseResult r = ParseJson(c.text);
    EXPECT_EQ(r.problem, InputProblem::kNotJson) << c.text;
    EXPECT_EQ(r.error, c.error) << c.text;
    EXPECT_EQ(JsonProblemMessage(r), std::string("not valid JSON: ") + c.error) << c.text;
  }
}

TEST(ParseJson, RejectsTrailingGarbageAndEmptyInput) {
  EXPECT_FALSE(ParseJson("{} {}").ok());
  EXPECT_FALSE(ParseJson("").ok());
  EXPECT_FALSE(ParseJson("\xff").ok());
}

TEST(ParseJson, RejectsDuplicateKeysAtAnyDepth) {
  EXPECT_EQ(ParseJson(R"({"a": 1, "a": 2})").error, "duplicate key 'a'");
  EXPECT_FALSE(ParseJson(R"({"x": [{"b": 1, "b": 1}]})").ok());
  EXPECT_TRUE(ParseJson(R"({"a": {"a": 1}, "b": {"a": 2}})").ok());
}

TEST(ParseJson, SaysWhichKindOfProblemItIs) {
  EXPECT_EQ(ParseJson("{").problem, InputProblem::kNotJson);
  EXPECT_EQ(ParseJson(R"({"a": 1, "a": 2})").problem, InputProblem::kDuplicateKey);
  EXPECT_EQ(ParseJson("\xff").problem, InputProblem::kBadUtf8);
  EXPECT_EQ(ParseJson("[1]").problem, InputProblem::kNone);
}

TEST(ParseJson, RefusesDeepNestingBeforeBuildingIt) {
  const auto nested = [](size_t depth) {
    return std::string(depth, '[') + std::string(depth, ']');
  };
  EXPECT_TRUE(ParseJson(nested(kMaxJsonDepth)).ok());
  const JsonParseResult r = ParseJson(nested(kMaxJsonDepth + 1));
  EXPECT_EQ(r.problem, InputProblem::kTooDeep);
  EXPECT_EQ(r.error, "nested more than 64 levels deep (objects and lists inside each other)");
  const auto start = std::chrono::steady_clock::now();
  std::string deep_objects;
  for (int i = 0; i < 100000; ++i) deep_objects += "{\"a\":";
  EXPECT_EQ(ParseJson(deep_objects).problem, InputProblem::kTooDeep);
  EXPECT_EQ(ParseJson(nested(100000)).problem, InputProblem::kTooDeep);
  EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 2.0);
}

TEST(ParseJson, RefusesBytesThatAreNotUtf8AnywhereAndSaysWhere) {
  const JsonParseResult r = ParseJson("{\n  \"a\": \"caf\xe9\"}");
  EXPECT_EQ(r.problem, InputProblem::kBadUtf8);
  EXPECT_EQ(r.error, "line 2, column 12: not UTF-8 text (save the file as UTF-8)");
  EXPECT_EQ(ParseJson("[1] \xc3").problem, InputProblem::kBadUtf8);  // Outside strings, cut short.
  EXPECT_TRUE(ParseJson("[\"caf\xc3\xa9 \xf0\x9f\x98\x80\"]").ok());
}

TEST(ParseJson, SkipsALeadingByteOrderMark) {
  EXPECT_TRUE(ParseJson("\xef\xbb\xbf{\"a\": 1}").ok());
  EXPECT_FALSE(ParseJson("{\"a\": 1}\xef\xbb\xbf").ok());
}

TEST(ParseJson, KeepsMessagesShortWhateverTheInputHolds) {
  const std::string huge = "[\"" + std::string(1000000, 'x');  // An unterminated string.
  const JsonParseResult r = ParseJson(huge);
  EXPECT_EQ(r.problem, InputProblem::kNotJson);
  EXPECT_LT(r.error.size(), 200u) << r.error.substr(0, 300);
}

TEST(FindInvalidUtf8, FindsOverlongSurrogateAndOutOfRangeForms) {
  EXPECT_EQ(FindInvalidUtf8("ok \xc3\xa9"), std::string_view::npos);
  EXPECT_EQ(FindInvalidUtf8("a\xc0\xaf"), 1u);         // Overlong '/'.
  EXPECT_EQ(FindInvalidUtf8("ab\xed\xa0\x80"), 2u);    // U+D800.
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);  // Above U+10FFFF.
  EXPECT_EQ(FindInvalidUtf8("\xe2\x82"), 0u);          // Cut short.
  EXPECT_EQ(FindInvalidUtf8("\x80"), 0u);              // A lone continuation byte.
}

TEST(JsonPointerToken, EscapesTildeAndSlash) {
  EXPECT_EQ(JsonPointerToken("a/b~c"), "a~1b~0c");
  EXPECT_EQ(JsonPointerToken("12.4.1-q3"), "12.4.1-q3");
}

}  // namespace
}  // namespace cloudgap
