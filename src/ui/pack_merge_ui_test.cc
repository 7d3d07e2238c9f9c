// Handing out a question pack, answering it, and merging it back with a
// difference chosen, through the UI over the fake platform.
#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include "core/document/applicability.h"
#include "core/document/document_json.h"
#include "core/document/question_pack.h"
#include "ui/app_ui_fixture.h"
#include "ui/branding.h"

namespace cloudgap::ui {
namespace {

class PackMergeUiTest : public AppUiFixture {
 protected:
  PackMergeUiTest() : AppUiFixture(9000) {}

  const Catalog& catalog() const { return app_.session().catalog(); }
  std::string FirstControl() const {
    return catalog().controls[app_.session().scoped_controls()[0]].id;
  }
  std::string FirstQuestion() const {
    std::string id;
    ForEachAskedQuestion(app_.session().assessment().profile,
                         *catalog().FindControl(FirstControl()), [&](const Question& q) {
                           if (id.empty()) id = q.id;
                         });
    return id;
  }
  Assessment Read(const std::string& json) const {
    DocumentParseResult parsed = ParseAssessmentDocument(catalog(), json);
    EXPECT_TRUE(parsed.assessment) << (parsed.errors.empty() ? "" : parsed.errors[0].message);
    return parsed.assessment.value_or(Assessment{});
  }
};

TEST_F(PackMergeUiTest, APackIsHandedOutAnsweredAndMergedWithADifferenceChosen) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_TRUE(Click("Continue to the questions"));
  Press('Y');
  const std::string control = FirstControl();
  const std::string question = FirstQuestion();
  ASSERT_EQ(app_.session().assessment().AnswerTo(question), Answer::kYes);

  // The coordinator hands out the first control's clause to Alice.
  ASSERT_TRUE(Click("Results"));
  ASSERT_TRUE(Click("Hand out questions"));
  ASSERT_EQ(app_.screen(), Screen::kHandOut);
  ASSERT_TRUE(Click("##handed-to"));
  Type("Alice");
  const int clause = catalog().FindControl(control)->clause;
  std::vector<std::string> ids;
  for (size_t i : app_.session().scoped_controls()) {
    if (catalog().controls[i].clause == clause) ids.push_back(catalog().controls[i].id);
  }
  const std::string clause_label =
      std::to_string(clause) + " " + catalog().FindClause(clause)->title + " (" +
      std::to_string(ids.size()) + ")##clause-" + std::to_string(clause);
  ASSERT_TRUE(Click(clause_label));
  EXPECT_EQ(app_.hand_out_state().chosen.size(), ids.size());
  ASSERT_TRUE(Click("Download the pack"));
  ASSERT_EQ(fake_.files.downloads.size(), 1u);
  const auto handed = fake_.files.downloads[0];
  EXPECT_NE(handed.name.find("-pack-alice-"), std::string::npos) << handed.name;
  const Assessment pack = Read(handed.bytes);
  ASSERT_TRUE(pack.pack);
  EXPECT_EQ(pack.pack->controls, ids);
  EXPECT_EQ(pack.pack->handed_to, "Alice");
  EXPECT_EQ(pack.AnswerTo(question), Answer::kYes);  // What was answered goes with it.

  // Alice opens it: only the pack's controls, and her name on it.
  ASSERT_TRUE(Click(GetBranding().product_name + "##home"));
  fake_.files.Deliver({handed.name, handed.bytes});
  Frame();
  ASSERT_EQ(app_.screen(), Screen::kQuestionnaire);
  ASSERT_TRUE(app_.session().assessment().pack);
  EXPECT_EQ(app_.session().scoped_controls().size(), ids.size());
  EXPECT_EQ(ui_.items().Find("Results"), nullptr) << "a pack is only answered";
  ASSERT_TRUE(Click("##respondent"));
  Type("Alice Martin");
  ImGui::ClearActiveID();
  Frame();
  Press('N');  // She disagrees with the coordinator's "yes".
  ASSERT_EQ(app_.session().assessment().AnswerTo(question), Answer::kNo);
  ASSERT_TRUE(Click("Download the answered pack"));
  ASSERT_EQ(fake_.files.downloads.size(), 2u);
  const auto answered = fake_.files.downloads[1];
  EXPECT_NE(answered.name.find("-pack-alice-martin-"), std::string::npos) << answered.name;
  EXPECT_EQ(Read(answered.bytes).pack->respondent, "Alice Martin");

  // The coordinator merges it into the kept assessment, a1. The list tells
  // the pack kept here from the assessment.
  ASSERT_TRUE(Click(GetBranding().product_name + "##home"));
  ASSERT_EQ(app_.library().entries().size(), 2u);
  EXPECT_EQ(app_.library().Find("a2")->mode, "pack");
  EXPECT_EQ(app_.library().Find("a1")->mode, "full");
  ASSERT_TRUE(Click("Merge files##a1"));
  ASSERT_EQ(app_.screen(), Screen::kMerge);
  fake_.files.Deliver({"broken.json", "{\"format\":"});
  Frame();
  EXPECT_TRUE(app_.merge_state().incoming.empty()) << "a broken file is refused, with a message";
  EXPECT_EQ(fake_.announcer.messages.back().rfind("Could not use broken.json: ", 0), 0u);
  fake_.files.Deliver({answered.name, answered.bytes});
  Frame();
  ASSERT_EQ(app_.merge_state().plan.conflicts.size(), 1u);
  const MergeConflict& conflict = app_.merge_state().plan.conflicts[0];
  EXPECT_EQ(conflict.key, question);
  ASSERT_TRUE(Click("Merge"));  // Disabled until the difference is chosen.
  EXPECT_EQ(app_.screen(), Screen::kMerge);
  ASSERT_TRUE(Click("Alice Martin's answers##choose-" + question + "-1"));
  ASSERT_TRUE(Click("Merge"));
  EXPECT_EQ(app_.screen(), Screen::kResults);
  const Assessment& merged = app_.session().assessment();
  EXPECT_FALSE(merged.pack);
  EXPECT_EQ(merged.AnswerTo(question), Answer::kNo);
  ASSERT_NE(merged.RecordFor(control), nullptr);
  EXPECT_EQ(merged.RecordFor(control)->answered_by, (std::vector<std::string>{"Alice Martin"}));
  // Kept at once, in the entry merged into.
  const Assessment kept = Read(*app_.library().ReadDocument("a1"));
  EXPECT_EQ(kept.AnswerTo(question), Answer::kNo);
  EXPECT_EQ(kept.RecordFor(control)->answered_by, (std::vector<std::string>{"Alice Martin"}));
}

}  // namespace
}  // namespace cloudgap::ui
