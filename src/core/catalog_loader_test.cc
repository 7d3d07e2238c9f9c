// The loader's checks, each shown failing on a copy of the built-in catalog with
// one thing broken, plus the small hand-written catalogs in tests/catalog/.
#include "core/catalog_loader.h"

#include <gtest/gtest.h>

#include <cctype>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "core/catalog_embedded.h"
#include "core/sha256.h"
#include "core/test_source_dir.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// Positions of some controls in the built-in catalog's order.
constexpr size_t k511 = 0;  // 5.1.1: csc and csp
constexpr size_t k611 = 1;  // 6.1.1: depends on 5.1.1
constexpr size_t k631 = 3;  // CLD.6.3.1
constexpr size_t k912 = 8;  // 9.1.2: csc only
constexpr size_t k921 = 9;  // 9.2.1: csp only

json BuiltinJson() {
  return json::parse(EmbeddedCatalogJson(), nullptr, /*allow_exceptions=*/false);
}

std::string Describe(const std::vector<CatalogError>& errors) {
  std::string text;
  for (const CatalogError& e : errors) text += "\n  " + e.ToString();
  return text;
}

struct BrokenCatalog {
  const char* name;
  std::function<void(json&)> breaks;
  const char* pointer;  // Expected CatalogError::pointer.
  const char* message;  // Expected to occur in CatalogError::message.
  const char* control;  // Expected CatalogError::control_id.
};

const BrokenCatalog kBroken[] = {
    {"unknown top-level field", [](json& j) { j["titel"] = "x"; }, "/titel",
     "unknown field 'titel'", ""},
    {"unknown field in a question",
     [](json& j) { j["controls"][k511]["questions"][0]["hint"] = 1; },
     "/controls/0/questions/0/hint", "unknown field 'hint'", "5.1.1"},
    {"unknown field in effort", [](json& j) { j["controls"][k611]["effort_days"]["avg"] = 3; },
     "/controls/1/effort_days/avg", "unknown field 'avg'", "6.1.1"},
    {"wrong type", [](json& j) { j["controls"][k511]["title"] = 5; }, "/controls/0/title",
     "'title' must be a string, found a number", "5.1.1"},
    {"control not an object", [](json& j) { j["controls"][k611] = "6.1.1"; }, "/controls/1",
     "expected an object, found a string", ""},
    {"missing field", [](json& j) { j["controls"][k511].erase("objective"); }, "/controls/0",
     "missing field 'objective'", "5.1.1"},
    {"empty text", [](json& j) { j["controls"][k511]["objective"] = " \n"; },
     "/controls/0/objective", "'objective' is empty", "5.1.1"},
    {"empty list entry", [](json& j) { j["controls"][k511]["actions"][1] = ""; },
     "/controls/0/actions/1", "empty text", "5.1.1"},
    {"duplicate control id", [](json& j) { j["controls"][k611] = j["controls"][k511]; },
     "/controls/1/id", "duplicate control id '5.1.1' (first at /controls/0)", "5.1.1"},
    {"duplicate question id",
     [](json& j) { j["controls"][k511]["questions"][1]["id"] = "5.1.1-q1"; },
     "/controls/0/questions/1/id", "duplicate question id '5.1.1-q1'", "5.1.1"},
    {"question id of another control",
     [](json& j) { j["controls"][k611]["questions"][0]["id"] = "5.1.1-q1"; },
     "/controls/1/questions/0/id", "duplicate question id '5.1.1-q1'", "6.1.1"},
    {"quick question id reused",
     [](json& j) { j["controls"][k511]["quick_question"]["id"] = "5.1.1-q2"; },
     "/controls/0/quick_question/id", "duplicate question id '5.1.1-q2'", "5.1.1"},
    {"question id not of its control",
     [](json& j) { j["controls"][k511]["questions"][0]["id"] = "5.1.1-first"; },
     "/controls/0/questions/0/id", "is not '5.1.1-q<n>'", "5.1.1"},
    {"dependency on an unknown control",
     [](json& j) { j["controls"][k511]["depends_on"] = json::array({"99.9.9"}); },
     "/controls/0/depends_on/0", "depends on '99.9.9', which is not a control", "5.1.1"},
    {"dependency on itself",
     [](json& j) { j["controls"][k511]["depends_on"] = json::array({"5.1.1"}); },
     "/controls/0/depends_on/0", "control depends on itself", "5.1.1"},
    {"dependency listed twice",
     [](json& j) {
       j["controls"][k611]["depends_on"] = json::array({"5.1.1", "5.1.1"});
     },
     "/controls/1/depends_on/1", "dependency '5.1.1' is listed twice", "6.1.1"},
    {"two-control dependency cycle",
     [](json& j) {
       j["controls"][k511]["depends_on"] = json::array({"6.1.1"});
       j["controls"][k611]["depends_on"] = json::array({"5.1.1"});
     },
     "/controls/1/depends_on/0", "dependency cycle: 5.1.1 -> 6.1.1 -> 5.1.1", "6.1.1"},
    {"three-control dependency cycle",
     [](json& j) {
       j["controls"][k511]["depends_on"] = json::array({"CLD.6.3.1"});
       j["controls"][k611]["depends_on"] = json::array({"5.1.1"});
       j["controls"][k631]["depends_on"] = json::array({"6.1.1"});
     },
     "/controls/1/depends_on/0", "dependency cycle: 5.1.1 -> CLD.6.3.1 -> 6.1.1 -> 5.1.1", "6.1.1"},
    {"risk weight too high", [](json& j) { j["controls"][k511]["risk"]["weight"] = 6; },
     "/controls/0/risk/weight", "'weight' is 6, outside 1..5", "5.1.1"},
    {"risk weight not an integer", [](json& j) { j["controls"][k511]["risk"]["weight"] = 2.5; },
     "/controls/0/risk/weight", "'weight' must be an integer", "5.1.1"},
    {"effort above 200", [](json& j) { j["controls"][k511]["effort_days"]["max"] = 201; },
     "/controls/0/effort_days/max", "'max' is 201, outside 1..200", "5.1.1"},
    {"effort zero", [](json& j) { j["controls"][k511]["effort_days"]["min"] = 0; },
     "/controls/0/effort_days/min", "'min' is 0, outside 1..200", "5.1.1"},
    {"effort min above max",
     [](json& j) {
       j["controls"][k511]["effort_days"] = {{"min", 30}, {"max", 10}};
     },
     "/controls/0/effort_days/min", "effort min 30 is above max 10", "5.1.1"},
    {"five maturity levels", [](json& j) { j["controls"][k511]["maturity"].erase(5); },
     "/controls/0/maturity", "'maturity' must have exactly 6 entries, has 5", "5.1.1"},
    {"too few actions", [](json& j) { j["controls"][k511]["actions"] = json::array({"Do it."}); },
     "/controls/0/actions", "'actions' must have 3 to 6 entries, has 1", "5.1.1"},
    {"question role outside guidance_for",
     [](json& j) { j["controls"][k912]["questions"][0]["roles"] = json::array({"csp"}); },
     "/controls/8/questions/0/roles/0", "role 'csp' is not in the control's guidance_for", "9.1.2"},
    {"unknown role", [](json& j) { j["controls"][k511]["guidance_for"][1] = "cso"; },
     "/controls/0/guidance_for/1", "'cso' is not a role", "5.1.1"},
    {"unknown service model",
     [](json& j) { j["controls"][k511]["questions"][0]["services"] = json::array({"faas"}); },
     "/controls/0/questions/0/services/0", "'faas' is not a service model", "5.1.1"},
    {"role with one question",
     [](json& j) {
       for (json& q : j["controls"][k511]["questions"]) q["roles"] = json::array({"csc"});
       j["controls"][k511]["questions"][0]["roles"] = json::array({"csp"});
     },
     "/controls/0/questions", "only 1 question(s) for role 'csp' (at least 2 needed)", "5.1.1"},
    {"csc text without csc guidance",
     [](json& j) { j["controls"][k921]["csc"] = "Customers should."; }, "/controls/9/csc",
     "'csc' text given but guidance_for lacks 'csc'", "9.2.1"},
    {"csp text missing", [](json& j) { j["controls"][k511].erase("csp"); }, "/controls/0",
     "missing field 'csp'", "5.1.1"},
    {"quick question misses a role",
     [](json& j) { j["controls"][k511]["quick_question"]["roles"] = json::array({"csc"}); },
     "/controls/0/quick_question/roles", "quick question must be asked of 'csp' too", "5.1.1"},
    {"quick question misses a service",
     [](json& j) {
       j["controls"][k511]["quick_question"]["services"] = json::array({"iaas", "paas"});
     },
     "/controls/0/quick_question/services", "quick question must cover 'saas' too", "5.1.1"},
    {"clause not in the clause list", [](json& j) { j["clauses"].erase(0); }, "/controls/0/clause",
     "clause 5 is not in the clause list", "5.1.1"},
    {"clause not matching the id", [](json& j) { j["controls"][k511]["clause"] = 6; },
     "/controls/0/clause", "clause 6 does not match the id", "5.1.1"},
    {"kind not matching the id", [](json& j) { j["controls"][k631]["kind"] = "extended"; },
     "/controls/3/kind", "kind does not match the id", "CLD.6.3.1"},
    {"malformed control id", [](json& j) { j["controls"][k511]["id"] = "A.5.1.1"; },
     "/controls/0/id", "'A.5.1.1' is not a control id", "A.5.1.1"},
    {"controls out of order", [](json& j) { std::swap(j["controls"][k511], j["controls"][k611]); },
     "/controls/1/id", "control '5.1.1' comes after '6.1.1'", "5.1.1"},
    {"unknown format", [](json& j) { j["format"] = "cloudgap-catalog/2"; }, "/format",
     "unknown format 'cloudgap-catalog/2'", ""},
    {"answer scale lacks a value", [](json& j) { j["answer_scale"].erase(3); }, "/answer_scale",
     "answer scale lacks 'dont_know'", ""},
    {"unknown answer value", [](json& j) { j["answer_scale"][1]["value"] = "maybe"; },
     "/answer_scale/1/value", "'maybe' is not an answer value", ""},
    {"answer listed twice", [](json& j) { j["answer_scale"][1]["value"] = "yes"; },
     "/answer_scale/1/value", "answer 'yes' is listed twice", ""},
    {"credit above 1", [](json& j) { j["answer_scale"][0]["credit"] = 1.5; },
     "/answer_scale/0/credit", "'credit' is 1.5, outside 0..1", ""},
    {"maturity scale out of order", [](json& j) { j["maturity_scale"][2]["level"] = 3; },
     "/maturity_scale/2/level", "level must be 2 here", ""},
    {"maturity scale too short", [](json& j) { j["maturity_scale"].erase(5); }, "/maturity_scale",
     "maturity scale must have 6 levels (0..5), has 5", ""},
    {"version not semver", [](json& j) { j["version"] = "1.0"; }, "/version",
     "version '1.0' is not x.y.z", ""},
    {"catalog not an object", [](json& j) { j = json::array(); }, "",
     "expected an object, found an array", ""},
};

class BrokenCatalogTest : public testing::TestWithParam<BrokenCatalog> {};

TEST_P(BrokenCatalogTest, IsRejectedWithThePointerAndMessage) {
  const BrokenCatalog& broken = GetParam();
  json doc = BuiltinJson();
  ASSERT_FALSE(doc.is_discarded());
  broken.breaks(doc);
  CatalogLoadResult result = LoadCatalog(doc.dump(2));
  EXPECT_FALSE(result.catalog.has_value());
  bool found = false;
  for (const CatalogError& e : result.errors) {
    found = found || (e.pointer == broken.pointer && e.control_id == broken.control &&
                      e.message.find(broken.message) != std::string::npos);
  }
  EXPECT_TRUE(found) << "expected control '" << broken.control << "' at '" << broken.pointer
                     << "': " << broken.message << "\ngot:" << Describe(result.errors);
}

INSTANTIATE_TEST_SUITE_P(Loader, BrokenCatalogTest, testing::ValuesIn(kBroken),
                         [](const testing::TestParamInfo<BrokenCatalog>& param) {
                           std::string name;
                           for (const char* p = param.param.name; *p; ++p) {
                             name += std::isalnum(static_cast<unsigned char>(*p)) ? *p : '_';
                           }
                           return name;
                         });

TEST(CatalogLoaderTest, ReportsEveryProblemNotJustTheFirst) {
  json doc = BuiltinJson();
  doc["titel"] = "x";
  doc["controls"][k511]["risk"]["weight"] = 0;
  doc["controls"][k921]["effort_days"]["max"] = "ten";
  CatalogLoadResult result = LoadCatalog(doc.dump());
  EXPECT_EQ(result.errors.size(), 3u) << Describe(result.errors);
}

TEST(CatalogLoaderTest, RejectsTextThatIsNotJson) {
  CatalogLoadResult result = LoadCatalog("{\n  \"format\": cloudgap\n}");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].pointer, "");
  EXPECT_NE(result.errors[0].message.find("invalid JSON"), std::string::npos);
  EXPECT_NE(result.errors[0].message.find("line 2"), std::string::npos) << result.errors[0].message;
  EXPECT_FALSE(LoadCatalog("").catalog.has_value());
}

TEST(CatalogLoaderTest, FingerprintsTheExactBytes) {
  std::string text(EmbeddedCatalogJson());
  CatalogLoadResult result = LoadCatalog(text);
  ASSERT_TRUE(result.catalog.has_value()) << Describe(result.errors);
  EXPECT_EQ(result.catalog->sha256, Sha256Hex(text));
  // The same content laid out differently is a different file.
  CatalogLoadResult compact = LoadCatalog(BuiltinJson().dump());
  ASSERT_TRUE(compact.catalog.has_value()) << Describe(compact.errors);
  EXPECT_NE(compact.catalog->sha256, result.catalog->sha256);
}

TEST(CatalogLoaderTest, ErrorToString) {
  EXPECT_EQ((CatalogError{"/controls/12/questions/3/roles/0", "12.4.1", "'cso' is not a role"})
                .ToString(),
            "control 12.4.1 at /controls/12/questions/3/roles/0: 'cso' is not a role");
  EXPECT_EQ((CatalogError{"/format", "", "unknown format 'x'"}).ToString(),
            "at /format: unknown format 'x'");
  EXPECT_EQ((CatalogError{"", "", "invalid JSON"}).ToString(), "invalid JSON");
}

TEST(CatalogLoaderTest, EscapesPointerTokens) {
  json doc = BuiltinJson();
  doc["a/b~c"] = 1;
  CatalogLoadResult result = LoadCatalog(doc.dump());
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].pointer, "/a~1b~0c");
}

// The hand-written fixtures the CLI tests use; "" when unreadable.
std::string ReadFixture(const std::string& name) {
  std::string text;
  return ReadSourceFile("tests/catalog/" + name, &text) ? text : "";
}

TEST(CatalogLoaderTest, HandWrittenFixtures) {
  std::string minimal = ReadFixture("minimal.json");
  ASSERT_FALSE(minimal.empty()) << "cannot read tests/catalog/minimal.json under '"
                                << TestSourceDir() << "'";
  CatalogLoadResult result = LoadCatalog(minimal);
  ASSERT_TRUE(result.catalog.has_value()) << Describe(result.errors);
  const Catalog& c = *result.catalog;
  ASSERT_EQ(c.controls.size(), 3u);
  EXPECT_EQ(c.controls[0].responsibility[static_cast<int>(ServiceModel::kIaas)], Owner::kCustomer);
  EXPECT_EQ(c.controls[0].responsibility[static_cast<int>(ServiceModel::kSaas)], Owner::kProvider);
  EXPECT_EQ(c.controls[2].kind, ControlKind::kCloud);
  EXPECT_EQ(c.controls[2].depends_on, std::vector<std::string>{"6.1.1"});
  EXPECT_EQ(c.answer_scale[1].credit, 0.5);

  CatalogLoadResult cycle = LoadCatalog(ReadFixture("cycle.json"));
  ASSERT_EQ(cycle.errors.size(), 1u) << Describe(cycle.errors);
  EXPECT_EQ(cycle.errors[0].ToString(),
            "control 6.1.1 at /controls/1/depends_on/0: "
            "dependency cycle: 5.1.1 -> CLD.6.3.1 -> 6.1.1 -> 5.1.1");

  CatalogLoadResult unknown = LoadCatalog(ReadFixture("unknown-field.json"));
  EXPECT_EQ(Describe(unknown.errors),
            "\n  control 6.1.1 at /controls/1/risk/weigth: unknown field 'weigth'"
            "\n  control 6.1.1 at /controls/1/risk: missing field 'weight'");
}

}  // namespace
}  // namespace cloudgap
