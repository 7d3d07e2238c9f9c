// Tests of the OSCAL exports (oscal_common.h, oscal_catalog.h,
// oscal_assessment_results.h, oscal_poam.h). Schema validity is checked by
// tests/oscal/validate.py against NIST's schemas; these check the content.
#include <gtest/gtest.h>

#include <set>

#include "core/catalog/catalog_loader.h"
#include "core/engine/report_input.h"
#include "core/engine/roadmap.h"
#include "core/engine/scoring.h"
#include "core/oscal/oscal_assessment_results.h"
#include "core/oscal/oscal_catalog.h"
#include "core/oscal/oscal_poam.h"
#include "core/testing/expect_each.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"
#include "core/text/uuid.h"

namespace cloudgap {
namespace {

// ExampleAssessment() (fixtures.h) with 12.4.1's owner in outer and breaking
// white space, and 6.1.1's maturity left to the answers: 5.1.1 met (one question
// N/A), CLD.6.3.1, 6.1.1 and 12.4.1 with gaps, CLD.12.4.5 marked N/A, 12.1.2 out
// of scope.
Assessment Example() {
  Assessment a = ExampleAssessment();
  a.controls["12.4.1"].owner = "  Head of\nIT  ";
  a.controls.erase("6.1.1");
  return a;
}

OscalJson Results(const Assessment& a) {
  const Evaluation e = Evaluate(TestCatalog(), a);
  return OscalAssessmentResults(
      ReportInput(TestCatalog(), a, e, BuildRoadmap(TestCatalog(), a, e)));
}

OscalJson Poam(const Assessment& a) {
  const Evaluation e = Evaluate(TestCatalog(), a);
  return OscalPoam(ReportInput(TestCatalog(), a, e, BuildRoadmap(TestCatalog(), a, e)));
}

void CollectUuids(const OscalJson& node, std::vector<std::string>* uuids) {
  if (node.is_object()) {
    for (const auto& [key, value] : node.items()) {
      if (key == "uuid") uuids->push_back(value.get<std::string>());
      CollectUuids(value, uuids);
    }
  } else if (node.is_array()) {
    for (const OscalJson& item : node) CollectUuids(item, uuids);
  }
}

TEST(OscalIds, StartWithALetterAndMapOneWay) {
  EXPECT_EQ(OscalControlId("12.4.1"), "iso27002-12.4.1");
  EXPECT_EQ(OscalControlId("CLD.9.5.2"), "cld-9.5.2");
  EXPECT_EQ(OscalControlId("CLD.9.5.2-q1"), "cld-9.5.2-q1");
  EXPECT_EQ(OscalControlId("5.1.1-quick"), "iso27002-5.1.1-quick");
  EXPECT_EQ(OscalControlId("x y/z"), "iso27002-x_y_z");
  EXPECT_EQ(OscalClauseId(12), "clause-12");
}

TEST(OscalText, StringsHaveNoOuterOrBreakingWhiteSpace) {
  EXPECT_EQ(OscalString("  Head of\nIT \t "), "Head of IT");
  EXPECT_EQ(OscalString("\xC2\xA0\xE2\x80\xA8 x\xEF\xBB\xBF"), "x");
  EXPECT_EQ(OscalString(" \n\t"), "");
  EXPECT_EQ(OscalString("a\x01"
                        "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(OscalMarkup("<b>|*x*|</b>\n# h"), "&lt;b&gt;\\|\\*x\\*\\|&lt;/b&gt; \\# h");
}

TEST(OscalText, TimestampsFitTheSchema) {
  const InOut kCases[] = {
      {"2024-05-03T16:42:10Z", "2024-05-03T16:42:10Z"},
      {"2024-05-03T16:42:10.250Z", "2024-05-03T16:42:10.250Z"},
      {"2024-09-30", "2024-09-30T00:00:00Z"},
      {"2016-12-31T23:59:60Z", "2016-12-31T23:59:59Z"},
      {"1066-10-14T09:00:00Z", "1900-01-01T00:00:00Z"},
      {"3024-01-01T00:00:00Z", "2999-12-31T23:59:59Z"},
      {"yesterday", "1970-01-01T00:00:00Z"},
  };
  ExpectEach(OscalTimestamp, kCases);
}

TEST(OscalUuids, AreNamedAfterTheAssessmentAndStable) {
  const Assessment a = Example();
  EXPECT_EQ(AssessmentKey(a), "assessment/iso27017/2024-03-01T12:00:00Z/Acme Ltd");
  EXPECT_EQ(AssessmentUuid(a, "poam"),
            CloudGapUuid("assessment/iso27017/2024-03-01T12:00:00Z/Acme Ltd/poam"));
  EXPECT_EQ(Results(a), Results(a));
  // Editing the answers keeps the document's identity; another organisation is another one.
  Assessment edited = a;
  edited.answers["12.4.1-q1"] = {Answer::kYes, ""};
  edited.updated_at = "2024-06-01T00:00:00Z";
  EXPECT_EQ(Results(edited)["assessment-results"]["uuid"],
            Results(a)["assessment-results"]["uuid"]);
  Assessment other = a;
  other.profile.organisation = "Other Ltd";
  EXPECT_NE(Results(other)["assessment-results"]["uuid"], Results(a)["assessment-results"]["uuid"]);
}

TEST(OscalUuids, AreUniqueWithinEachDocument) {
  for (const OscalJson& doc :
       {Results(Example()), Poam(Example()), OscalCatalog(BuiltinCatalog(), kTestNow)}) {
    std::vector<std::string> uuids;
    CollectUuids(doc, &uuids);
    EXPECT_FALSE(uuids.empty());
    EXPECT_EQ(std::set<std::string>(uuids.begin(), uuids.end()).size(), uuids.size());
    for (const std::string& uuid : uuids) EXPECT_EQ(uuid[14], '5') << uuid;
  }
}

TEST(OscalCatalogExport, GroupsControlsByClauseWithParts) {
  const Catalog& catalog = BuiltinCatalog();
  const OscalJson doc = OscalCatalog(catalog, "2024-05-03T16:42:10Z");
  const OscalJson& body = doc["catalog"];
  EXPECT_EQ(body["metadata"]["oscal-version"], kOscalVersion);
  EXPECT_EQ(body["metadata"]["last-modified"], "2024-05-03T16:42:10Z");
  EXPECT_EQ(body["metadata"]["version"], catalog.version);
  EXPECT_EQ(body["uuid"],
            CloudGapUuid("catalog/" + catalog.id + "/" + catalog.version + "/" + catalog.sha256));
  size_t controls = 0;
  for (const OscalJson& group : body["groups"]) {
    EXPECT_EQ(group["id"].get<std::string>().rfind("clause-", 0), 0u);
    for (const OscalJson& control : group["controls"]) {
      ++controls;
      const std::string id = control["id"];
      EXPECT_EQ(control["parts"][0]["id"], id + "_obj");
      EXPECT_EQ(control["parts"][0]["name"], "objective");
      EXPECT_FALSE(control["parts"][0]["parts"].empty());  // The questions.
      EXPECT_EQ(control["props"][0]["name"], "label");
    }
  }
  EXPECT_EQ(controls, catalog.controls.size());
  // Only the time differs between two exports of the same catalog.
  OscalJson later = OscalCatalog(catalog, "2025-01-01T00:00:00Z");
  later["catalog"]["metadata"]["last-modified"] = "2024-05-03T16:42:10Z";
  EXPECT_EQ(later, doc);
}

TEST(OscalCatalogExport, DependenciesAreLinks) {
  const OscalJson doc = OscalCatalog(TestCatalog(), kTestNow);
  const OscalJson& control = doc["catalog"]["groups"][1]["controls"][1];  // 6.1.1.
  EXPECT_EQ(control["id"], "iso27002-6.1.1");
  EXPECT_EQ(control["links"], OscalJson::parse(R"([{"href": "#cld-6.3.1", "rel": "depends-on"}])"));
}

TEST(OscalResults, AndThePlanCarryTheTimeToAudit) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment a = NewAssessment(catalog, TestProfile(), kTestNow);
  AnswerAllAsked(catalog, Answer::kPartly, &a);
  const Evaluation e = Evaluate(catalog, a);
  const Roadmap roadmap = BuildRoadmap(catalog, a, e);
  const std::string remarks = OscalAssessmentResults(
      ReportInput(catalog, a, e, roadmap))["assessment-results"]["results"][0]["remarks"];
  EXPECT_NE(remarks.find("Certification audit: stage 1 in month "), std::string::npos) << remarks;
  const std::string plan = OscalPoam(
      ReportInput(catalog, a, e, roadmap))["plan-of-action-and-milestones"]["metadata"]["remarks"];
  EXPECT_NE(plan.find("Certification audit: stage 1 in month "), std::string::npos) << plan;
  // Without management steps (the test catalog) there is nothing to say.
  const std::string none = Results(Example())["assessment-results"]["results"][0]["remarks"];
  EXPECT_EQ(none.find("Certification audit"), std::string::npos);
}

TEST(OscalResults, ExcludesNotApplicableAndOutOfScopeControls) {
  const OscalJson result = Results(Example())["assessment-results"]["results"][0];
  const OscalJson& selection = result["reviewed-controls"]["control-selections"][0];
  EXPECT_TRUE(selection["include-all"].is_object());
  EXPECT_EQ(
      selection["exclude-controls"],
      OscalJson::parse(R"([{"control-id": "cld-12.4.5"}, {"control-id": "iso27002-12.1.2"}])"));
  const std::string remarks = selection["remarks"];
  EXPECT_NE(remarks.find("cld-12.4.5 (No): No monitoring here"), std::string::npos);
  EXPECT_NE(remarks.find("iso27002-12.1.2 (Not in scope)"), std::string::npos);
  EXPECT_EQ(result["start"], kTestNow);
  EXPECT_EQ(result["end"], "2024-05-03T16:42:10Z");
}

TEST(OscalResults, FindingsPerAssessedControl) {
  const OscalJson result = Results(Example())["assessment-results"]["results"][0];
  std::map<std::string, std::string> state;
  for (const OscalJson& finding : result["findings"]) {
    state[finding["target"]["target-id"]] = finding["target"]["status"]["state"];
    EXPECT_EQ(finding["target"]["type"], "objective-id");
  }
  EXPECT_EQ(state, (std::map<std::string, std::string>{{"iso27002-5.1.1_obj", "satisfied"},
                                                       {"cld-6.3.1_obj", "not-satisfied"},
                                                       {"iso27002-6.1.1_obj", "not-satisfied"},
                                                       {"iso27002-12.4.1_obj", "not-satisfied"}}));
  EXPECT_EQ(result["risks"].size(), 3u);
  EXPECT_EQ(result["findings"][0]["target"]["implementation-status"]["state"], "implemented");
}

TEST(OscalResults, ObservationsHoldTheAnswersAndEvidence) {
  const Assessment a = Example();
  const OscalJson result = Results(a)["assessment-results"]["results"][0];
  size_t answers = 0;
  const OscalJson* record = nullptr;
  for (const OscalJson& observation : result["observations"]) {
    if (observation["title"] == "Recorded for 12.4.1") {
      record = &observation;
    } else {
      ++answers;
    }
  }
  // Asked of a customer: 5.1.1 q1 q2, CLD.6.3.1 q1 q3, 6.1.1 q1 q2, 12.4.1 q1 q2 q4.
  EXPECT_EQ(answers, 9u);
  ASSERT_NE(record, nullptr);
  const OscalJson& evidence = (*record)["relevant-evidence"];
  ASSERT_EQ(evidence.size(), 2u);
  EXPECT_EQ(evidence[0]["href"], "https://intranet.example/logging");
  EXPECT_FALSE(evidence[1].contains("href"));
  EXPECT_EQ(evidence[1]["description"], "Script (javascript:alert(1))");
  bool owner = false;
  for (const OscalJson& prop : (*record)["props"]) {
    if (prop["name"] == "owner") owner = prop["value"] == "Head of IT";
  }
  EXPECT_TRUE(owner);
}

TEST(OscalPoamExport, OneItemPerRoadmapItemWithTasksFromTheActions) {
  const Assessment a = Example();
  const Evaluation e = Evaluate(TestCatalog(), a);
  const Roadmap roadmap = BuildRoadmap(TestCatalog(), a, e);
  const OscalJson body = Poam(a)["plan-of-action-and-milestones"];
  ASSERT_EQ(body["poam-items"].size(), roadmap.items.size());
  ASSERT_EQ(body["risks"].size(), roadmap.items.size());
  EXPECT_EQ(body["poam-items"][0]["related-risks"][0]["risk-uuid"], body["risks"][0]["uuid"]);
  // The same risk as in the assessment results.
  EXPECT_EQ(body["risks"][0]["uuid"], AssessmentUuid(a, "risk/" + roadmap.items[0].control_id));
  for (size_t i = 0; i < roadmap.items.size(); ++i) {
    const OscalJson& tasks = body["risks"][i]["remediations"][0]["tasks"];
    const Control& c = TestCatalog().controls[roadmap.items[i].control_index];
    EXPECT_EQ(tasks[0]["title"], c.actions[0].text);
    EXPECT_EQ(tasks[1]["dependencies"][0]["task-uuid"], tasks[0]["uuid"]);
    if (c.id == "12.4.1") {
      EXPECT_EQ(body["risks"][i]["deadline"], "2024-09-30T00:00:00Z");
      EXPECT_EQ(tasks.back()["type"], "milestone");
      // It depends on CLD.6.3.1, so its first task waits for that item's last one.
      EXPECT_EQ(tasks[0]["dependencies"][0]["task-uuid"], AssessmentUuid(a, "task/CLD.6.3.1/2"));
    }
  }
  EXPECT_EQ(body["system-id"]["id"], AssessmentUuid(a, "system"));
}

TEST(OscalPoamExport, NoGapsStillGivesOneItem) {
  Assessment a = NewAssessment(TestCatalog(), TestProfile(), kTestNow);
  AnswerAllAsked(TestCatalog(), Answer::kYes, &a);
  const OscalJson body = Poam(a)["plan-of-action-and-milestones"];
  ASSERT_EQ(body["poam-items"].size(), 1u);
  EXPECT_EQ(body["poam-items"][0]["title"], "No open items");
  EXPECT_FALSE(body.contains("risks"));
  EXPECT_FALSE(body["metadata"].contains("parties"));  // No organisation given.
}

}  // namespace
}  // namespace cloudgap
