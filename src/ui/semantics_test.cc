#include "ui/semantics.h"

#include <gtest/gtest.h>
#include <imgui.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "core/engine/scoring.h"
#include "ui/app_ui_fixture.h"
#include "ui/charts.h"
#include "ui/headless_ui.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

struct Record {
  std::string key, role, name, state, value;
  int x = 0, y = 0, w = 0, h = 0;
};

std::vector<std::string> Split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (size_t end; (end = text.find(separator, start)) != std::string::npos; start = end + 1) {
    parts.push_back(text.substr(start, end - start));
  }
  if (start < text.size()) parts.push_back(text.substr(start));
  return parts;
}

std::vector<Record> Decode(const std::string& encoded) {
  std::vector<Record> records;
  for (const std::string& line : Split(encoded, '\x1e')) {
    const std::vector<std::string> f = Split(line + '\x1f', '\x1f');
    EXPECT_EQ(f.size(), 9u) << line;
    if (f.size() != 9) continue;
    records.push_back({f[0], f[1], f[2], f[3], f[4], std::stoi(f[5]), std::stoi(f[6]),
                       std::stoi(f[7]), std::stoi(f[8])});
  }
  return records;
}

const Record* FindByName(const std::vector<Record>& records, const std::string& name) {
  for (const Record& r : records) {
    if (r.name == name) return &r;
  }
  return nullptr;
}

// A table's column headers, or a row's cells: its name and then its value's.
std::vector<std::string> Cells(const Record& r) {
  std::vector<std::string> cells = Split(r.value + kCellSeparator, kCellSeparator);
  if (r.role == "R") cells.insert(cells.begin(), r.name);
  return cells;
}

// The rows of the table named `name`: its records up to its end.
std::vector<Record> TableRows(const std::vector<Record>& records, const std::string& name) {
  std::vector<Record> rows;
  size_t i = 0;
  while (i < records.size() && !(records[i].role == "T" && records[i].name == name)) ++i;
  EXPECT_LT(i, records.size()) << "no table named " << name;
  for (++i; i < records.size() && records[i].role != "G"; ++i) {
    EXPECT_EQ(records[i].role, "R") << records[i].name;
    rows.push_back(records[i]);
  }
  EXPECT_LT(i, records.size()) << "the table " << name << " never ends";
  return rows;
}

using Texts = std::vector<std::string>;

std::string Roles(const std::vector<Record>& records) {
  std::string roles;
  for (const Record& r : records) roles += r.role;
  return roles;
}

class SemanticsTest : public ::testing::Test {
 protected:
  std::vector<Record> Draw(const std::function<void()>& content) {
    const auto draw = [&] {
      ImGui::SetNextWindowPos(ImVec2(0, 0));
      ImGui::SetNextWindowSize(ImVec2(600, 800));
      ImGui::Begin("page");
      content();
      ImGui::End();
    };
    ui_.Frame(draw);
    ui_.Frame(draw);
    return Decode(EncodeSemantics(ui_.items().LastFrame()));
  }
  HeadlessUi ui_{600, 800};
};

TEST_F(SemanticsTest, EachWidgetSaysWhatItIsAndWhatState) {
  bool ticked = true;
  std::string organisation = "Acme";
  const std::vector<Record> records = Draw([&] {
    Title("Profile");
    Paragraph("Tell us about the organisation.");
    ImGui::Button("Continue##go");
    ImGui::Checkbox("We run on another provider", &ticked);
    Radio("Customer##role", true);
    Radio("Provider##role", false);
    TextField("##organisation", "Organisation name", &organisation);
    if (ImGui::TreeNode("Details")) ImGui::TreePop();
  });
  EXPECT_EQ(Roles(records), "hpbcrrfd");
  EXPECT_EQ(FindByName(records, "Profile")->role, "h");
  EXPECT_EQ(FindByName(records, "Continue")->role, "b") << "the ## part is not read out";
  EXPECT_EQ(FindByName(records, "We run on another provider")->state, "1");
  EXPECT_EQ(FindByName(records, "Customer")->state, "1");
  EXPECT_EQ(FindByName(records, "Provider")->state, "0");
  const Record* field = FindByName(records, "Organisation name");
  ASSERT_NE(field, nullptr) << "a hidden label is named by its hint";
  EXPECT_EQ(field->value, "Acme");
  EXPECT_EQ(FindByName(records, "Details")->state, "0");
}

TEST_F(SemanticsTest, RectanglesAreTheWidgetsOwnAndKeysStayWhileTheyMove) {
  float y = 40;
  const auto content = [&] {
    ImGui::SetCursorPos(ImVec2(20, y));
    ImGui::Button("Move me", ImVec2(120, 30));
  };
  const std::vector<Record> before = Draw(content);
  ASSERT_EQ(before.size(), 1u);
  EXPECT_EQ(before[0].w, 120);
  EXPECT_EQ(before[0].h, 30);
  EXPECT_EQ(before[0].x, 20);
  EXPECT_EQ(before[0].y, 40);
  y = 90;
  const std::vector<Record> after = Draw(content);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].key, before[0].key);
  EXPECT_EQ(after[0].y, 90);
}

TEST_F(SemanticsTest, LeavesOutWhatCannotBeReached) {
  const std::vector<Record> records = Draw([] {
    ImGui::Button("##unnamed");
    BeginSemanticGroup("An empty group");
    EndSemanticGroup();
    BeginSemanticGroup("A group");
    Paragraph("Inside");
    EndSemanticGroup();
    ImGui::SetCursorPosY(3000);
    ImGui::Button("Far below");
  });
  EXPECT_EQ(Roles(records), "gpGb");
  EXPECT_EQ(records[0].name, "A group");
  EXPECT_EQ(FindByName(records, "Far below"), nullptr);
  EXPECT_EQ(records[3].name, "Scroll down") << "what is below can be reached";
}

TEST_F(SemanticsTest, AScrolledWindowOffersToScrollBothWays) {
  float scroll = 0;
  const auto content = [&] {
    ImGui::SetScrollY(scroll);
    for (int i = 0; i < 100; ++i) ImGui::Button(("Row " + std::to_string(i)).c_str());
  };
  std::vector<Record> records = Draw(content);
  EXPECT_EQ(records.front().name, "Row 0");
  EXPECT_EQ(records.back().name, "Scroll down");
  EXPECT_EQ(FindByName(records, "Scroll up"), nullptr);
  scroll = 400;
  records = Draw(content);
  EXPECT_EQ(records.front().name, "Scroll up");
  EXPECT_EQ(records.back().name, "Scroll down");
  EXPECT_EQ(FindByName(records, "Row 0"), nullptr);
  scroll = 100000;
  records = Draw(content);
  EXPECT_EQ(records.front().name, "Scroll up");
  EXPECT_EQ(records.back().name, "Row 99");
}

TEST_F(SemanticsTest, AnOpenModalHidesEverythingBehindIt) {
  const std::vector<Record> records = Draw([] {
    ImGui::Button("Behind");
    ImGui::OpenPopup("Dialog");
    if (ImGui::BeginPopupModal("Dialog", nullptr, ImGuiWindowFlags_NoTitleBar)) {
      ImGui::Button("In the dialog");
      ImGui::EndPopup();
    }
  });
  EXPECT_EQ(FindByName(records, "Behind"), nullptr);
  EXPECT_NE(FindByName(records, "In the dialog"), nullptr);
}

TEST_F(SemanticsTest, SeparatorsInTextCannotBreakARecord) {
  const std::vector<Record> records = Draw([] {
    Paragraph(
        "a\x1f"
        "b\x1e"
        "c");
  });
  ASSERT_EQ(records.size(), 1u);
  EXPECT_EQ(records[0].name, "a b c");
}

TEST_F(SemanticsTest, TheDiffSpeaksOnlyWhenSomethingChanged) {
  std::string label = "One";
  const auto draw = [&] {
    ImGui::Begin("page");
    ImGui::Button(label.c_str());
    ImGui::End();
  };
  SemanticsDiff diff;
  ui_.Frame(draw);
  const std::string* encoded = diff.Changed(ui_.items().LastFrame());
  ASSERT_NE(encoded, nullptr);
  EXPECT_NE(encoded->find("One"), std::string::npos);
  ui_.Frame(draw);
  EXPECT_EQ(diff.Changed(ui_.items().LastFrame()), nullptr);
  label = "Two";
  ui_.Frame(draw);
  encoded = diff.Changed(ui_.items().LastFrame());
  ASSERT_NE(encoded, nullptr);
  EXPECT_NE(encoded->find("Two"), std::string::npos);
}

TEST_F(SemanticsTest, WhenOnlyAStateChangesThePageGetsOnlyThatRecord) {
  bool yes = false;
  int rows = 3;
  const auto draw = [&] {
    ImGui::Begin("page");
    Paragraph("Is it so?");
    Radio("Yes", yes);
    Radio("No", !yes);
    for (int i = 0; i < rows; ++i) ImGui::Button(("Row " + std::to_string(i)).c_str());
    ImGui::End();
  };
  SemanticsDiff diff;
  ui_.Frame(draw);
  ui_.Frame(draw);  // A new window sizes itself in its first frame.
  ASSERT_NE(diff.Changed(ui_.items().LastFrame()), nullptr);
  yes = true;
  ui_.Frame(draw);
  const std::string* patch = diff.Changed(ui_.items().LastFrame());
  ASSERT_NE(patch, nullptr);
  ASSERT_EQ(patch->rfind(kPatchMark, 0), 0u) << "the same items: a patch";
  const std::vector<Record> changed = Decode(patch->substr(std::string(kPatchMark).size()));
  ASSERT_EQ(changed.size(), 2u);
  EXPECT_EQ(changed[0].name, "Yes");
  EXPECT_EQ(changed[0].state, "1");
  EXPECT_EQ(changed[1].name, "No");
  EXPECT_EQ(changed[1].state, "0");
  rows = 4;  // An item more: the whole list again.
  ui_.Frame(draw);
  const std::string* list = diff.Changed(ui_.items().LastFrame());
  ASSERT_NE(list, nullptr);
  EXPECT_NE(list->rfind(kPatchMark, 0), 0u);
  EXPECT_EQ(Decode(*list).size(), 7u);
}

TEST_F(SemanticsTest, AChartIsATableOfTheNumbersItShows) {
  const std::vector<BarDatum> bars = {{"5 Policies", 82.4}, {"9 Access control", std::nullopt}};
  const std::vector<HeatRow> heat = {{"9 Access control",
                                      {{"CLD.9.5.1", "CLD.9.5.1 Segregation", 1, 3, true},
                                       {"9.4.4", "9.4.4 Utilities", std::nullopt, 2, false},
                                       {"9.4.5", "", std::nullopt, 2, true}}}};
  const std::vector<Record> records = Draw([&] {
    HorizontalBarChart("chart:bars", {"Scores by clause", "Clause"}, bars, 70);
    MaturityHeatmap("chart:heat", {"Maturity against target", "Control"}, heat);
    ScoreRing("chart:ring", 64.0, 100, "overall score");
  });
  EXPECT_EQ(Roles(records), "TRRGTRRRGp");
  EXPECT_EQ(Cells(records[0]), (Texts{"Clause", "Score", "Target"}));
  const std::vector<Record> scores = TableRows(records, "Scores by clause");
  ASSERT_EQ(scores.size(), 2u);
  EXPECT_EQ(Cells(scores[0]), (Texts{"5 Policies", "82", "70"}));
  EXPECT_EQ(Cells(scores[1]), (Texts{"9 Access control", "Not scored yet", "70"}));
  EXPECT_EQ(Cells(records[4]), (Texts{"Control", "Maturity", "Target"}));
  const std::vector<Record> cells = TableRows(records, "Maturity against target");
  ASSERT_EQ(cells.size(), 3u);
  EXPECT_EQ(Cells(cells[0]), (Texts{"CLD.9.5.1 Segregation", "1", "3"}));
  EXPECT_EQ(Cells(cells[1]), (Texts{"9.4.4 Utilities", "Not applicable", ""}));
  EXPECT_EQ(Cells(cells[2]), (Texts{"9.4.5", "Not assessed", "2"}));
  // Rows are where their bar or cell is drawn; a chart without parts is text.
  EXPECT_GT(scores[1].y, scores[0].y);
  EXPECT_EQ(records.back().name, "overall score: 64 / 100");
}

TEST_F(SemanticsTest, AChartsRowChangesOnlyWhenItsNumbersDo) {
  std::vector<BarDatum> bars = {{"5 Policies", 82.0}, {"6 Organisation", 40.0}};
  const auto draw = [&] {
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(ImVec2(600, 800));
    ImGui::Begin("page");
    HorizontalBarChart("chart:bars", {"Scores by clause", "Clause"}, bars);
    ImGui::End();
  };
  SemanticsDiff diff;
  ui_.Frame(draw);
  ui_.Frame(draw);
  ASSERT_NE(diff.Changed(ui_.items().LastFrame()), nullptr);
  ui_.Frame(draw);
  EXPECT_EQ(diff.Changed(ui_.items().LastFrame()), nullptr) << "the same numbers: nothing";
  bars[1].value = 55.0;
  ui_.Frame(draw);
  const std::string* patch = diff.Changed(ui_.items().LastFrame());
  ASSERT_NE(patch, nullptr);
  ASSERT_EQ(patch->rfind(kPatchMark, 0), 0u);
  const std::vector<Record> changed = Decode(patch->substr(std::string(kPatchMark).size()));
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(Cells(changed[0]), (Texts{"6 Organisation", "55"}));
}

class SemanticsAppTest : public AppUiFixture {
 protected:
  SemanticsAppTest() : AppUiFixture(2400) {}
  std::vector<Record> Records() { return Decode(EncodeSemantics(ui_.items().LastFrame())); }
};

TEST_F(SemanticsAppTest, AnAnswerIsARadioInAGroupNamedByItsQuestion) {
  Frame();
  ASSERT_TRUE(Click("Start quick scan"));
  ASSERT_TRUE(Click("Continue to the questions"));
  const Catalog& catalog = app_.session().catalog();
  const Question& question =
      catalog.controls[app_.session().scoped_controls()[0]].quick_questions[0];
  ASSERT_TRUE(Click("No##" + question.id));
  const std::vector<Record> records = Records();
  size_t group = records.size();
  for (size_t i = 0; i < records.size(); ++i) {
    if (records[i].role == "g" && records[i].name.find(question.text.substr(0, 20)) == 0) {
      group = i;
      break;
    }
  }
  ASSERT_LT(group + 6, records.size()) << "no group named by the question";
  EXPECT_EQ(records[group + 1].name, "Yes");
  EXPECT_EQ(records[group + 3].name, "No");
  for (size_t i = group + 1; i <= group + 5; ++i) {
    EXPECT_EQ(records[i].role, "r") << records[i].name;
    EXPECT_EQ(records[i].state, i == group + 3 ? "1" : "0") << records[i].name;
  }
  EXPECT_EQ(records[group + 6].role, "G");
  // The control list's dot, green once the control is answered, in words.
  const Control& first = catalog.controls[app_.session().scoped_controls()[0]];
  const Record* listed = nullptr;
  for (const Record& r : records) {
    if (r.role == "t" && r.name.rfind(first.label + " ", 0) == 0) listed = &r;
  }
  ASSERT_NE(listed, nullptr);
  EXPECT_EQ(listed->name, first.label + " " + first.title + ", Answered");
}

TEST_F(SemanticsAppTest, TheControlListIsGroupedByClauseWithItsProgress) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_TRUE(Click("Continue to the questions"));
  const Catalog& catalog = app_.session().catalog();
  const std::vector<size_t>& scoped = app_.session().scoped_controls();
  const Control& first = catalog.controls[scoped[0]];
  int in_clause = 0;
  for (size_t i : scoped) in_clause += catalog.controls[i].clause == first.clause ? 1 : 0;
  const std::string name = std::to_string(first.clause) + " " +
                           catalog.FindClause(first.clause)->title + ", 0 of " +
                           std::to_string(in_clause) + " done";
  const std::vector<Record> records = Records();
  size_t group = records.size();
  for (size_t i = 0; i < records.size(); ++i) {
    if (records[i].role == "g" && records[i].name == name) group = i;
  }
  ASSERT_LT(group + static_cast<size_t>(in_clause) + 1, records.size()) << "no group " << name;
  for (int k = 1; k <= in_clause; ++k) {
    const Control& c = catalog.controls[scoped[static_cast<size_t>(k - 1)]];
    EXPECT_EQ(records[group + k].role, "t");
    EXPECT_EQ(records[group + k].name.rfind(c.label + " " + c.title, 0), 0u)
        << records[group + k].name;
  }
  EXPECT_EQ(records[group + static_cast<size_t>(in_clause) + 1].role, "G");
}

TEST_F(SemanticsAppTest, TheScreensTabSaysWhichIsCurrent) {
  Frame();
  ASSERT_TRUE(Click("Start full assessment"));
  ASSERT_TRUE(Click("Continue to the questions"));
  const std::vector<Record> records = Records();
  int current = 0;
  for (const Record& r : records) {
    if (r.role == "t" && r.state == "1") ++current;
  }
  EXPECT_EQ(FindByName(records, "Questions")->state, "1");
  EXPECT_EQ(FindByName(records, "Results")->state, "0");
  EXPECT_EQ(current, 2) << "the screen's tab and the control in the list";
}

// On the results screen, tall enough to show all of it: the charts' tables
// hold the engine's numbers, rounded as the charts print them.
class SemanticsResultsTest : public AppUiFixture {
 protected:
  SemanticsResultsTest() : AppUiFixture(8000) {}
};

std::string Shown(const std::optional<double>& score) {
  return score ? std::to_string(std::lround(*score)) : "Not scored yet";
}

TEST_F(SemanticsResultsTest, TheResultsChartsAreTablesOfTheEnginesNumbers) {
  Frame();
  ASSERT_TRUE(Click("Try a sample"));
  Frame();
  const std::vector<Record> records = Decode(EncodeSemantics(ui_.items().LastFrame()));
  const Catalog& catalog = app_.session().catalog();
  const Evaluation& eval = app_.session().evaluation();
  const std::string target =
      Shown(ScoreForMaturity(app_.session().assessment().profile.target_maturity));
  std::vector<Texts> clauses;
  for (size_t i = 0; i < catalog.clauses.size(); ++i) {
    if (eval.clauses[i].applicable_controls == 0) continue;
    const Clause& clause = catalog.clauses[i];
    clauses.push_back(
        {std::to_string(clause.number) + " " + clause.title, Shown(eval.clauses[i].score), target});
  }
  std::vector<Texts> shown;
  for (const Record& row : TableRows(records, "Scores by clause")) shown.push_back(Cells(row));
  EXPECT_GE(clauses.size(), 10u);
  EXPECT_EQ(shown, clauses);

  std::vector<Texts> controls;
  for (size_t i : app_.session().scoped_controls()) {
    const Control& c = catalog.controls[i];
    const ControlResult& r = eval.controls[i];
    const std::string maturity = !r.applicable() ? "Not applicable"
                                 : r.maturity    ? std::to_string(*r.maturity)
                                                 : "Not assessed";
    controls.push_back(
        {c.label + " " + c.title, maturity, r.applicable() ? std::to_string(r.target) : ""});
  }
  shown.clear();
  for (const Record& row : TableRows(records, "Maturity against target")) {
    shown.push_back(Cells(row));
  }
  EXPECT_GE(controls.size(), 30u);
  EXPECT_EQ(shown, controls);
}

}  // namespace
}  // namespace cloudgap::ui
