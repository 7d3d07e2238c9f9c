#include "core/text/enum_text.h"

#include <gtest/gtest-spi.h>
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>

#include "core/testing/enum_text_testing.h"
#include "core/text/input_problem.h"

namespace cloudgap {
namespace {

enum class Colour { kRed, kGreen, kBlue };

constexpr EnumText<Colour> kColours[] = {
    {Colour::kRed, "red"}, {Colour::kGreen, "green"}, {Colour::kBlue, "blue"}};
static_assert(InEnumOrder(kColours));

// The same words out of order, with a hole, repeated, and one row short.
constexpr EnumText<Colour> kReordered[] = {
    {Colour::kGreen, "green"}, {Colour::kRed, "red"}, {Colour::kBlue, "blue"}};
constexpr EnumText<Colour> kHoled[] = {{Colour::kRed, "red"}, {Colour::kBlue, "blue"}};
constexpr EnumText<Colour> kRepeated[] = {{Colour::kRed, "red"}, {Colour::kRed, "rouge"}};
constexpr EnumText<Colour> kShort[] = {{Colour::kRed, "red"}, {Colour::kGreen, "green"}};
constexpr EnumText<Colour> kTwice[] = {
    {Colour::kRed, "red"}, {Colour::kGreen, "red"}, {Colour::kBlue, "blue"}};

TEST(EnumText, TextOfEveryValue) {
  EXPECT_STREQ(TextOf(kColours, Colour::kRed), "red");
  EXPECT_STREQ(TextOf(kColours, Colour::kGreen), "green");
  EXPECT_STREQ(TextOf(kColours, Colour::kBlue), "blue");
  static_assert(std::string_view(TextOf(kColours, Colour::kBlue)) == "blue");
}

TEST(EnumText, TextOfAbsentValueIsEmpty) {
  EXPECT_STREQ(TextOf(kShort, Colour::kBlue), "");
  EXPECT_STREQ(TextOf(kHoled, Colour::kGreen), "");
  EXPECT_STREQ(TextOf(kColours, static_cast<Colour>(3)), "");
  EXPECT_STREQ(TextOf(kColours, static_cast<Colour>(-1)), "");
}

TEST(EnumText, TextOfSearchesATableNotInEnumOrder) {
  EXPECT_STREQ(TextOf(kReordered, Colour::kRed), "red");
  EXPECT_STREQ(TextOf(kReordered, Colour::kGreen), "green");
  EXPECT_STREQ(TextOf(kHoled, Colour::kBlue), "blue");
}

TEST(EnumText, ValueOfEveryText) {
  EXPECT_EQ(ValueOf(kColours, "red"), Colour::kRed);
  EXPECT_EQ(ValueOf(kColours, "green"), Colour::kGreen);
  EXPECT_EQ(ValueOf(kColours, std::string("blue")), Colour::kBlue);
  EXPECT_EQ(ValueOf(kReordered, "red"), Colour::kRed);
  static_assert(ValueOf(kColours, "green") == Colour::kGreen);
}

TEST(EnumText, ValueOfUnknownTextIsNullopt) {
  for (const char* unknown : {"", "Red", "red ", " red", "purple", "gree"}) {
    EXPECT_EQ(ValueOf(kColours, unknown), std::nullopt) << '"' << unknown << '"';
  }
  EXPECT_EQ(ValueOf(kShort, "blue"), std::nullopt);
}

TEST(EnumText, InEnumOrder) {
  EXPECT_TRUE(InEnumOrder(kColours));
  EXPECT_TRUE(InEnumOrder(kShort));  // Ordered, only short: the round trip catches that.
  EXPECT_FALSE(InEnumOrder(kReordered));
  EXPECT_FALSE(InEnumOrder(kHoled));
  EXPECT_FALSE(InEnumOrder(kRepeated));
}

TEST(EnumText, RoundTripCatchesAnEnumeratorAfterTheLastRow) {
  ExpectRoundTrip<kColours>();
  EXPECT_TRUE((IsEnumerator<Colour, Colour::kBlue>()));
  EXPECT_FALSE((IsEnumerator<Colour, static_cast<Colour>(3)>()));
  EXPECT_NONFATAL_FAILURE(ExpectRoundTrip<kShort>(), "an enumerator after the last row");
}

TEST(EnumText, RoundTripCatchesARepeatedText) {
  EXPECT_NONFATAL_FAILURE(ExpectRoundTrip<kTwice>(), "\"red\" leads to another row");
}

TEST(EnumText, InputProblemNamesRoundTrip) {
  ExpectRoundTrip<kInputProblemNames>();
  EXPECT_STREQ(InputProblemName(InputProblem::kNone), "ok");
  EXPECT_STREQ(InputProblemName(InputProblem::kTooMany), "too-many");
}

}  // namespace
}  // namespace cloudgap
