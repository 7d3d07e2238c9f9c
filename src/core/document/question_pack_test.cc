#include "core/document/question_pack.h"

#include <gtest/gtest.h>

#include "core/catalog/catalog_loader.h"
#include "core/document/document_json.h"
#include "core/document/file_name.h"
#include "core/document/sample_assessment.h"
#include "core/testing/fixtures.h"
#include "core/testing/test_catalog.h"
#include "core/text/input_limits.h"
#include "core/text/uuid.h"

namespace cloudgap {
namespace {

constexpr char kLater[] = "2024-03-02T08:00:00Z";

Assessment Sample() {
  return SampleAssessment(BuiltinCatalog(), AssessmentMode::kFull, kTestNow);
}

Assessment PackOf(const Assessment& from, const std::vector<std::string>& ids,
                  const std::string& handed_to = "Alice") {
  PackResult made = MakeQuestionPack(BuiltinCatalog(), from, ids, handed_to, kLater);
  EXPECT_EQ(made.error, "");
  return made.pack.value_or(Assessment{});
}

TEST(QuestionPack, HoldsTheChosenControlsInCatalogOrderWithTheirAnswersOnly) {
  const Assessment from = Sample();
  const Assessment pack = PackOf(from, {"12.4.1", "5.1.1"});
  ASSERT_TRUE(pack.pack);
  EXPECT_EQ(pack.pack->controls, (std::vector<std::string>{"5.1.1", "12.4.1"}));
  EXPECT_EQ(pack.pack->handed_to, "Alice");
  EXPECT_TRUE(ParseUuid(pack.pack->id));
  EXPECT_EQ(pack.profile, from.profile);
  EXPECT_EQ(pack.created_at, kLater);
  ASSERT_FALSE(pack.answers.empty());
  for (const auto& [id, answer] : pack.answers) {
    EXPECT_TRUE(id.rfind("5.1.1-", 0) == 0 || id.rfind("12.4.1-", 0) == 0) << id;
    EXPECT_EQ(answer, from.answers.at(id));
  }
  size_t expected = 0;
  for (const auto& [id, answer] : from.answers) {
    expected += id.rfind("5.1.1-", 0) == 0 || id.rfind("12.4.1-", 0) == 0;
  }
  EXPECT_EQ(pack.answers.size(), expected);
  ASSERT_EQ(pack.controls.size(), 1u);
  EXPECT_EQ(pack.controls.at("12.4.1"), from.controls.at("12.4.1"));
}

TEST(QuestionPack, TheIdNamesWhatThePackHoldsAndWhom) {
  const Assessment from = Sample();
  EXPECT_EQ(PackOf(from, {"5.1.1"}).pack->id, PackOf(from, {"5.1.1"}).pack->id);
  EXPECT_NE(PackOf(from, {"5.1.1"}).pack->id, PackOf(from, {"5.1.1"}, "Bob").pack->id);
  EXPECT_NE(PackOf(from, {"5.1.1"}).pack->id, PackOf(from, {"5.1.1", "12.4.1"}).pack->id);
}

TEST(QuestionPack, RefusesWhatCannotBeAPack) {
  const Catalog& catalog = BuiltinCatalog();
  const Assessment from = Sample();
  EXPECT_TRUE(Contains(MakeQuestionPack(catalog, from, {}, "", kLater).error, "at least one"));
  EXPECT_TRUE(Contains(MakeQuestionPack(catalog, from, {"99.9"}, "", kLater).error, "99.9"));
  EXPECT_TRUE(Contains(MakeQuestionPack(catalog, from, {"5.1.1"}, "", "today").error, "today"));
  const Assessment pack = PackOf(from, {"5.1.1"});
  PackResult again = MakeQuestionPack(catalog, pack, {"5.1.1"}, "", kLater);
  EXPECT_FALSE(again.pack);
  EXPECT_TRUE(Contains(again.error, "whole assessment"));
}

TEST(QuestionPack, RoundTripsThroughTheDocumentFormat) {
  Assessment pack = PackOf(Sample(), {"12.4.1", "CLD.9.5.1"});
  ASSERT_TRUE(SetPackRespondent(&pack, "Alice Martin", kLater).ok());
  const std::string text = SerializeAssessmentDocument(pack);
  EXPECT_TRUE(Contains(text, "\"respondent\": \"Alice Martin\""));
  EXPECT_TRUE(Contains(text, "\"for\": \"Alice\""));
  const DocumentParseResult parsed = ParseAssessmentDocument(BuiltinCatalog(), text);
  ASSERT_TRUE(parsed.assessment) << parsed.errors[0].message;
  EXPECT_EQ(*parsed.assessment, pack);
  EXPECT_EQ(SerializeAssessmentDocument(*parsed.assessment), text);
}

// A pack file edited by hand to answer outside the pack is refused, each
// problem where it stands.
TEST(QuestionPack, TheReaderRefusesAnythingOutsideThePack) {
  const std::string text =
      SerializeAssessmentDocument(PackOf(Sample(), {"12.4.1"}), JsonStyle::kCompact);
  auto with = [&](const std::string& from, const std::string& to) {
    std::string changed = text;
    const size_t at = changed.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    return changed.replace(at, from.size(), to);
  };
  auto errors = [&](const std::string& doc) {
    std::string all;
    for (const JsonError& e : ParseAssessmentDocument(BuiltinCatalog(), doc).errors) {
      all += e.pointer + ": " + e.message + "\n";
    }
    return all;
  };
  EXPECT_TRUE(Contains(errors(with("\"answers\":{", "\"answers\":{\"5.1.1-q1\":\"yes\",")),
                       "/answers/5.1.1-q1: answers a question of control 5.1.1, which is not in"));
  EXPECT_TRUE(Contains(errors(with("\"controls\":{", "\"controls\":{\"5.1.1\":{\"owner\":\"x\"},")),
                       "/controls/5.1.1: control 5.1.1 is not in the pack"));
  EXPECT_TRUE(Contains(errors(with("\"controls\":[\"12.4.1\"]", "\"controls\":[]")),
                       "at least one control"));
  EXPECT_TRUE(
      Contains(errors(with("\"controls\":[\"12.4.1\"]", "\"controls\":[\"12.4.1\",\"12.4.1\"]")),
               "listed twice"));
  EXPECT_TRUE(
      Contains(errors(with("\"controls\":[\"12.4.1\"]", "\"controls\":[\"77.1\"]")), "77.1"));
  EXPECT_TRUE(
      Contains(errors(with("\"pack\":{\"id\":\"", "\"pack\":{\"id\":\"x")), "is not a pack id"));
  EXPECT_TRUE(Contains(errors(with("\"pack\":{", "\"pack\":{\"extra\":1,")), "extra"));
}

TEST(QuestionPack, EditsStayInsideThePack) {
  const Catalog& catalog = BuiltinCatalog();
  Assessment pack = PackOf(Sample(), {"12.4.1"});
  EXPECT_TRUE(SetAnswer(catalog, &pack, "12.4.1-q1", Answer::kNo, "", kLater).ok());
  EditResult outside = SetAnswer(catalog, &pack, "5.1.1-q1", Answer::kNo, "", kLater);
  EXPECT_TRUE(Contains(outside.error, "5.1.1 is not in this question pack"));
  EXPECT_FALSE(SetControlOwner(catalog, &pack, "5.1.1", "Bob", kLater).ok());
  EXPECT_TRUE(SetControlOwner(catalog, &pack, "12.4.1", "Bob", kLater).ok());
  EXPECT_FALSE(pack.answers.count("5.1.1-q1"));
  EXPECT_FALSE(pack.controls.count("5.1.1"));
  EXPECT_TRUE(PackHolds(pack, "12.4.1"));
  EXPECT_FALSE(PackHolds(pack, "5.1.1"));
  EXPECT_TRUE(PackHolds(Sample(), "5.1.1"));
}

TEST(QuestionPack, TheRespondentIsSetOnAPackOnly) {
  Assessment pack = PackOf(Sample(), {"12.4.1"});
  const EditResult set = SetPackRespondent(&pack, "Bo", "2024-03-03T08:00:00Z");
  ASSERT_TRUE(set.ok());
  EXPECT_TRUE(set.changed);
  EXPECT_EQ(pack.pack->respondent, "Bo");
  EXPECT_EQ(pack.updated_at, "2024-03-03T08:00:00Z");
  const EditResult again = SetPackRespondent(&pack, "Bo", "2024-03-04T08:00:00Z");
  ASSERT_TRUE(again.ok());
  EXPECT_FALSE(again.changed);
  EXPECT_EQ(pack.updated_at, "2024-03-03T08:00:00Z");  // Unchanged: no edit.
  Assessment whole = Sample();
  EXPECT_FALSE(SetPackRespondent(&whole, "Bo", kLater).ok());
  EXPECT_FALSE(SetPackRespondent(&pack, std::string(kMaxTextFieldChars + 1, 'x'), kLater).ok());
}

TEST(QuestionPack, ControlsAreChosenByClauseOrByOwner) {
  const Catalog& catalog = BuiltinCatalog();
  const std::vector<std::string> clause12 = ControlsOfClause(catalog, 12);
  ASSERT_FALSE(clause12.empty());
  for (const std::string& id : clause12) EXPECT_EQ(catalog.FindControl(id)->clause, 12);
  Assessment a = Sample();
  a.controls["5.1.1"].owner = "CISO";
  a.controls["CLD.6.3.1"].owner = "CISO";
  a.controls["9.2.3"].owner = " ";
  EXPECT_EQ(ControlsOwnedBy(catalog, a, "CISO"), (std::vector<std::string>{"5.1.1", "CLD.6.3.1"}));
  EXPECT_EQ(OwnersNamed(a), (std::vector<std::string>{"CISO", "Platform team"}));
}

TEST(QuestionPack, TheFileNameSaysWhoseItIs) {
  Assessment pack = PackOf(Sample(), {"12.4.1"}, "Alice Martin");
  EXPECT_EQ(DocumentFileName(pack), "cloudgap-example-cloud-ltd-pack-alice-martin-2024-03-02.json");
  ASSERT_TRUE(SetPackRespondent(&pack, "Bob", kLater).ok());
  EXPECT_EQ(DocumentFileName(pack), "cloudgap-example-cloud-ltd-pack-bob-2024-03-02.json");
}

}  // namespace
}  // namespace cloudgap
