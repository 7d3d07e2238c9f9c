#include "core/json/json_reader.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "core/text/enum_text.h"

namespace cloudgap {
namespace {

using nlohmann::json;

std::vector<std::string> Messages(JsonErrors& errors) {
  std::vector<std::string> messages;
  for (const JsonError& e : errors.Take()) messages.push_back(e.ToString());
  return messages;
}

enum class Shade { kLight, kDark };
constexpr EnumText<Shade> kShades[] = {{Shade::kLight, "light"}, {Shade::kDark, "dark"}};

// ObjectReader reads an enumeration by the same EnumText table its names print with.
TEST(ObjectReader, ReadsEnumerationsByTheirTextTable) {
  const nlohmann::json doc = nlohmann::json::parse(
      R"({"one": "dark", "bad": "dim", "list": ["light", "dark", "light", 3]})");
  JsonErrors errors;
  ObjectReader r(doc, {}, errors);
  EXPECT_EQ(r.Enum("one", kShades, "shade"), Shade::kDark);
  EXPECT_EQ(r.Enum("bad", kShades, "shade"), std::nullopt);
  EXPECT_EQ(r.EnumList("list", kShades, "shade"),
            (std::vector<Shade>{Shade::kLight, Shade::kDark}));
  const std::vector<JsonError> found = errors.Take();
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].ToString(), "/bad: 'dim' is not a shade");
  EXPECT_EQ(found[1].ToString(), "/list/2: 'light' is listed twice");
  EXPECT_EQ(found[2].ToString(), "/list/3: expected a shade (a string), not a whole number");
}

TEST(ObjectReader, NumbersAreReadInRangeOrReportedAndRefused) {
  const json doc = json::parse(R"({"half": 0.5, "one": 1, "big": 1.5, "text": "0.5"})");
  JsonErrors errors;
  ObjectReader r(doc, {}, errors);
  EXPECT_EQ(r.Number("half", 0, 1), 0.5);
  EXPECT_EQ(r.Number("one", 0, 1), 1.0);  // A whole number is a number too.
  EXPECT_EQ(r.Number("big", 0, 1), std::nullopt);
  EXPECT_EQ(r.Number("text", 0, 1), std::nullopt);
  EXPECT_EQ(r.Number("absent", 0, 1), std::nullopt);
  EXPECT_EQ(Messages(errors), (std::vector<std::string>{
                                  "/big: must be between 0 and 1, not 1.5",
                                  "/text: expected a number, not a string",
                                  "/absent: missing (this field is required)",
                              }));
}

TEST(IntInRange, TakesWholeNumbersInRangeOnly) {
  JsonErrors errors;
  const JsonPlace at{"/n", ""};
  EXPECT_EQ(IntInRange(errors, json(3), at, 1, 5), 3);
  EXPECT_EQ(IntInRange(errors, json(1), at, 1, 5), 1);
  EXPECT_EQ(IntInRange(errors, json(5), at, 1, 5), 5);
  EXPECT_EQ(IntInRange(errors, json(9), at, 1, 5), std::nullopt);
  EXPECT_EQ(IntInRange(errors, json(-2), at, 1, 5), std::nullopt);
  EXPECT_EQ(IntInRange(errors, json(2.5), at, 1, 5), std::nullopt);
  EXPECT_EQ(IntInRange(errors, json(18446744073709551615u), at, 1, 5), std::nullopt);
  EXPECT_EQ(Messages(errors), (std::vector<std::string>{
                                  "/n: must be between 1 and 5, not 9",
                                  "/n: must be between 1 and 5, not -2",
                                  "/n: expected a whole number, not a decimal number",
                                  "/n: must be between 1 and 5, not 18446744073709551615",
                              }));
}

// The lenient readers take a member of the right type and nothing else, silently.
TEST(LenientMembers, TakeWhatIsThereAndIgnoreTheRest) {
  const json doc = json::parse(R"({"name": "Acme", "score": 72.5, "n": 3})");
  EXPECT_EQ(StringMember(doc, "name"), "Acme");
  EXPECT_EQ(StringMember(doc, "score"), std::nullopt);
  EXPECT_EQ(StringMember(doc, "missing"), std::nullopt);
  EXPECT_EQ(NumberMember(doc, "score"), 72.5);
  EXPECT_EQ(NumberMember(doc, "n"), 3.0);
  EXPECT_EQ(NumberMember(doc, "name"), std::nullopt);
  EXPECT_EQ(NumberMember(doc, "missing"), std::nullopt);
  const json list = json::parse(R"(["name", "Acme"])");
  EXPECT_EQ(StringMember(list, "name"), std::nullopt);
  EXPECT_EQ(NumberMember(json(5), "score"), std::nullopt);
}

}  // namespace
}  // namespace cloudgap
