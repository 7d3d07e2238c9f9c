#include "core/json_parse.h"

#include <gtest/gtest.h>

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

TEST(JsonPointerToken, EscapesTildeAndSlash) {
  EXPECT_EQ(JsonPointerToken("a/b~c"), "a~1b~0c");
  EXPECT_EQ(JsonPointerToken("12.4.1-q3"), "12.4.1-q3");
}

}  // namespace
}  // namespace cloudgap
