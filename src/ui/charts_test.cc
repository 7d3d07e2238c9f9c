#include "ui/charts.h"

#include <gtest/gtest.h>
#include <imgui.h>
#include <imgui_internal.h>

#include <cmath>
#include <functional>
#include <initializer_list>
#include <limits>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "ui/headless_ui.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

const char kDash[] = "\xE2\x80\x93";
const ChartTable kTable{"Scores", "Name"};

// A window covering the display, like the app's; scrolls rather than clips.
void FullWindow(const std::function<void()>& body) {
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
  ImGui::Begin("t", nullptr,
               ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
                   ImGuiWindowFlags_NoSavedSettings);
  body();
  ImGui::End();
}

// Presses and releases the mouse at `pos` over three frames, the way
// HeadlessUi::Click does for a labelled widget.
void ClickAt(HeadlessUi& ui, const ImVec2& pos, const std::function<void()>& draw) {
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = pos;
  ui.Frame(draw);
  io.MouseDown[0] = true;
  ui.Frame(draw);
  io.MouseDown[0] = false;
  ui.Frame(draw);
}

ImVec2 Center(const ItemRecord& item) {
  return ImVec2(item.x + item.w * 0.5f, item.y + item.h * 0.5f);
}

// Everything logged (ImGui::LogText, and Text in tooltips) while `body` draws
// inside the window, one frame. Captured through the clipboard because ending a
// tooltip window ends logging (ImGui::End calls LogFinish), which hands a
// clipboard log to SetClipboardTextFn but discards a buffer log.
std::string LoggedText(HeadlessUi& ui, const std::function<void()>& body) {
  std::string text;
  ImGuiIO& io = ImGui::GetIO();
  const auto saved_fn = io.SetClipboardTextFn;
  void* const saved_data = io.ClipboardUserData;
  io.ClipboardUserData = &text;
  io.SetClipboardTextFn = [](void* user_data, const char* logged) {
    *static_cast<std::string*>(user_data) = logged;
  };
  ui.Frame([&] {
    FullWindow([&] {
      ImGui::LogToClipboard();
      body();
      ImGui::LogFinish();
    });
  });
  io.SetClipboardTextFn = saved_fn;
  io.ClipboardUserData = saved_data;
  return text;
}

// What `body` logs (LoggedText) once the mouse has moved to `pos`: one frame
// to move, one to log.
std::string TextWithMouseAt(HeadlessUi& ui, const ImVec2& pos, const std::function<void()>& body) {
  ImGui::GetIO().MousePos = pos;
  ui.Frame([&] { FullWindow(body); });
  return LoggedText(ui, body);
}

// What `body` logs with the mouse on the centre of its item `label` (drawn in
// the last frame); "" and a failure when there is no such item.
std::string TextOnHover(HeadlessUi& ui, const std::string& label,
                        const std::function<void()>& body) {
  const ItemRecord* item = ui.items().Find(label);
  EXPECT_NE(item, nullptr) << label;
  return item != nullptr ? TextWithMouseAt(ui, Center(*item), body) : "";
}

// Expects each of `parts` in `text`.
void ExpectParts(const std::string& text, std::initializer_list<const char*> parts) {
  for (const char* part : parts)
    EXPECT_NE(text.find(part), std::string::npos) << part << " in " << text;
}

std::vector<BarDatum> Bars() {
  return {{"5 Information security policies", 82.0},
          {"6 Organization of information security", 55.0},
          {"9 Access control", std::nullopt},
          {"12 Operations security", 20.0}};
}

std::vector<RadarAxis> Axes() {
  return {{"5", 82.0, 70.0},
          {"6", 55.0, 70.0},
          {"9", std::nullopt, 80.0},
          {"12", 20.0, std::nullopt},
          {"13", 100.0, 70.0}};
}

std::vector<HeatRow> Heat() {
  std::vector<HeatRow> rows = {
      {"6 Organization of information security",
       {{"CLD.6.3.1", "Shared roles", 3, 3, true},
        {"6.1.1", "Roles and responsibilities", 2, 3, true},
        {"6.1.2", "Segregation of duties", std::nullopt, 2, true}}},
      {"9 Access control",
       {{"CLD.9.5.1", "Segregation in virtual environments", 1, 3, true},
        {"CLD.9.5.2", "Virtual machine hardening", 4, 3, true},
        {"9.4.4", "Privileged utility programs", std::nullopt, 2, false}}},
  };
  // A long row that must wrap at phone width.
  HeatRow many{"12 Operations security", {}};
  for (int i = 0; i < 20; ++i) {
    many.cells.push_back({"12.x." + std::to_string(i), "Control", i % 6, 3, true});
  }
  rows.push_back(many);
  return rows;
}

// --- Colours ---------------------------------------------------------------

ImVec4 Unpack(ImU32 c) {
  return ImGui::ColorConvertU32ToFloat4(c);
}

float Distance(ImU32 a, const ImVec4& b) {
  const ImVec4 x = Unpack(a);
  return std::sqrt((x.x - b.x) * (x.x - b.x) + (x.y - b.y) * (x.y - b.y) +
                   (x.z - b.z) * (x.z - b.z));
}

ImU32 Packed(const ImVec4& c) {
  return ImGui::ColorConvertFloat4ToU32(c);
}

TEST(ScoreColorTest, BandsAt40And70WithTheBandColourDominant) {
  const Palette& p = CurrentPalette();
  EXPECT_EQ(ScoreColor(0), Packed(p.bad));
  EXPECT_EQ(ScoreColor(-5), Packed(p.bad));
  EXPECT_EQ(ScoreColor(std::numeric_limits<double>::quiet_NaN()), Packed(p.bad));
  EXPECT_EQ(ScoreColor(40), Packed(p.warn));
  EXPECT_EQ(ScoreColor(70), Packed(p.good));
  EXPECT_EQ(ScoreColor(100), Packed(p.good));
  EXPECT_EQ(ScoreColor(250), Packed(p.good));
  // Blended towards the next band near a threshold, but still on its side.
  EXPECT_NE(ScoreColor(39.9), Packed(p.bad));
  EXPECT_LT(Distance(ScoreColor(39.9), p.bad), Distance(ScoreColor(39.9), p.warn));
  EXPECT_NE(ScoreColor(69.9), Packed(p.warn));
  EXPECT_LT(Distance(ScoreColor(69.9), p.warn), Distance(ScoreColor(69.9), p.good));
}

TEST(GapColorTest, GoodAtTargetWarnOneBelowBadFromTwo) {
  const Palette& p = CurrentPalette();
  EXPECT_EQ(GapColor(-2), Packed(p.good));
  EXPECT_EQ(GapColor(0), Packed(p.good));
  EXPECT_EQ(GapColor(1), Packed(p.warn));
  EXPECT_EQ(GapColor(2), Packed(p.bad));
  EXPECT_EQ(GapColor(5), Packed(p.bad));
}

TEST(ScoreColorTest, FollowsTheTheme) {
  HeadlessUi ui(800, 600);  // ApplyTheme needs a context.
  const ImU32 light = ScoreColor(100);
  ApplyTheme(ThemeMode::kDark, 1.0f);
  const ImU32 dark = ScoreColor(100);
  EXPECT_EQ(dark, Packed(CurrentPalette().good));
  EXPECT_EQ(GapColor(3), Packed(CurrentPalette().bad));
  ApplyTheme(ThemeMode::kLight, 1.0f);
  EXPECT_NE(light, dark);
}

// --- Layout ----------------------------------------------------------------

// (width in CSS px, device pixel ratio)
class ChartsLayoutTest : public ::testing::TestWithParam<std::tuple<float, float>> {};

TEST_P(ChartsLayoutTest, EveryChartIsALabelledItemWithinTheAvailableWidth) {
  const auto [width, scale] = GetParam();
  HeadlessUi ui(width, 3000, scale);
  const auto bars = Bars();
  const auto axes = Axes();
  const auto heat = Heat();
  float left = 0, avail = 0;
  auto draw = [&] {
    FullWindow([&] {
      left = ImGui::GetCursorScreenPos().x;
      avail = ImGui::GetContentRegionAvail().x;
      HorizontalBarChart("chart:bars", kTable, bars, 70);
      RadarChart("chart:radar", kTable, axes, Px(320));
      MaturityHeatmap("chart:heat", kTable, heat);
      ScoreRing("chart:ring", 64.0, Px(160), "Overall");
      ProgressBar(0.4f);
    });
  };
  ui.Frame(draw);
  ui.Frame(draw);  // The scrollbar, if any, appears from the second frame.
  ui.Frame(draw);
  for (const char* label : {"chart:bars", "chart:radar", "chart:heat", "chart:ring"}) {
    const ItemRecord* item = ui.items().Find(label);
    ASSERT_NE(item, nullptr) << label;
    EXPECT_GT(item->w, 0) << label;
    EXPECT_GT(item->h, 0) << label;
    EXPECT_GE(item->x, left - 0.5f) << label;
    EXPECT_LE(item->x + item->w, left + avail + 0.5f) << label;
  }
  // Their parts too: bars, radar labels, heatmap cells.
  int parts = 0;
  for (const ItemRecord& item : ui.items().LastFrame()) {
    if (item.label.rfind("chart:", 0) != 0 || item.label.find('/') == std::string::npos) continue;
    ++parts;
    EXPECT_GT(item.w, 0) << item.label;
    EXPECT_GE(item.x, left - 0.5f) << item.label;
    EXPECT_LE(item.x + item.w, left + avail + 0.5f) << item.label;
  }
  EXPECT_EQ(parts, 4 + 5 + 26);
  EXPECT_NE(ui.items().Find("chart:heat/CLD.9.5.1"), nullptr);
  EXPECT_NE(ui.items().Find("chart:bars/9 Access control"), nullptr);
  EXPECT_NE(ui.items().Find("chart:radar/13"), nullptr);
}

INSTANTIATE_TEST_SUITE_P(PhoneAndDesktop, ChartsLayoutTest,
                         ::testing::Combine(::testing::Values(320.0f, 360.0f, 1280.0f),
                                            ::testing::Values(1.0f, 2.0f)));

TEST(ChartsTest, ChartsFitTheColumnAndCardTheyAreDrawnIn) {
  HeadlessUi ui(1280, 1600);
  const auto bars = Bars();
  const auto heat = Heat();
  float card_right = 0;
  auto draw = [&] {
    FullWindow([&] {
      const float column_width = BeginColumn(520);
      const float column_left = ImGui::GetCursorScreenPos().x;
      BeginCard("results");
      card_right = column_left + column_width - Px(20);  // BeginCard's padding.
      HorizontalBarChart("chart:bars", kTable, bars);
      MaturityHeatmap("chart:heat", kTable, heat);
      RadarChart("chart:radar", kTable, Axes(), 2000);
      ProgressBar(1.0f);
      EXPECT_LE(ImGui::GetItemRectMax().x, card_right + 0.5f);
      EndCard();
      EndColumn();
    });
  };
  ui.Frame(draw);
  ui.Frame(draw);
  for (const char* label : {"chart:bars", "chart:heat", "chart:radar"}) {
    const ItemRecord* item = ui.items().Find(label);
    ASSERT_NE(item, nullptr) << label;
    EXPECT_LE(item->x + item->w, card_right + 0.5f) << label;
  }
}

TEST(ChartsTest, RadarAndRingAreSquaresClampedToTheWidth) {
  HeadlessUi ui(360, 2000);
  float avail = 0;
  auto draw = [&] {
    FullWindow([&] {
      avail = ImGui::GetContentRegionAvail().x;
      RadarChart("chart:small", kTable, Axes(), 200);
      RadarChart("chart:huge", kTable, Axes(), 5000);
      ScoreRing("chart:ring", 50.0, 120, "Overall");
      ScoreRing("chart:bigring", 50.0, 5000, "Overall");
    });
  };
  ui.Frame(draw);
  ui.Frame(draw);
  const std::pair<const char*, float> kSquares[] = {
      {"chart:small", 200.0f}, {"chart:huge", avail}, {"chart:ring", 120.0f}};
  for (const auto& [label, side] : kSquares) {
    const ItemRecord* item = ui.items().Find(label);
    ASSERT_NE(item, nullptr) << label;
    EXPECT_FLOAT_EQ(item->w, side) << label;
    EXPECT_FLOAT_EQ(item->h, side) << label;
  }
  const ItemRecord* big_ring = ui.items().Find("chart:bigring");
  ASSERT_NE(big_ring, nullptr);
  EXPECT_FLOAT_EQ(big_ring->w, avail);
}

TEST(ChartsTest, ProgressBarIsSixCssPixelsHighAndClampsItsFraction) {
  HeadlessUi ui(800, 600, 2.0f);
  std::vector<ImVec2> sizes;
  float avail = 0;
  ui.Frame([&] {
    FullWindow([&] {
      avail = ImGui::GetContentRegionAvail().x;
      for (float f : {0.0f, 0.3f, 1.0f, -1.0f, 7.0f, std::numeric_limits<float>::quiet_NaN()}) {
        ProgressBar(f);
        sizes.push_back(ImGui::GetItemRectSize());
      }
      ProgressBar(0.5f, 200);
      sizes.push_back(ImGui::GetItemRectSize());
    });
  });
  ASSERT_EQ(sizes.size(), 7u);
  for (size_t i = 0; i + 1 < sizes.size(); ++i) {
    EXPECT_FLOAT_EQ(sizes[i].x, avail);
    EXPECT_FLOAT_EQ(sizes[i].y, 12);
  }
  EXPECT_FLOAT_EQ(sizes.back().x, 200);
}

// --- Interaction -----------------------------------------------------------

// Bar rows are clicked at their y-position computed from the chart's rectangle,
// in both layouts: label beside the bar (desktop) and above it (phone).
class BarClickTest : public ::testing::TestWithParam<float> {};

TEST_P(BarClickTest, ReturnsTheClickedRow) {
  HeadlessUi ui(GetParam(), 1000);
  const auto bars = Bars();
  int clicked = -1;
  int clicks = 0;
  auto draw = [&] {
    FullWindow([&] {
      const int row = HorizontalBarChart("chart:bars", kTable, bars, 70);
      if (row >= 0) {
        clicked = row;
        ++clicks;
      }
    });
  };
  ui.Frame(draw);
  ui.Frame(draw);
  const ItemRecord* chart = ui.items().Find("chart:bars");
  ASSERT_NE(chart, nullptr);
  const float n = static_cast<float>(bars.size());
  for (int row : {0, 1, 2, 3}) {
    clicked = -1;
    clicks = 0;
    // Near the left edge (the label) and near the right edge (the value).
    const float y = chart->y + chart->h * (static_cast<float>(row) + 0.5f) / n;
    ClickAt(ui, ImVec2(chart->x + 4, y), draw);
    EXPECT_EQ(clicked, row);
    ClickAt(ui, ImVec2(chart->x + chart->w - 4, y), draw);
    EXPECT_EQ(clicked, row);
    EXPECT_EQ(clicks, 2);
  }
  // Just inside the top and bottom edges.
  ClickAt(ui, ImVec2(chart->x + chart->w * 0.5f, chart->y + 1), draw);
  EXPECT_EQ(clicked, 0);
  ClickAt(ui, ImVec2(chart->x + chart->w * 0.5f, chart->y + chart->h - 1), draw);
  EXPECT_EQ(clicked, 3);
  // Below the chart: nothing.
  clicks = 0;
  ClickAt(ui, ImVec2(chart->x + chart->w * 0.5f, chart->y + chart->h + 20), draw);
  EXPECT_EQ(clicks, 0);
}

TEST_P(BarClickTest, RowsAreRecordedByLabel) {
  HeadlessUi ui(GetParam(), 1000);
  const auto bars = Bars();
  int clicked = -1;
  auto draw = [&] {
    FullWindow([&] {
      const int row = HorizontalBarChart("chart:bars", kTable, bars);
      if (row >= 0) clicked = row;
    });
  };
  ui.Frame(draw);
  ASSERT_TRUE(ui.Click("chart:bars/9 Access control", draw));
  EXPECT_EQ(clicked, 2);
  ASSERT_TRUE(ui.Click("chart:bars/12 Operations security", draw));
  EXPECT_EQ(clicked, 3);
}

INSTANTIATE_TEST_SUITE_P(PhoneAndDesktop, BarClickTest, ::testing::Values(360.0f, 1280.0f));

class HeatmapClickTest : public ::testing::TestWithParam<float> {};

TEST_P(HeatmapClickTest, ReturnsTheClickedCellId) {
  HeadlessUi ui(GetParam(), 1200);
  const auto heat = Heat();
  std::string clicked;
  int clicks = 0;
  auto draw = [&] {
    FullWindow([&] {
      std::string id = MaturityHeatmap("chart:heat", kTable, heat);
      if (!id.empty()) {
        clicked = id;
        ++clicks;
      }
    });
  };
  ui.Frame(draw);
  ASSERT_TRUE(ui.Click("chart:heat/CLD.9.5.1", draw));
  EXPECT_EQ(clicked, "CLD.9.5.1");
  ASSERT_TRUE(ui.Click("chart:heat/12.x.19", draw));  // On a wrapped line at 360 px.
  EXPECT_EQ(clicked, "12.x.19");
  ASSERT_TRUE(ui.Click("chart:heat/9.4.4", draw));  // Not applicable, still clickable.
  EXPECT_EQ(clicked, "9.4.4");
  EXPECT_EQ(clicks, 3);
  // The group label is not a cell.
  const ItemRecord* chart = ui.items().Find("chart:heat");
  ASSERT_NE(chart, nullptr);
  ClickAt(ui, ImVec2(chart->x + 2, chart->y + 2), draw);
  EXPECT_EQ(clicks, 3);
}

INSTANTIATE_TEST_SUITE_P(PhoneAndDesktop, HeatmapClickTest, ::testing::Values(360.0f, 1280.0f));

// A screen reader clicks a chart's row in the page's mirror, which activates
// the part by its id (app/semantics_mirror.cc): the chart acts as on a click.
TEST(ChartRowActivation, ActsAsAClickOnThatBarOrCell) {
  HeadlessUi ui(1280, 1000);
  const auto bars = Bars();
  const auto heat = Heat();
  int bar = -1;
  std::string cell;
  unsigned activate = 0;
  auto draw = [&] {
    if (activate != 0) ImGui::ActivateItem(std::exchange(activate, 0u));
    FullWindow([&] {
      if (const int row = HorizontalBarChart("chart:bars", kTable, bars, 70); row >= 0) bar = row;
      if (std::string id = MaturityHeatmap("chart:heat", kTable, heat); !id.empty()) cell = id;
    });
  };
  const auto activate_part = [&](const std::string& label) {
    ui.Frame(draw);
    const ItemRecord* part = nullptr;
    for (const ItemRecord& item : ui.items().LastFrame()) {
      if (item.label == label) part = &item;
    }
    ASSERT_NE(part, nullptr) << label;
    activate = part->id;
    ui.Frame(draw);  // Asked for here, as the mirror asks between frames.
    ui.Frame(draw);  // Active in this one.
  };
  activate_part("chart:bars/9 Access control");
  EXPECT_EQ(bar, 2);
  EXPECT_EQ(cell, "");
  activate_part("chart:heat/CLD.9.5.2");
  EXPECT_EQ(cell, "CLD.9.5.2");
  bar = -1;
  ui.Frame(draw);
  EXPECT_EQ(bar, -1) << "activated once, not every frame";
}

TEST(ChartsTest, HeatmapCellsWrapAtPhoneWidth) {
  HeadlessUi ui(360, 1200);
  const auto heat = Heat();
  auto draw = [&] { FullWindow([&] { MaturityHeatmap("chart:heat", kTable, heat); }); };
  ui.Frame(draw);
  const ItemRecord* first = ui.items().Find("chart:heat/12.x.0");
  const ItemRecord* last = ui.items().Find("chart:heat/12.x.19");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(last, nullptr);
  EXPECT_GT(last->y, first->y);
  EXPECT_FLOAT_EQ(first->w, first->h);
}

// --- Tooltips: exact values, since colour alone is not accessible ----------

TEST(ChartsTest, HoveringABarShowsItsValueAndTarget) {
  HeadlessUi ui(1280, 1000);
  const auto bars = Bars();
  auto body = [&] { HorizontalBarChart("chart:bars", kTable, bars, 70); };
  ui.Frame([&] { FullWindow(body); });
  std::string text = TextOnHover(ui, "chart:bars/6 Organization of information security", body);
  ExpectParts(text, {"Score: 55 / 100", "Target: 70", "15 below target"});
  ImGuiWindow* tooltip = ImGui::FindWindowByName("##Tooltip_00");
  ASSERT_NE(tooltip, nullptr);
  EXPECT_TRUE(tooltip->Active);

  text = TextOnHover(ui, "chart:bars/9 Access control", body);
  ExpectParts(text, {"Not scored yet"});
}

TEST(ChartsTest, HoveringACellShowsMaturityTargetAndGap) {
  HeadlessUi ui(1280, 1000);
  const auto heat = Heat();
  auto body = [&] { MaturityHeatmap("chart:heat", kTable, heat); };
  ui.Frame([&] { FullWindow(body); });
  ExpectParts(TextOnHover(ui, "chart:heat/CLD.9.5.1", body),
              {"Segregation in virtual environments", "Maturity: 1 of 5", "Target: 3",
               "Gap: 2 levels below target"});
  ExpectParts(TextOnHover(ui, "chart:heat/9.4.4", body), {"Not applicable"});
}

TEST(ChartsTest, HoveringARadarSpokeShowsItsNameValueAndTarget) {
  HeadlessUi ui(1280, 1000);
  const auto axes = Axes();
  auto body = [&] { RadarChart("chart:radar", kTable, axes, 400); };
  ui.Frame([&] { FullWindow(body); });
  ExpectParts(TextOnHover(ui, "chart:radar/9", body), {"Not scored yet", "Target: 80"});

  // The top of the chart is the first spoke's.
  const ItemRecord* chart = ui.items().Find("chart:radar");
  ASSERT_NE(chart, nullptr);
  ExpectParts(
      TextWithMouseAt(ui, ImVec2(chart->x + chart->w * 0.5f, chart->y + chart->h * 0.2f), body),
      {"Score: 82 / 100"});
}

TEST(ChartsTest, HoveringTheRingShowsTheScore) {
  HeadlessUi ui(1280, 1000);
  auto body = [&] { ScoreRing("chart:ring", 63.6, 160, "Overall score"); };
  ui.Frame([&] { FullWindow(body); });
  ExpectParts(TextOnHover(ui, "chart:ring", body), {"Score: 64 / 100"});
}

// --- Missing and empty data ------------------------------------------------

TEST(ChartsTest, MissingValuesDrawADash) {
  HeadlessUi ui(1280, 1400);
  const auto bars = Bars();
  const auto heat = Heat();
  const std::vector<RadarAxis> unscored = {
      {"5", std::nullopt, std::nullopt}, {"6", std::nullopt, 50.0}, {"9", {}, {}}};
  const std::string text = LoggedText(ui, [&] {
    HorizontalBarChart("chart:bars", kTable, bars, 70);
    RadarChart("chart:radar", kTable, unscored, 300);
    MaturityHeatmap("chart:heat", kTable, heat);
    ScoreRing("chart:ring", std::nullopt, 160, "Overall");
  });
  EXPECT_NE(text.find(std::string("9 Access control: ") + kDash), std::string::npos) << text;
  EXPECT_NE(text.find(std::string("5: ") + kDash), std::string::npos) << text;
  EXPECT_NE(text.find(std::string("6: ") + kDash + " (target 50)"), std::string::npos) << text;
  EXPECT_NE(text.find(std::string("6.1.2: ") + kDash + " of 2"), std::string::npos) << text;
  EXPECT_NE(text.find(std::string("Overall: ") + kDash), std::string::npos) << text;
  EXPECT_NE(text.find("9.4.4: not applicable"), std::string::npos) << text;
}

TEST(ChartsTest, OneAndTwoAxisRadarsAndOddValuesDoNotCrash) {
  HeadlessUi ui(360, 1400);
  const std::vector<RadarAxis> one = {{"5", 50.0, 70.0}};
  const std::vector<RadarAxis> two = {{"5", 150.0, -20.0}, {"6", -3.0, 70.0}};
  const std::vector<BarDatum> odd = {{"", 150.0}, {"x", -10.0}, {"y", 0.0}, {"z", 100.0}};
  auto draw = [&] {
    FullWindow([&] {
      RadarChart("chart:one", kTable, one, 200);
      RadarChart("chart:two", kTable, two, 200);
      HorizontalBarChart("chart:odd", kTable, odd, 250);
      ScoreRing("chart:full", 100.0, 100, nullptr);
      ScoreRing("chart:tiny", 3.0, 2, "");
      MaturityHeatmap("chart:empty-rows", kTable,
                      {{"No cells", {}}, {"", {{"a", "", 9, -4, true}}}});
    });
  };
  ui.Frame(draw);
  ui.Frame(draw);
  EXPECT_NE(ui.items().Find("chart:one"), nullptr);
  EXPECT_NE(ui.items().Find("chart:two"), nullptr);
  EXPECT_NE(ui.items().Find("chart:odd"), nullptr);
}

TEST(ChartsTest, EmptyDataDrawsNothing) {
  HeadlessUi ui(1280, 800);
  int row = 0;
  std::string cell = "unset";
  ImVec2 before, after;
  auto draw = [&] {
    FullWindow([&] {
      before = ImGui::GetCursorScreenPos();
      row = HorizontalBarChart("chart:bars", kTable, {}, 70);
      RadarChart("chart:radar", kTable, {}, 300);
      cell = MaturityHeatmap("chart:heat", kTable, {});
      after = ImGui::GetCursorScreenPos();
    });
  };
  ui.Frame(draw);
  ui.Frame(draw);
  EXPECT_EQ(row, -1);
  EXPECT_EQ(cell, "");
  EXPECT_EQ(before.x, after.x);
  EXPECT_EQ(before.y, after.y);
  EXPECT_EQ(ui.items().Find("chart:bars"), nullptr);
  EXPECT_EQ(ui.items().Find("chart:radar"), nullptr);
  EXPECT_EQ(ui.items().Find("chart:heat"), nullptr);
}

// --- Line and sparkline -----------------------------------------------------

std::vector<LinePoint> Line() {
  return {{"2025-03-01", 41.0, "Early stage"},
          {"2025-09-01", std::nullopt, "Not assessed"},
          {"2026-03-01", 72.4, "Close"}};
}

TEST(ChartsTest, TheLineRecordsEachPointAndSaysItsValues) {
  HeadlessUi ui(1280, 800);
  const auto line = Line();
  const std::vector<std::optional<double>> spark = {40.0, std::nullopt, 66.6};
  auto body = [&] {
    LineChart("chart:line", kTable, line, 200);
    Sparkline("chart:spark", spark, 88, 22);
  };
  const std::string text = LoggedText(ui, body);
  ExpectParts(text, {"2025-03-01: 41, Early stage", "2026-03-01: 72, Close",
                     "40 \xE2\x86\x92 \xE2\x80\x93 \xE2\x86\x92 67"});
  EXPECT_NE(text.find(std::string("2025-09-01: ") + kDash + ", Not assessed"), std::string::npos)
      << text;
  const ItemRecord* chart = ui.items().Find("chart:line");
  ASSERT_NE(chart, nullptr);
  EXPECT_NEAR(chart->h, 200.0f, 1.0f);
  EXPECT_LE(chart->w, 1280.0f);
  const ItemRecord* first = ui.items().Find("chart:line/2025-03-01");
  const ItemRecord* last = ui.items().Find("chart:line/2026-03-01");
  ASSERT_NE(first, nullptr);
  ASSERT_NE(last, nullptr);
  EXPECT_LT(first->x, last->x) << "oldest on the left";
  // Hovering the last point tells its value and readiness, and only it.
  const std::string hovered = TextOnHover(ui, "chart:line/2026-03-01", body);
  EXPECT_NE(hovered.find("2026-03-01: 72, Close"), std::string::npos) << hovered;
  const ItemRecord* sparkline = ui.items().Find("chart:spark");
  ASSERT_NE(sparkline, nullptr);
  EXPECT_NEAR(sparkline->w, 88.0f, 1.0f);
}

// The text alternative (ui/semantics.h): a row per spoke and per point, its
// name and then its cells, the numbers the chart prints.
TEST(ChartsTest, TheRadarAndTheLineRecordTheirNumbersAsRows) {
  HeadlessUi ui(1280, 1000);
  const auto axes = Axes();
  const auto line = Line();
  ui.Frame([&] {
    FullWindow([&] {
      RadarChart("chart:radar", kTable, axes, 400);
      LineChart("chart:line", kTable, line, 200);
    });
  });
  const auto row = [&](const char* label) {
    const ItemRecord* part = ui.items().Find(label);
    EXPECT_NE(part, nullptr) << label;
    return part == nullptr ? std::string() : part->name + "|" + part->value;
  };
  const std::string sep(1, kCellSeparator);
  EXPECT_EQ(row("chart:radar/5"), "5|82" + sep + "70");
  EXPECT_EQ(row("chart:radar/9"), "9|Not scored yet" + sep + "80");
  EXPECT_EQ(row("chart:radar/12"), "12|20" + sep) << "no target: an empty cell";
  EXPECT_EQ(row("chart:line/2026-03-01"), "2026-03-01|72");
  EXPECT_EQ(row("chart:line/2025-09-01"), "2025-09-01|Not scored yet");
  const ItemRecord* chart = ui.items().Find("chart:radar");
  ASSERT_NE(chart, nullptr);
  EXPECT_EQ(chart->name, "Scores");
  EXPECT_EQ(chart->value, "Name" + sep + "Score" + sep + "Target");
}

TEST(ChartsTest, ALineOfOnePointOrManyAtPhoneWidthFits) {
  HeadlessUi ui(360, 800);
  std::vector<LinePoint> many;
  for (int i = 0; i < 40; ++i) {
    many.push_back({"2026-01-" + std::to_string(10 + i % 20), i * 2.5, ""});
  }
  auto draw = [&] {
    FullWindow([&] {
      LineChart("chart:one", kTable, {{"2026-01-01", 50.0, ""}}, 160);
      LineChart("chart:many", kTable, many, 160);
      LineChart("chart:none", kTable, {}, 160);
      Sparkline("chart:spark-one", {std::nullopt}, 60, 20);
    });
  };
  ui.Frame(draw);
  ui.Frame(draw);
  ASSERT_NE(ui.items().Find("chart:one"), nullptr);
  EXPECT_LE(ui.items().Find("chart:many")->w, 360.0f);
  EXPECT_EQ(ui.items().Find("chart:none"), nullptr);
}

TEST(ChartsTest, DarkThemeDrawsEveryChart) {
  HeadlessUi ui(360, 2400);
  ApplyTheme(ThemeMode::kDark, 1.0f);
  const auto bars = Bars();
  const auto heat = Heat();
  const auto axes = Axes();
  auto draw = [&] {
    FullWindow([&] {
      HorizontalBarChart("chart:bars", kTable, bars, 70);
      RadarChart("chart:radar", kTable, axes, 300);
      MaturityHeatmap("chart:heat", kTable, heat);
      ScoreRing("chart:ring", 42.0, 160, "Overall");
      ProgressBar(0.5f);
    });
  };
  ui.Frame(draw);
  ui.Frame(draw);
  ApplyTheme(ThemeMode::kLight, 1.0f);
  for (const char* label : {"chart:bars", "chart:radar", "chart:heat", "chart:ring"}) {
    EXPECT_NE(ui.items().Find(label), nullptr) << label;
  }
  EXPECT_GT(ImGui::GetDrawData()->TotalVtxCount, 0);
}

}  // namespace
}  // namespace cloudgap::ui
