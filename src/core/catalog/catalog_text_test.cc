// The built-in catalog split in two (cmake/split_catalog.py) and put back
// together as the web app does, and every way a text file is refused.
#include "core/catalog/catalog_text.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/catalog/catalog_embedded.h"
#include "core/testing/builtin_catalog_text.h"
#include "core/text/input_limits.h"
#include "core/text/sha.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// Every text the split moves out, in catalog order, each with where it is.
std::vector<std::string> SplitTexts(const Catalog& c) {
  std::vector<std::string> out;
  auto add = [&out](const std::string& where, const std::string& text) {
    out.push_back(where + ": " + text);
  };
  add("title", c.title);
  for (const AnswerLevel& level : c.answer_scale) add(level.value, level.label + level.description);
  for (const MaturityLevel& level : c.maturity_scale)
    add("maturity", level.label + level.description);
  for (const Clause& clause : c.clauses) add("clause", clause.title + clause.summary);
  for (const Control& control : c.controls) {
    add(control.id + " title", control.title);
    add(control.id + " objective", control.objective);
    add(control.id + " csc", control.customer_guidance);
    add(control.id + " csp", control.provider_guidance);
    add(control.id + " risk", control.risk_rationale);
    for (const Evidence& e : control.evidence) add(control.id + " evidence", e.text);
    for (const std::string& m : control.maturity) add(control.id + " maturity", m);
    for (const Question& q : control.questions) add(q.id, q.text + q.inherited_text);
    for (const Question& q : control.quick_questions) add(q.id, q.text + q.inherited_text);
    for (const Action& a : control.actions) add(control.id + " action", a.text);
  }
  for (const ManagementStep& s : c.management_steps) {
    add(s.id + " title", s.title);
    add(s.id + " summary", s.summary);
    add(s.id + " extension", s.extension_summary);
    for (const std::string& e : s.evidence) add(s.id + " evidence", e);
    for (const std::string& a : s.actions) add(s.id + " action", a);
    for (const std::string& a : s.extension_actions) add(s.id + " extension action", a);
  }
  return out;
}

// What the split keeps: ids, titles, roles, numbers and the quick questions.
std::vector<std::string> Structure(const Catalog& c) {
  std::vector<std::string> out{c.id, c.version};
  for (const Control& control : c.controls) {
    out.push_back(control.id + " " + control.label + " w" + std::to_string(control.risk_weight) +
                  " e" + std::to_string(control.effort.min) + "-" +
                  std::to_string(control.effort.max) + " " +
                  std::to_string(control.actions.size()) + " actions, " +
                  std::to_string(control.evidence.size()) + " evidence");
    for (const std::string& d : control.depends_on) out.push_back(" depends on " + d);
    for (const Question& q : control.questions) {
      out.push_back(" " + q.id + " " + std::to_string(q.roles.size()) + "/" +
                    std::to_string(q.services.size()));
    }
    for (const Question& q : control.quick_questions) out.push_back(" " + q.id);
  }
  for (const ManagementStep& s : c.management_steps) out.push_back(s.id);
  return out;
}

json TextJson() {
  return json::parse(BuiltinCatalogTextJson(), nullptr, false);
}

CatalogLoadResult WithText(const json& text) {
  return LoadCatalogWithText(EmbeddedCatalogStructureJson(), text.dump());
}

std::string Describe(const CatalogLoadResult& r) {
  std::string text;
  for (const JsonError& e : r.errors) text += "\n  " + e.ToString();
  return text;
}

TEST(CatalogTextTest, TheTwoPartsMakeTheBuiltInCatalog) {
  CatalogLoadResult whole =
      LoadCatalogWithText(EmbeddedCatalogStructureJson(), BuiltinCatalogTextJson());
  ASSERT_TRUE(whole.catalog) << Describe(whole);
  const Catalog& builtin = BuiltinCatalog();
  EXPECT_EQ(whole.catalog->sha256, builtin.sha256);
  EXPECT_TRUE(whole.catalog->text_complete());
  EXPECT_EQ(SplitTexts(*whole.catalog), SplitTexts(builtin));
  EXPECT_EQ(Structure(*whole.catalog), Structure(builtin));
}

TEST(CatalogTextTest, TheStructureKeepsEverythingButTheText) {
  const Catalog& structure = BuiltinCatalogStructure();
  const Catalog& builtin = BuiltinCatalog();
  EXPECT_FALSE(structure.text_complete());
  EXPECT_EQ(structure.text_file, "catalog-text." + builtin.sha256.substr(0, 12) + ".json");
  // The identity is the complete catalog's, so documents move between the two.
  EXPECT_EQ(structure.sha256, builtin.sha256);
  EXPECT_EQ(structure.sha256, Sha256Hex(EmbeddedCatalogJson()));
  EXPECT_EQ(Structure(structure), Structure(builtin));
  std::vector<std::string> texts = SplitTexts(structure);
  size_t placeholders = 0;
  for (const std::string& t : texts) {
    if (t.size() >= kTextPlaceholder.size() &&
        t.compare(t.size() - kTextPlaceholder.size(), std::string::npos, kTextPlaceholder) == 0) {
      ++placeholders;
    }
  }
  // Only what has no text at all (a control without guidance for one role,
  // a step with nothing to extend) is not a placeholder.
  size_t empty = 0;
  for (const std::string& t : SplitTexts(builtin)) empty += t.back() == ' ';
  EXPECT_EQ(placeholders + empty, texts.size());
  EXPECT_GT(placeholders, 1000u);
  // And it is a good deal smaller (BENCHMARKS.md has the bytes).
  EXPECT_LT(EmbeddedCatalogStructureJson().size() * 2, EmbeddedCatalogJson().size());
}

// The text at `from` under the pointer `to` instead.
void Move(json& text, const char* from, const char* to) {
  json& texts = text["texts"];
  texts[to] = texts[from];
  texts.erase(from);
}

struct BadText {
  const char* name;
  void (*breaks)(json&);
  const char* pointer;
  const char* message;
};

const BadText kBadTexts[] = {
    {"OtherFormat", [](json& t) { t["format"] = "cloudgap-catalog-text/9"; }, "/format",
     "unknown format 'cloudgap-catalog-text/9' (expected 'cloudgap-catalog-text/1')"},
    {"OtherCatalog",
     [](json& t) {
       t["catalog"]["sha256"] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
     },
     "/catalog", "the text of catalog iso27017 2.1.0 (sha256 0123456789ab), not of iso27017 2.1.0"},
    {"OtherVersion", [](json& t) { t["catalog"]["version"] = "1.0.0"; }, "/catalog",
     "the text of catalog iso27017 1.0.0"},
    {"NoCatalog", [](json& t) { t.erase("catalog"); }, "/catalog", "missing"},
    {"UnknownField", [](json& t) { t["extra"] = 1; }, "/extra", "unknown field 'extra'"},
    {"TextsNotAnObject", [](json& t) { t["texts"] = json::array(); }, "/texts",
     "expected an object, not a list"},
    // Never an id, a number or a weight: no file of words changes a score.
    {"NotAPlaceholder", [](json& t) { t["texts"]["/controls/0/id"] = "5.1.2"; },
     "/texts/~1controls~10~1id", "names no text of the catalog"},
    {"AControlsNumber", [](json& t) { t["texts"]["/controls/0/label"] = "5.1.2"; },
     "/texts/~1controls~10~1label", "names no text of the catalog"},
    {"NoSuchControl", [](json& t) { t["texts"]["/controls/99/objective"] = "x"; },
     "/texts/~1controls~199~1objective", "names no text of the catalog"},
    // Each in place of the text it would otherwise fill, so only the reading of
    // the pointer can tell them apart.
    {"LeadingZero", [](json& t) { Move(t, "/controls/0/objective", "/controls/00/objective"); },
     "/texts/~1controls~100~1objective", "names no text of the catalog"},
    {"ColonAfterTheDigits",
     [](json& t) { Move(t, "/controls/10/objective", "/controls/:/objective"); },
     "/texts/~1controls~1:~1objective", "names no text of the catalog"},
    {"BadEscape", [](json& t) { t["texts"]["/con~2trols"] = "x"; }, "/texts/~1con~02trols",
     "names no text of the catalog"},
    {"EscapedSlash", [](json& t) { t["texts"]["/controls~10~1objective"] = "x"; },
     "/texts/~1controls~010~01objective", "names no text of the catalog"},
    {"NotAPointer", [](json& t) { t["texts"]["controls"] = "x"; }, "/texts/controls",
     "names no text of the catalog"},
    {"IntoAString", [](json& t) { t["texts"]["/id/0"] = "x"; }, "/texts/~1id~10",
     "names no text of the catalog"},
    // Array indices as RFC 6901 writes them: digits, no sign, no leading zero.
    {"NotAnIndex", [](json& t) { t["texts"]["/controls/x/objective"] = "x"; },
     "/texts/~1controls~1x~1objective", "names no text of the catalog"},
    {"NegativeIndex", [](json& t) { t["texts"]["/controls/-1/objective"] = "x"; },
     "/texts/~1controls~1-1~1objective", "names no text of the catalog"},
    {"OnePastTheEnd", [](json& t) { t["texts"]["/controls/44/objective"] = "x"; },
     "/texts/~1controls~144~1objective", "names no text of the catalog"},
    {"HugeIndex", [](json& t) { t["texts"]["/controls/99999999999999999999999/objective"] = "x"; },
     "/texts/~1controls~199999999999999999999999~1objective", "names no text of the catalog"},
    {"DigitsThenLetters", [](json& t) { t["texts"]["/controls/3a/objective"] = "x"; },
     "/texts/~1controls~13a~1objective", "names no text of the catalog"},
    {"EmptyIndex", [](json& t) { t["texts"]["/controls//objective"] = "x"; },
     "/texts/~1controls~1~1objective", "names no text of the catalog"},
    // Would resolve if its first character were taken for the leading '/'.
    {"NoLeadingSlash", [](json& t) { t["texts"]["Xcontrols/0/objective"] = "x"; },
     "/texts/Xcontrols~10~1objective", "names no text of the catalog"},
    {"EmptyPointer", [](json& t) { t["texts"][""] = "x"; }, "/texts/",
     "names no text of the catalog"},
    {"NotAString", [](json& t) { t["texts"]["/controls/0/objective"] = 7; },
     "/texts/~1controls~10~1objective", "expected a string, not a whole number"},
    {"EmptyText", [](json& t) { t["texts"]["/controls/0/objective"] = " "; },
     "/texts/~1controls~10~1objective", "empty text"},
    {"MissingText", [](json& t) { t["texts"].erase("/controls/3/csp"); }, "/texts",
     "no text for /controls/3/csp of the catalog"},
};

class BadTextTest : public testing::TestWithParam<BadText> {};

TEST_P(BadTextTest, IsRefusedWithThePointerAndMessage) {
  json text = TextJson();
  GetParam().breaks(text);
  CatalogLoadResult r = WithText(text);
  EXPECT_FALSE(r.catalog);
  EXPECT_EQ(r.problem, InputProblem::kBadValue);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors[0].pointer, GetParam().pointer) << Describe(r);
  EXPECT_NE(r.errors[0].message.find(GetParam().message), std::string::npos) << Describe(r);
}

INSTANTIATE_TEST_SUITE_P(CatalogText, BadTextTest, testing::ValuesIn(kBadTexts),
                         [](const testing::TestParamInfo<BadText>& p) { return p.param.name; });

TEST(CatalogTextTest, AFileOfAnotherBuildIsNotLookedInto) {
  json text = TextJson();
  text["catalog"]["sha256"] = std::string(64, 'b');
  text["texts"]["/controls/0/title"] = "x";  // Would be a second error if read.
  CatalogLoadResult r = WithText(text);
  ASSERT_EQ(r.errors.size(), 1u) << Describe(r);
  EXPECT_EQ(r.errors[0].pointer, "/catalog");
}

TEST(CatalogTextTest, ATextFileThatIsNotJsonSaysSo) {
  CatalogLoadResult r = LoadCatalogWithText(EmbeddedCatalogStructureJson(), "<html>404</html>");
  EXPECT_EQ(r.problem, InputProblem::kNotJson);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message.rfind("the catalog text: ", 0), 0u) << Describe(r);
}

TEST(CatalogTextTest, AnOversizedTextFileIsRefusedUnread) {
  CatalogLoadResult r =
      LoadCatalogWithText(EmbeddedCatalogStructureJson(), std::string(kMaxCatalogBytes + 1, ' '));
  EXPECT_EQ(r.problem, InputProblem::kTooLarge);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message.find("the catalog text is"), std::string::npos) << Describe(r);
}

TEST(CatalogTextTest, ATextFileOfExactlyTheLimitIsRead) {
  CatalogLoadResult r =
      LoadCatalogWithText(EmbeddedCatalogStructureJson(), std::string(kMaxCatalogBytes, ' '));
  EXPECT_EQ(r.problem, InputProblem::kNotJson) << "read, and found not to be JSON";
}

TEST(CatalogTextTest, TheRefusalNamesBothIdentities) {
  json text = TextJson();
  text["catalog"]["sha256"] = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  CatalogLoadResult r = WithText(text);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(
      r.errors[0].message,
      "the text of catalog iso27017 2.1.0 (sha256 0123456789ab), not of iso27017 2.1.0 (sha256 " +
          BuiltinCatalog().sha256.substr(0, 12) + ")");
}

TEST(CatalogTextTest, ACompleteCatalogTakesNoText) {
  CatalogLoadResult r = LoadCatalogWithText(EmbeddedCatalogJson(), BuiltinCatalogTextJson());
  EXPECT_FALSE(r.catalog);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message, "the catalog has all its text already");
}

TEST(CatalogTextTest, AStructureThatIsNotJsonSaysSo) {
  CatalogLoadResult r = LoadCatalogWithText("{", BuiltinCatalogTextJson());
  EXPECT_EQ(r.problem, InputProblem::kNotJson);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].message.rfind("the catalog: ", 0), 0u) << Describe(r);
}

TEST(CatalogTextTest, ABrokenStructureIsReportedAsTheCatalog) {
  CatalogLoadResult r = LoadCatalogWithText("{}", BuiltinCatalogTextJson());
  EXPECT_FALSE(r.catalog);
  EXPECT_EQ(r.problem, InputProblem::kBadValue);
}

TEST(CatalogTextTest, ManyMissingTextsAreReportedByTheFirstOnes) {
  json text = TextJson();
  text["texts"] = json::object();
  CatalogLoadResult r = WithText(text);
  EXPECT_FALSE(r.catalog);
  // Twenty, and one record that says the rest are left out.
  EXPECT_EQ(r.errors.size(), 21u) << Describe(r);
  EXPECT_NE(r.errors[0].message.find("no text for /answer_scale/0/description"), std::string::npos)
      << Describe(r);
}

json StructureJson() {
  return json::parse(EmbeddedCatalogStructureJson(), nullptr, false);
}

TEST(CatalogTextTest, TheStructureNamesAPlainFileAndAnIdentity) {
  struct Case {
    const char* member;
    json value;
    const char* message;
  };
  const Case cases[] = {
      {"file", "../catalog.json", "'../catalog.json' is not a file name ending in .json"},
      {"file", "https://x.example/t.json", "is not a file name ending in .json"},
      {"file", ".json", "is not a file name ending in .json"},
      {"file", "text.txt", "is not a file name ending in .json"},
      {"sha256", "ABC", "expected 64 lowercase hexadecimal digits"},
      {"sha256", std::string(64, 'A'), "expected 64 lowercase hexadecimal digits"},
  };
  for (const Case& c : cases) {
    json s = StructureJson();
    s["text_elsewhere"][c.member] = c.value;
    CatalogLoadResult r = LoadCatalog(s.dump());
    ASSERT_EQ(r.errors.size(), 1u) << c.value << Describe(r);
    EXPECT_EQ(r.errors[0].pointer, std::string("/text_elsewhere/") + c.member);
    EXPECT_NE(r.errors[0].message.find(c.message), std::string::npos) << Describe(r);
  }
  json s = StructureJson();
  s["text_elsewhere"]["file"] = "catalog-text_v2.0.json";
  EXPECT_TRUE(LoadCatalog(s.dump()).catalog) << "letters, digits, '.', '-', '_' are fine";
  s["text_elsewhere"] = "catalog-text.json";
  EXPECT_EQ(LoadCatalog(s.dump()).errors.at(0).message, "expected an object, not a string");
  s["text_elsewhere"] = {{"file", "t.json"}};
  EXPECT_EQ(LoadCatalog(s.dump()).errors.at(0).pointer, "/text_elsewhere/sha256");
}

}  // namespace
}  // namespace cloudgap
