// The loader's checks, each shown failing on a copy of the built-in catalog with
// one thing broken, plus the small hand-written catalogs in tests/catalog/.
#include "core/catalog/catalog_loader.h"

#include <gtest/gtest.h>

#include <cctype>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>

#include "core/catalog/catalog_embedded.h"
#include "core/testing/shipped_language.h"
#include "core/testing/test_source_dir.h"
#include "core/text/input_limits.h"
#include "core/text/sha.h"

namespace cloudgap {
namespace {

using nlohmann::json;

// Positions of some controls in the built-in catalog's order.
constexpr size_t k511 = 0;    // 5.1.1: guidance for csc and csp
constexpr size_t k611 = 1;    // 6.1.1
constexpr size_t k631 = 3;    // CLD.6.3.1
constexpr size_t k921 = 9;    // 9.2.1: guidance for csp only, applies to both
constexpr size_t k951 = 15;   // CLD.9.5.1: applies to csp only
constexpr size_t k1241 = 23;  // 12.4.1

json BuiltinJson() {
  return json::parse(EmbeddedCatalogJson(), nullptr, /*allow_exceptions=*/false);
}

std::string Describe(const std::vector<JsonError>& errors) {
  std::string text;
  for (const JsonError& e : errors) text += "\n  " + e.ToString();
  return text;
}

struct BrokenCatalog {
  const char* name;
  std::function<void(json&)> breaks;
  const char* pointer;  // Expected JsonError::pointer.
  const char* message;  // Expected to occur in JsonError::message.
  const char* control;  // Expected JsonError::control_id.
};

// A catalog broken by setting the value at `pointer`, and the error expected
// there.
BrokenCatalog SetAt(const char* name, const char* pointer, const json& value, const char* message,
                    const char* control) {
  return {name, [pointer, value](json& j) { j[json::json_pointer(pointer)] = value; }, pointer,
          message, control};
}

// A catalog broken by making the list at `pointer` `count` copies of its first
// entry: the count message names both bounds, so one row pins both constants.
BrokenCatalog Repeated(const char* name, const char* pointer, size_t count, const char* message,
                       const char* control) {
  return {name,
          [pointer, count](json& j) {
            json& list = j[json::json_pointer(pointer)];
            const json first = list.at(0);
            list = json::array();
            for (size_t i = 0; i < count; ++i) list.push_back(first);
          },
          pointer, message, control};
}

const BrokenCatalog kBroken[] = {
    Repeated("seven quick questions", "/controls/0/quick_questions", 7,
             "'quick_questions' must have 1 to 6 entries, has 7", "5.1.1"),
    Repeated("seven evidence entries", "/controls/0/evidence", 7,
             "'evidence' must have 3 to 6 entries, has 7", "5.1.1"),
    Repeated("eleven 27002:2022 mappings", "/controls/0/iso27002_2022", 11,
             "'iso27002_2022' must have 1 to 10 entries, has 11", "5.1.1"),
    Repeated("61 NIST ids", "/controls/0/nist_800_53r5", 61,
             "'nist_800_53r5' must have 0 to 60 entries, has 61", "5.1.1"),
    SetAt("51 soft links", "/controls/0/informed_by", std::vector<std::string>(51, "6.1.1"),
          "'informed_by' must have 0 to 50 entries, has 51", "5.1.1"),
    // A management-system step's lists and numbers, one past each bound.
    Repeated("step with 11 clauses", "/management_steps/1/iso27001", 11,
             "'iso27001' must have 1 to 10 entries, has 11", "MS.2"),
    Repeated("step with 11 prerequisites", "/management_steps/1/depends_on", 11,
             "'depends_on' must have 0 to 10 entries, has 11", "MS.2"),
    Repeated("step with 9 evidence entries", "/management_steps/1/evidence", 9,
             "'evidence' must have 1 to 8 entries, has 9", "MS.2"),
    Repeated("step with 9 actions", "/management_steps/1/actions", 9,
             "'actions' must have 1 to 8 entries, has 9", "MS.2"),
    Repeated("step extension with 9 actions", "/management_steps/1/cloud_extension/actions", 9,
             "'actions' must have 1 to 8 entries, has 9", "MS.2"),
    SetAt("step at stage 3", "/management_steps/1/stage", 3, "must be between 1 and 2, not 3",
          "MS.2"),
    SetAt("step at stage 0", "/management_steps/1/stage", 0, "must be between 1 and 2, not 0",
          "MS.2"),
    SetAt("step of weight 6", "/management_steps/1/weight", 6, "must be between 1 and 5, not 6",
          "MS.2"),
    SetAt("step of weight 0", "/management_steps/1/weight", 0, "must be between 1 and 5, not 0",
          "MS.2"),
    SetAt("retired question with 21 successors", "/retired_questions/0/successors",
          std::vector<std::string>(21, "5.1.1-q1"),
          "'successors' must have 0 to 20 entries, has 21", ""),
    Repeated("seven maturity levels", "/controls/0/maturity", 7,
             "'maturity' must have exactly 6 entries, has 7", "5.1.1"),
    Repeated("51 earlier versions", "/earlier_versions", 51,
             "'earlier_versions' must have 0 to 50 entries, has 51", ""),
    SetAt("unknown top-level field", "/titel", "x", "unknown field 'titel'", ""),
    SetAt("unknown field in a question", "/controls/0/questions/0/hint", 1, "unknown field 'hint'",
          "5.1.1"),
    SetAt("unknown field in effort", "/controls/1/effort_days/avg", 3, "unknown field 'avg'",
          "6.1.1"),
    SetAt("wrong type", "/controls/0/title", 5, "expected a string, not a whole number", "5.1.1"),
    SetAt("control not an object", "/controls/1", "6.1.1", "expected an object, not a string", ""),
    {"missing field", [](json& j) { j["controls"][k511].erase("objective"); },
     "/controls/0/objective", "missing (this field is required)", "5.1.1"},
    SetAt("empty text", "/controls/0/objective", " \n", "is empty", "5.1.1"),
    SetAt("empty list entry", "/controls/0/evidence/1", "", "empty text", "5.1.1"),
    {"duplicate control id", [](json& j) { j["controls"][k611] = j["controls"][k511]; },
     "/controls/1/id", "duplicate control id '5.1.1' (first at /controls/0)", "5.1.1"},
    SetAt("duplicate question id", "/controls/0/questions/1/id", "5.1.1-q1",
          "duplicate question id '5.1.1-q1'", "5.1.1"),
    SetAt("question id of another control", "/controls/1/questions/0/id", "5.1.1-q1",
          "duplicate question id '5.1.1-q1'", "6.1.1"),
    SetAt("quick question id reused", "/controls/0/quick_questions/0/id", "5.1.1-q2",
          "duplicate question id '5.1.1-q2'", "5.1.1"),
    SetAt("quick question id not of its control", "/controls/0/quick_questions/0/id",
          "5.1.1-quickly", "is not '5.1.1-quick' or '5.1.1-quick-<suffix>'", "5.1.1"),
    SetAt("quick question id with an empty suffix", "/controls/0/quick_questions/0/id",
          "5.1.1-quick-", "is not '5.1.1-quick' or '5.1.1-quick-<suffix>'", "5.1.1"),
    SetAt("quick question id with capitals", "/controls/0/quick_questions/0/id", "5.1.1-quick-CSC",
          "is not '5.1.1-quick' or '5.1.1-quick-<suffix>'", "5.1.1"),
    SetAt("question id not of its control", "/controls/0/questions/0/id", "5.1.1-first",
          "is not '5.1.1-q<n>'", "5.1.1"),
    {"dependency on an unknown control",
     [](json& j) { j["controls"][k511]["depends_on"] = json::array({"99.9.9"}); },
     "/controls/0/depends_on/0", "depends on '99.9.9', which is not a control of the catalog",
     "5.1.1"},
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
    SetAt("risk weight too high", "/controls/0/risk/weight", 6, "must be between 1 and 5, not 6",
          "5.1.1"),
    SetAt("risk weight not an integer", "/controls/0/risk/weight", 2.5,
          "expected a whole number, not a decimal number", "5.1.1"),
    SetAt("effort above 200", "/controls/0/effort_days/max", 201,
          "must be between 1 and 200, not 201", "5.1.1"),
    SetAt("effort zero", "/controls/0/effort_days/min", 0, "must be between 1 and 200, not 0",
          "5.1.1"),
    {"effort min above max",
     [](json& j) {
       j["controls"][k511]["effort_days"] = {{"min", 30}, {"max", 10}};
     },
     "/controls/0/effort_days/min", "effort min 30 is above max 10", "5.1.1"},
    {"five maturity levels", [](json& j) { j["controls"][k511]["maturity"].erase(5); },
     "/controls/0/maturity", "'maturity' must have exactly 6 entries, has 5", "5.1.1"},
    SetAt("too few actions", "/controls/0/actions",
          json::array({{{"text", "Do it."}, {"roles", {"csc"}}}}),
          "'actions' must have 3 to 9 entries, has 1", "5.1.1"),
    SetAt("action not an object", "/controls/0/actions/1", "Do it.",
          "expected an object, not a string", "5.1.1"),
    {"action role outside applies_to",
     [](json& j) { j["controls"][k951]["actions"][0]["roles"] = json::array({"csc"}); },
     "/controls/15/actions/0/roles/0", "role 'csc' is not in the control's applies_to",
     "CLD.9.5.1"},
    {"no action for a role",
     [](json& j) {
       for (json& a : j["controls"][k511]["actions"]) a["roles"] = json::array({"csp"});
     },
     "/controls/0/actions", "no action for role 'csc'", "5.1.1"},
    {"question role outside applies_to",
     [](json& j) { j["controls"][k951]["questions"][0]["roles"] = json::array({"csc"}); },
     "/controls/15/questions/0/roles/0", "role 'csc' is not in the control's applies_to",
     "CLD.9.5.1"},
    {"guidance for a role the control does not apply to",
     [](json& j) {
       j["controls"][k951]["guidance_for"] = json::array({"csc", "csp"});
     },
     "/controls/15/guidance_for/0",
     "role 'csc' has guidance but is not in the control's applies_to", "CLD.9.5.1"},
    SetAt("inherited form on a customer question", "/controls/0/questions/0/inherited_text",
          "Have you confirmed it?",
          "an inherited form is for provider questions only (roles must be [\"csp\"])", "5.1.1"),
    SetAt("one_practice not a boolean", "/controls/0/questions/0/one_practice", "yes",
          "expected true or false, not a string", "5.1.1"),
    SetAt("unknown role", "/controls/0/guidance_for/1", "cso", "'cso' is not a role", "5.1.1"),
    {"unknown service model",
     [](json& j) { j["controls"][k511]["questions"][0]["services"] = json::array({"faas"}); },
     "/controls/0/questions/0/services/0", "'faas' is not a service model", "5.1.1"},
    {"role with one question",
     [](json& j) {
       for (json& q : j["controls"][k511]["questions"]) q["roles"] = json::array({"csc"});
       j["controls"][k511]["questions"][0]["roles"] = json::array({"csp"});
     },
     "/controls/0/questions", "1 question for role 'csp' with iaas (at least 2 needed)", "5.1.1"},
    {"service model with one question",
     [](json& j) {
       for (json& q : j["controls"][k511]["questions"]) {
         for (const json& role : q["roles"]) {
           if (role == "csc") q["services"] = json::array({"iaas", "paas"});
         }
       }
       j["controls"][k511]["questions"][0]["services"] = json::array({"saas"});
     },
     "/controls/0/questions", "1 question for role 'csc' with saas (at least 2 needed)", "5.1.1"},
    SetAt("csc text without csc guidance", "/controls/9/csc", "Customers should.",
          "'csc' text given but guidance_for lacks 'csc'", "9.2.1"),
    {"csp text missing", [](json& j) { j["controls"][k511].erase("csp"); }, "/controls/0/csp",
     "missing (this field is required)", "5.1.1"},
    {"quick question misses a role",
     [](json& j) {
       for (json& q : j["controls"][k511]["quick_questions"]) q["roles"] = json::array({"csc"});
       j["controls"][k511]["quick_questions"].erase(1);
     },
     "/controls/0/quick_questions", "0 quick questions for role 'csp' with iaas (exactly 1 needed)",
     "5.1.1"},
    {"two quick questions for one role and service",
     [](json& j) {
       json extra = j["controls"][k511]["quick_questions"][0];
       extra["id"] = "5.1.1-quick-extra";
       extra["services"] = json::array({"saas"});
       j["controls"][k511]["quick_questions"].push_back(extra);
     },
     "/controls/0/quick_questions", "2 quick questions for role 'csc' with saas (exactly 1 needed)",
     "5.1.1"},
    {"clause not in the clause list", [](json& j) { j["clauses"].erase(0); }, "/controls/0/clause",
     "clause 5 is not in the clause list", "5.1.1"},
    SetAt("clause not matching the id", "/controls/0/clause", 6, "clause 6 does not match the id",
          "5.1.1"),
    SetAt("kind not matching the id", "/controls/3/kind", "extended",
          "kind does not match the id (only CLD ids are 'cld')", "CLD.6.3.1"),
    SetAt("malformed control id", "/controls/0/id", "A.5.1.1",
          "'A.5.1.1' is not a control id like 12.4.1 or CLD.9.5.2", "A.5.1.1"),
    {"controls out of order", [](json& j) { std::swap(j["controls"][k511], j["controls"][k611]); },
     "/controls/1/id",
     "control '5.1.1' comes after '6.1.1' (order: by clause, extended before CLD, then by number)",
     "5.1.1"},
    SetAt("unknown format", "/format", "cloudgap-catalog/1",
          "unknown format 'cloudgap-catalog/1' (expected 'cloudgap-catalog/2')", ""),
    {"hard dependency on a control for fewer roles",
     [](json& j) { j["controls"][k1241]["depends_on"] = json::array({"CLD.9.5.1"}); },
     "/controls/23/depends_on/0",
     "depends on 'CLD.9.5.1', which does not apply to role 'csc' (make it informed_by)", "12.4.1"},
    {"informed_by an unknown control",
     [](json& j) { j["controls"][k511]["informed_by"] = json::array({"99.9.9"}); },
     "/controls/0/informed_by/0", "depends on '99.9.9', which is not a control", "5.1.1"},
    {"cycle far from the first control",
     [](json& j) { j["controls"][k1241]["depends_on"] = json::array({"12.4.3"}); },
     "/controls/24/depends_on/0", "dependency cycle: 12.4.1 -> 12.4.3 -> 12.4.1", "12.4.3"},
    {"mapping without an id", [](json& j) { j["controls"][k511]["iso27002_2022"][0].erase("id"); },
     "/controls/0/iso27002_2022/0/id", "missing (this field is required)", "5.1.1"},
    SetAt("mapping number malformed", "/controls/0/iso27002_2022/0/id", "A.5.1",
          "'A.5.1' is not a control number like 8.15", "5.1.1"),
    SetAt("mapping basis unknown", "/controls/0/iso27002_2022/0/basis", "official",
          "'official' is not a mapping basis", "5.1.1"),
    {"mapping listed twice",
     [](json& j) {
       j["controls"][k511]["iso27002_2022"].push_back(j["controls"][k511]["iso27002_2022"][0]);
     },
     "/controls/0/iso27002_2022/1/id", "'5.1' is listed twice", "5.1.1"},
    SetAt("NIST id malformed", "/controls/0/nist_800_53r5/0", "AC2",
          "'AC2' is not a NIST SP 800-53 id like AC-2 or IA-2(1)", "5.1.1"),
    SetAt("NIST id in lower case", "/controls/0/nist_800_53r5/0", "ac-2",
          "'ac-2' is not a NIST SP 800-53 id like AC-2 or IA-2(1)", "5.1.1"),
    SetAt("NIST enhancement malformed", "/controls/0/nist_800_53r5/0", "AC-2(x)",
          "'AC-2(x)' is not a NIST SP 800-53 id", "5.1.1"),
    SetAt("NIST family's first letter small", "/controls/0/nist_800_53r5/0", "aC-2",
          "'aC-2' is not a NIST SP 800-53 id", "5.1.1"),
    SetAt("NIST family's second letter small", "/controls/0/nist_800_53r5/0", "Ac-2",
          "'Ac-2' is not a NIST SP 800-53 id", "5.1.1"),
    SetAt("NIST id without a hyphen", "/controls/0/nist_800_53r5/0", "AC+2",
          "'AC+2' is not a NIST SP 800-53 id", "5.1.1"),
    SetAt("NIST id without a number", "/controls/0/nist_800_53r5/0", "AC-",
          "'AC-' is not a NIST SP 800-53 id", "5.1.1"),
    SetAt("NIST enhancement not closed", "/controls/0/nist_800_53r5/0", "AC-2(1",
          "'AC-2(1' is not a NIST SP 800-53 id", "5.1.1"),
    SetAt("NIST enhancement empty", "/controls/0/nist_800_53r5/0", "AC-2()",
          "'AC-2()' is not a NIST SP 800-53 id", "5.1.1"),
    {"role weight out of range",
     [](json& j) {
       j["controls"][k511]["risk"]["by_role"] = {{"csc", 9}};
     },
     "/controls/0/risk/by_role/csc", "must be between 1 and 5, not 9", "5.1.1"},
    {"role weight for an unknown role",
     [](json& j) {
       j["controls"][k511]["risk"]["by_role"] = {{"cso", 3}};
     },
     "/controls/0/risk/by_role/cso", "unknown field 'cso'", "5.1.1"},
    {"role effort min above max",
     [](json& j) {
       j["controls"][k511]["effort_days"]["by_role"] = {{"csp", {{"min", 9}, {"max", 3}}}};
     },
     "/controls/0/effort_days/by_role/csp/min", "effort min 9 is above max 3", "5.1.1"},
    SetAt("retired question still asked", "/retired_questions/0/id", "5.1.1-q1",
          "question '5.1.1-q1' is retired but still asked", ""),
    {"retired question listed twice",
     [](json& j) { j["retired_questions"][1]["id"] = j["retired_questions"][0]["id"]; },
     "/retired_questions/1/id", "is listed twice", ""},
    {"successor that is not a question",
     [](json& j) { j["retired_questions"][0]["successors"] = json::array({"5.1.1-q99"}); },
     "/retired_questions/0/successors/0", "successor '5.1.1-q99' is not a question of the catalog",
     ""},
    SetAt("earlier version not semver", "/earlier_versions/0", "1", "version '1' is not x.y.z", ""),
    {"answer scale lacks a value", [](json& j) { j["answer_scale"].erase(3); }, "/answer_scale",
     "answer scale lacks 'dont_know'", ""},
    SetAt("unknown answer value", "/answer_scale/1/value", "maybe",
          "'maybe' is not an answer value", ""),
    SetAt("answer listed twice", "/answer_scale/1/value", "yes", "answer 'yes' is listed twice",
          ""),
    SetAt("credit above 1", "/answer_scale/0/credit", 1.5, "must be between 0 and 1, not 1.5", ""),
    SetAt("maturity scale out of order", "/maturity_scale/2/level", 3,
          "level must be 2 here (levels are 0..5, in order)", ""),
    {"maturity scale too short", [](json& j) { j["maturity_scale"].erase(5); }, "/maturity_scale",
     "maturity scale must have 6 levels (0..5), has 5", ""},
    SetAt("version not semver", "/version", "1.0", "version '1.0' is not x.y.z", ""),
    SetAt("clause listed twice", "/clauses/1/clause", 5, "clause 5 is listed twice", ""),
    SetAt("control clause 0", "/controls/0/clause", 0, "must be between 1 and 99, not 0", "5.1.1"),
    SetAt("control clause 100", "/controls/0/clause", 100, "must be between 1 and 99, not 100",
          "5.1.1"),
    SetAt("clause 4", "/clauses/0/clause", 4, "must be between 5 and 18, not 4", ""),
    SetAt("clause 19", "/clauses/0/clause", 19, "must be between 5 and 18, not 19", ""),
    SetAt("maturity level 6", "/maturity_scale/5/level", 6, "must be between 0 and 5, not 6", ""),
    SetAt("list entry not text", "/controls/0/maturity/1", 5,
          "expected a string, not a whole number", "5.1.1"),
    SetAt("evidence entry neither text nor object", "/controls/0/evidence/1", 5,
          "expected a text or an object with text and roles, not a whole number", "5.1.1"),
    SetAt("evidence entry with an unknown field", "/controls/0/evidence/2/by",
          "csc", "unknown field 'by'", "5.1.1"),
    {"evidence for a role the control does not apply to",
     [](json& j) {
       j["controls"][k951]["evidence"][0] = {{"text", "Shown by a customer"}, {"roles", {"csc"}}};
     },
     "/controls/15/evidence/0/roles/0", "role 'csc' is not in the control's applies_to",
     "CLD.9.5.1"},
    {"evidence object without roles",
     [](json& j) { j["controls"][k511]["evidence"][2].erase("roles"); },
     "/controls/0/evidence/2/roles", "missing (this field is required)", "5.1.1"},
    {"empty evidence object text",
     [](json& j) { j["controls"][k511]["evidence"][2]["text"] = " "; },
     "/controls/0/evidence/2/text", "is empty", "5.1.1"},
    {"more than 50 dependencies",
     [](json& j) {
       j["controls"][k1241]["depends_on"] = json::array();
       for (int i = 0; i < 51; ++i) j["controls"][k1241]["depends_on"].push_back("5.1.1");
     },
     "/controls/23/depends_on", "'depends_on' must have 0 to 50 entries, has 51", "12.4.1"},
    {"more than 20 replaced questions",
     [](json& j) {
       json& q = j["controls"][k511]["questions"][0];
       q["replaces"] = json::array();
       for (int i = 0; i < 21; ++i) q["replaces"].push_back("5.1.1-old" + std::to_string(i));
     },
     "/controls/0/questions/0/replaces", "'replaces' must have 0 to 20 entries, has 21", "5.1.1"},
    SetAt("step id malformed", "/management_steps/0/id", "M1", "'M1' is not a step id like MS.1",
          "M1"),
    SetAt("step id with letters after MS.", "/management_steps/0/id", "MS.x",
          "'MS.x' is not a step id like MS.1", "MS.x"),
    {"step depending on a later step",
     [](json& j) { j["management_steps"][0]["depends_on"] = json::array({"MS.2"}); },
     "/management_steps/0/depends_on/0", "depends on 'MS.2', which is not a step listed before it",
     "MS.1"},
    SetAt("step id listed twice", "/management_steps/1/id", "MS.1", "duplicate step id 'MS.1'",
          "MS.1"),
    {"catalog not an object", [](json& j) { j = json::array(); }, "",
     "expected an object, not a list", ""},
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
  for (const JsonError& e : result.errors) {
    found = found || (e.pointer == broken.pointer && e.control_id == broken.control &&
                      e.message.find(broken.message) != std::string::npos);
  }
  EXPECT_TRUE(found) << "expected control '" << broken.control << "' at '" << broken.pointer
                     << "': " << broken.message << "\ngot:" << Describe(result.errors);
}

// In German and French (`cloudgap catalog check --language`): the same problems
// at the same places, of the same class, each in the language's words.
TEST_P(BrokenCatalogTest, IsRejectedInGermanAndFrenchAtTheSamePlaces) {
  const BrokenCatalog& broken = GetParam();
  json doc = BuiltinJson();
  broken.breaks(doc);
  const std::string text = doc.dump(2);
  const CatalogLoadResult english = LoadCatalog(text);
  for (const char* tag : {"de", "fr"}) {
    const ShippedLanguage shipped = LoadShippedLanguage(tag);
    ASSERT_EQ(shipped.problem, "") << tag;
    const CatalogLoadResult result = LoadCatalog(text, shipped.words.json_words());
    EXPECT_FALSE(result.catalog.has_value());
    EXPECT_EQ(result.problem, english.problem);
    ASSERT_EQ(result.errors.size(), english.errors.size()) << tag << Describe(result.errors);
    for (size_t i = 0; i < result.errors.size(); ++i) {
      const JsonError& e = result.errors[i];
      EXPECT_EQ(e.pointer, english.errors[i].pointer) << tag;
      EXPECT_EQ(e.control_id, english.errors[i].control_id) << tag;
      EXPECT_EQ(e.problem, english.errors[i].problem) << tag;
      EXPECT_NE(e.message, english.errors[i].message) << tag;
      for (const char* word : {" is not ", "listed twice", "needed", "depends on ", "expected"}) {
        EXPECT_EQ(e.message.find(word), std::string::npos) << tag << ": " << e.message;
      }
    }
  }
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

// Clauses whose numbers are bad are reported once each, never as repeats of one another.
TEST(CatalogLoaderTest, BadClauseNumbersAreNotAlsoRepeats) {
  json doc = BuiltinJson();
  doc["clauses"][0]["clause"] = 99;
  doc["clauses"][1]["clause"] = "six";
  const CatalogLoadResult result = LoadCatalog(doc.dump());
  std::vector<std::string> about_clauses;
  for (const JsonError& e : result.errors) {
    if (e.pointer.rfind("/clauses/", 0) == 0) about_clauses.push_back(e.ToString());
  }
  EXPECT_EQ(about_clauses, (std::vector<std::string>{
                               "/clauses/0/clause: must be between 5 and 18, not 99",
                               "/clauses/1/clause: expected a whole number, not a string",
                           }));
}

// A control's clause that cannot be read is reported once: not also as a
// clause missing from the list or one that does not match the id.
TEST(CatalogLoaderTest, AnUnreadableControlClauseIsOneProblem) {
  json doc = BuiltinJson();
  doc["controls"][k511]["clause"] = "five";
  const CatalogLoadResult result = LoadCatalog(doc.dump());
  EXPECT_EQ(Describe(result.errors),
            "\n  control 5.1.1 at /controls/0/clause: expected a whole number, not a string");
}

// An entry that is not an object is one problem: nothing is read from it, so
// nothing more is said about it or about the list it is in.
TEST(CatalogLoaderTest, AnEntryThatIsNotAnObjectIsOneProblem) {
  const struct {
    std::function<void(json&)> breaks;
    std::string errors;
  } kCases[] = {
      {[](json& j) {
         j["controls"][k511]["actions"] = {"a", "b", "c"};
       },
       "\n  control 5.1.1 at /controls/0/actions/0: expected an object, not a string"
       "\n  control 5.1.1 at /controls/0/actions/1: expected an object, not a string"
       "\n  control 5.1.1 at /controls/0/actions/2: expected an object, not a string"},
      {[](json& j) { j["controls"][k511]["iso27002_2022"] = {7}; },
       "\n  control 5.1.1 at /controls/0/iso27002_2022/0: expected an object, not a whole number"},
      {[](json& j) { j["management_steps"][1] = 5; },
       "\n  /management_steps/1: expected an object, not a whole number"
       // What follows from MS.2 being gone, and nothing about the entry itself.
       "\n  control MS.3 at /management_steps/2/depends_on/0: depends on 'MS.2', which is not a "
       "step listed before it"},
      {[](json& j) { j["maturity_scale"][2] = "three"; },
       "\n  /maturity_scale/2: expected an object, not a string"},
  };
  for (const auto& c : kCases) {
    json doc = BuiltinJson();
    c.breaks(doc);
    EXPECT_EQ(Describe(LoadCatalog(doc.dump()).errors), c.errors);
  }
}

TEST(CatalogLoaderTest, AnEmptyDependencyIsOneProblem) {
  json doc = BuiltinJson();
  doc["controls"][k611]["depends_on"] = {""};
  EXPECT_EQ(Describe(LoadCatalog(doc.dump()).errors),
            "\n  control 6.1.1 at /controls/1/depends_on/0: empty text");
}

TEST(CatalogLoaderTest, RefusesACatalogOverTheSizeLimitUnread) {
  CatalogLoadResult result = LoadCatalog(std::string(kMaxCatalogBytes + 1, ' '));
  EXPECT_EQ(result.problem, InputProblem::kTooLarge);
  EXPECT_EQ(Describe(result.errors),
            "\n  (document): the catalog is 4194305 bytes, over the limit of 4194304");
  // At the limit it is read (and refused for what it holds, not for its size).
  EXPECT_NE(LoadCatalog(std::string(kMaxCatalogBytes, ' ')).problem, InputProblem::kTooLarge);
}

// The longest list the loader takes: a question may replace up to 20.
// The first quick question under another id (and no retired question naming the old one).
void RenameQuick(json& j, const char* id) {
  j["controls"][k511]["quick_questions"][0]["id"] = id;
  j.erase("retired_questions");
}

// The edges the loader must accept, beside the refusals of BrokenCatalogTest.
TEST(CatalogLoaderTest, AcceptsTheEdgesOfWhatIsAllowed) {
  const std::pair<const char*, std::function<void(json&)>> edges[] = {
      {"a one-letter suffix", [](json& j) { RenameQuick(j, "5.1.1-quick-a"); }},
      {"a suffix of z", [](json& j) { RenameQuick(j, "5.1.1-quick-z"); }},
      {"a suffix with dashes", [](json& j) { RenameQuick(j, "5.1.1-quick-c-s"); }},
      {"an effort of one exact size",
       [](json& j) {
         j["controls"][k511]["effort_days"] = {{"min", 3}, {"max", 3}};
       }},
      {"a role effort of one exact size",
       [](json& j) {
         j["controls"][k511]["effort_days"]["by_role"] = {{"csp", {{"min", 4}, {"max", 4}}}};
       }},
  };
  for (const auto& [name, edit] : edges) {
    json doc = BuiltinJson();
    edit(doc);
    CatalogLoadResult result = LoadCatalog(doc.dump());
    EXPECT_TRUE(result.catalog) << name << Describe(result.errors);
  }
}

TEST(CatalogLoaderTest, AQuestionMayReplaceTwenty) {
  json doc = BuiltinJson();
  json& q = doc["controls"][k511]["questions"][0];
  q["replaces"] = json::array();
  for (int i = 0; i < 20; ++i) q["replaces"].push_back("5.1.1-old" + std::to_string(i));
  CatalogLoadResult result = LoadCatalog(doc.dump());
  EXPECT_TRUE(result.catalog.has_value()) << Describe(result.errors);
}

TEST(CatalogLoaderTest, RejectsTextThatIsNotJson) {
  CatalogLoadResult result = LoadCatalog("{\n  \"format\": cloudgap\n}");
  ASSERT_EQ(result.errors.size(), 1u);
  EXPECT_EQ(result.errors[0].pointer, "");
  EXPECT_EQ(result.errors[0].problem, InputProblem::kNotJson);
  EXPECT_EQ(result.errors[0].message.rfind("not valid JSON: ", 0), 0u) << result.errors[0].message;
  EXPECT_NE(result.errors[0].message.find("line 2"), std::string::npos) << result.errors[0].message;
  EXPECT_FALSE(LoadCatalog("").catalog.has_value());
}

// Word for word: an enumeration's refusal, a count with its plural, the size
// limit and a syntax error, framed as `catalog check` prints them.
TEST(CatalogLoadLanguage, GermanAndFrenchWordForWord) {
  const std::string n = "\u00a0";
  json unknown_role = BuiltinJson();
  unknown_role["controls"][k511]["guidance_for"][1] = "cso";
  json no_quick = BuiltinJson();
  for (json& q : no_quick["controls"][k511]["quick_questions"]) q["roles"] = json::array({"csc"});
  no_quick["controls"][k511]["quick_questions"].erase(1);
  json one_question = BuiltinJson();
  for (json& q : one_question["controls"][k511]["questions"]) q["roles"] = json::array({"csc"});
  one_question["controls"][k511]["questions"][0]["roles"] = json::array({"csp"});
  const struct {
    std::string text;
    std::string english, german, french;  // The first problem, as ToString frames it.
  } kCases[] = {
      {unknown_role.dump(), "control 5.1.1 at /controls/0/guidance_for/1: 'cso' is not a role",
       "Maßnahme 5.1.1 bei /controls/0/guidance_for/1: 'cso' ist nicht als Rolle zulässig",
       "mesure 5.1.1, à /controls/0/guidance_for/1" + n + ": 'cso' n’est pas valide comme rôle"},
      {no_quick.dump(),
       "control 5.1.1 at /controls/0/quick_questions: 0 quick questions for role 'csp' with iaas "
       "(exactly 1 needed)",
       "Maßnahme 5.1.1 bei /controls/0/quick_questions: 0 Fragen im Schnellcheck für die Rolle "
       "'csp' mit iaas (genau 1 nötig)",
       "mesure 5.1.1, à /controls/0/quick_questions" + n +
           ": 0 question du diagnostic rapide pour le rôle 'csp' avec iaas (exactement 1 "
           "requise)"},
      {one_question.dump(),
       "control 5.1.1 at /controls/0/questions: 1 question for role 'csp' with iaas (at least 2 "
       "needed)",
       "Maßnahme 5.1.1 bei /controls/0/questions: 1 Frage für die Rolle 'csp' mit iaas "
       "(mindestens 2 nötig)",
       "mesure 5.1.1, à /controls/0/questions" + n +
           ": 1 question pour le rôle 'csp' avec iaas (au moins 2 requises)"},
      {std::string(kMaxCatalogBytes + 1, ' '),
       "(document): the catalog is 4194305 bytes, over the limit of 4194304",
       "(Dokument): der Katalog ist 4194305 Bytes groß, mehr als die Grenze von 4194304",
       "(document)" + n + ": le catalogue fait 4194305 octets, au-delà de la limite de 4194304"},
      {"{\n  \"format\": cloudgap\n}",
       "(document): not valid JSON: line 2, column 13: unexpected text 'cloudgap'",
       "(Dokument): kein gültiges JSON: Zeile 2, Spalte 13: unerwarteter Text 'cloudgap'",
       "(document)" + n + ": JSON non valide" + n + ": ligne 2, colonne 13" + n +
           ": texte inattendu 'cloudgap'"},
  };
  const ShippedLanguage german = LoadShippedLanguage("de"), french = LoadShippedLanguage("fr");
  for (const auto& c : kCases) {
    const CatalogLoadResult english = LoadCatalog(c.text);
    ASSERT_FALSE(english.errors.empty());
    EXPECT_EQ(english.errors[0].ToString(), c.english);
    for (const ShippedLanguage* shipped : {&german, &french}) {
      const JsonWords words = shipped->words.json_words();
      const CatalogLoadResult result = LoadCatalog(c.text, words);
      ASSERT_EQ(result.errors.size(), english.errors.size());
      EXPECT_EQ(result.errors[0].pointer, english.errors[0].pointer);
      EXPECT_EQ(result.errors[0].problem, english.errors[0].problem);
      EXPECT_EQ(result.errors[0].ToString(words), shipped == &german ? c.german : c.french);
    }
  }
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

// Catalog and document problems are one record, written one way (json_reader.h).
TEST(CatalogLoaderTest, ErrorToString) {
  EXPECT_EQ((JsonError{"/controls/12/questions/3/roles/0", "'cso' is not a role",
                       InputProblem::kBadValue, "12.4.1"})
                .ToString(),
            "control 12.4.1 at /controls/12/questions/3/roles/0: 'cso' is not a role");
  EXPECT_EQ((JsonError{"", "no questions", InputProblem::kBadValue, "5.1.1"}).ToString(),
            "control 5.1.1: no questions");
  EXPECT_EQ((JsonError{"/format", "unknown format 'x'"}).ToString(), "/format: unknown format 'x'");
  EXPECT_EQ((JsonError{"", "not valid JSON: ..."}).ToString(), "(document): not valid JSON: ...");
  EXPECT_EQ((JsonError{"/" + std::string(200, 'k'), "x"}).ToString(),
            "/" + std::string(119, 'k') + "...: x");  // A pasted key is shortened.
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
  EXPECT_EQ(c.controls[1].guidance_for, std::vector<Role>{Role::kProvider});
  EXPECT_EQ(c.controls[1].applies_to, (std::vector<Role>{Role::kCustomer, Role::kProvider}));
  EXPECT_EQ(c.answer_scale[1].credit, 0.5);

  CatalogLoadResult cycle = LoadCatalog(ReadFixture("cycle.json"));
  ASSERT_EQ(cycle.errors.size(), 1u) << Describe(cycle.errors);
  EXPECT_EQ(cycle.errors[0].ToString(),
            "control 6.1.1 at /controls/1/depends_on/0: "
            "dependency cycle: 5.1.1 -> CLD.6.3.1 -> 6.1.1 -> 5.1.1");

  CatalogLoadResult unknown = LoadCatalog(ReadFixture("unknown-field.json"));
  EXPECT_EQ(Describe(unknown.errors),
            "\n  control 6.1.1 at /controls/1/risk/weigth: unknown field 'weigth'"
            "\n  control 6.1.1 at /controls/1/risk/weight: missing (this field is required)");
}

// A control asks 3 to 12 full questions: the count alone is judged at both
// ends (other rules may object to what is left, but not the count).
TEST(CatalogLoaderTest, QuestionCountAtBothEnds) {
  auto count_error = [](size_t n) {
    json j = BuiltinJson();
    json& questions = j["controls"][k511]["questions"];
    while (questions.size() > n) questions.erase(questions.size() - 1);
    while (questions.size() < n) {
      json copy = questions[0];
      copy["id"] = "5.1.1-q" + std::to_string(questions.size() + 1);
      questions.push_back(copy);
    }
    for (const JsonError& e : LoadCatalog(j.dump()).errors) {
      if (e.pointer == "/controls/0/questions" &&
          e.message.rfind("'questions' must have", 0) == 0) {
        return e.message;
      }
    }
    return std::string();
  };
  EXPECT_EQ(count_error(2), "'questions' must have 3 to 12 entries, has 2");
  EXPECT_EQ(count_error(3), "");
  EXPECT_EQ(count_error(12), "");
  EXPECT_EQ(count_error(13), "'questions' must have 3 to 12 entries, has 13");
}

}  // namespace
}  // namespace cloudgap
