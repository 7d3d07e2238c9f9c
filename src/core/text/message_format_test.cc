// ICU-style messages: arguments, plurals per language, selects, quoting, and
// what a broken message does.
#include "core/text/message_format.h"

#include <gtest/gtest.h>

#include <string>

#include "core/text/score_format.h"

namespace cloudgap {
namespace {

constexpr const char* kGaps = "{count, plural, =0 {No gaps} one {# gap} other {# gaps}}";

TEST(MessageFormat, PutsEachArgumentWhereTheMessageNamesIt) {
  EXPECT_EQ(FormatMessage("{name} was saved", "en", {{"name", "Acme"}}), "Acme was saved");
  EXPECT_EQ(FormatMessage("{b} vor {a}", "de", {{"a", "eins"}, {"b", "zwei"}}), "zwei vor eins");
  EXPECT_EQ(FormatMessage("{ n } of {total}", "en", {{"n", 3}, {"total", 44}}), "3 of 44");
  EXPECT_EQ(FormatMessage("no arguments", "en", {}), "no arguments");
}

TEST(MessageFormat, PluralsFollowEachLanguagesRules) {
  EXPECT_EQ(FormatMessage(kGaps, "en", {{"count", 0}}), "No gaps");
  EXPECT_EQ(FormatMessage(kGaps, "en", {{"count", 1}}), "1 gap");
  EXPECT_EQ(FormatMessage(kGaps, "en", {{"count", 2}}), "2 gaps");
  EXPECT_EQ(FormatMessage(kGaps, "en", {{"count", 12345}}), "12,345 gaps");
  const char* french = "{n, plural, one {# écart} other {# écarts}}";
  EXPECT_EQ(FormatMessage(french, "fr", {{"n", 0}}), "0 écart");  // French: 0 is singular.
  EXPECT_EQ(FormatMessage(french, "fr", {{"n", 1}}), "1 écart");
  EXPECT_EQ(FormatMessage(french, "fr", {{"n", 2}}), "2 écarts");
  const char* german = "{n, plural, one {# Lücke} other {# Lücken}}";
  EXPECT_EQ(FormatMessage(german, "de", {{"n", 0}}), "0 Lücken");
  EXPECT_EQ(FormatMessage(german, "de", {{"n", 1}}), "1 Lücke");
  EXPECT_EQ(FormatMessage(german, "de", {{"n", 1000}}), "1.000 Lücken");
  // An exact case wins over the category; an unknown language counts as English.
  EXPECT_EQ(FormatMessage("{n, plural, =1 {one exactly} one {a one} other {#}}", "en", {{"n", 1}}),
            "one exactly");
  EXPECT_EQ(FormatMessage(french, "xx", {{"n", 0}}), "0 écarts");
}

TEST(MessageFormat, BranchesHoldArgumentsOfTheirOwn) {
  const char* m = "{n, plural, one {{who} answered # question} other {{who} answered # questions}}";
  EXPECT_EQ(FormatMessage(m, "en", {{"n", 2}, {"who", "Sam"}}), "Sam answered 2 questions");
  const char* nested =
      "{role, select, csc {{n, plural, one {# customer gap} other {# customer gaps}}} "
      "other {{n, plural, one {# gap} other {# gaps}}}}";
  EXPECT_EQ(FormatMessage(nested, "en", {{"role", "csc"}, {"n", 1}}), "1 customer gap");
  EXPECT_EQ(FormatMessage(nested, "en", {{"role", "csp"}, {"n", 3}}), "3 gaps");
}

TEST(MessageFormat, ApostrophesNeedNoEscapingButQuoteBraces) {
  EXPECT_EQ(FormatMessage("Don't know", "en", {}), "Don't know");
  EXPECT_EQ(FormatMessage("l'analyse de {x}", "fr", {{"x", "l'écart"}}), "l'analyse de l'écart");
  EXPECT_EQ(FormatMessage("a '{literal}' brace", "en", {}), "a {literal} brace");
  EXPECT_EQ(FormatMessage("it''s", "en", {}), "it's");
  EXPECT_EQ(FormatMessage("{n, plural, other {'#' # left}}", "en", {{"n", 4}}), "# 4 left");
}

TEST(MessageFormat, AnArgumentNotGivenIsLeftAsWritten) {
  EXPECT_EQ(FormatMessage("{name} was saved", "en", {}), "{name} was saved");
  EXPECT_EQ(FormatMessage(kGaps, "en", {}), kGaps);
  EXPECT_EQ(FormatMessage(kGaps, "en", {{"count", "many"}}), kGaps);  // A plural needs a number.
}

TEST(MessageFormat, ABrokenMessageIsShownAsWrittenAndItsFaultNamed) {
  struct Case {
    const char* message;
    const char* problem;
  };
  const Case cases[] = {
      {"{name", "an unclosed '{' at 5"},
      {"a } b", "a '}' that closes nothing at 2"},
      {"{}", "an argument without a name at 1"},
      {"{n, number}", "an argument type other than plural or select"},
      {"{n, plural}", "a plural without branches"},
      {"{n, plural, one {#}}", "a plural without an 'other' branch"},
      {"{n, select, a {x}}", "a select without an 'other' branch"},
      {"{n, plural, few {#} other {#}}", "a plural category other than one or other ('few')"},
      {"{n, plural, = {#} other {#}}", "a plural branch '=' without a number"},
      {"{n, plural, one # other {#}}", "a branch key without its '{'"},
      {"{n, plural, {x} other {#}}", "a branch without a key"},
      {"{n x}", "an argument that is not '{name}' or '{name, type, ...}'"},
      {"'{ unclosed", "an unclosed quote"},
  };
  for (const Case& c : cases) {
    EXPECT_NE(MessageProblem(c.message).find(c.problem), std::string::npos)
        << c.message << ": " << MessageProblem(c.message);
    EXPECT_EQ(FormatMessage(c.message, "en", {{"n", 1}, {"name", "x"}}), c.message);
  }
  EXPECT_EQ(MessageProblem(kGaps), "");
  EXPECT_EQ(MessageProblem("Don't {a} '{b}'"), "");
}

TEST(MessageFormat, NamesTheArgumentsAtEveryDepth) {
  EXPECT_EQ(MessageArgumentNames("{a} and {n, plural, one {{b}} other {{c} #}}"),
            (std::set<std::string>{"a", "b", "c", "n"}));
  EXPECT_EQ(MessageArgumentNames("'{quoted}' only"), std::set<std::string>{});
}

TEST(MessageFormat, NumbersAreWrittenAsEachLanguageWritesThem) {
  EXPECT_EQ(FormatNumber(1234.5, 1, "en"), "1,234.5");
  EXPECT_EQ(FormatNumber(1234.5, 1, "de"), "1.234,5");
  EXPECT_EQ(FormatNumber(1234.5, 1, "fr"),
            "1\xC2\xA0"
            "234,5");
  EXPECT_EQ(FormatNumber(62.45, 0, "de"), "62");
  EXPECT_EQ(FormatNumber(999, 0, "en"), "999");
  EXPECT_EQ(FormatNumber(1000000, 0, "en"), "1,000,000");
  EXPECT_EQ(FormatNumber(-1234, 0, "en"), "-1,234");
  EXPECT_EQ(FormatNumber(-0.04, 1, "en"), "0.0");
  EXPECT_EQ(FormatNumber(0.5, 2, "fr"), "0,50");
}

TEST(MessageFormat, ScoresAreWrittenAsEachLanguageWritesThem) {
  EXPECT_EQ(FormatScore(62.25, "en"), FormatScore(62.25));
  EXPECT_EQ(FormatScore(62.25, "de"), "62,3");
  EXPECT_EQ(FormatScore(60.04, "fr"), "60");
  EXPECT_EQ(FormatScore(100, "de"), "100");
}

TEST(MessageFormat, DatesAreWrittenAsEachLanguageWritesThem) {
  EXPECT_EQ(FormatDate("2026-12-04", "en"), "4 Dec 2026");
  EXPECT_EQ(FormatDate("2026-01-31", "en"), "31 Jan 2026");
  EXPECT_EQ(FormatDate("2024-02-29", "xx"), "29 Feb 2024") << "any other language as English";
  EXPECT_EQ(FormatDate("2026-12-04", "de"), "04.12.2026");
  EXPECT_EQ(FormatDate("2026-05-01", "fr"), "01/05/2026");
  for (const char* not_a_date : {"", "2026-13-01", "2025-02-29", "2026-12-04T10:00:00Z", "soon"}) {
    EXPECT_EQ(FormatDate(not_a_date, "de"), not_a_date) << not_a_date;
  }
}

}  // namespace
}  // namespace cloudgap
