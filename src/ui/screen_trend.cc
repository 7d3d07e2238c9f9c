// Progress over time: the kept assessments of one organisation, oldest first,
// one trend per scope (core/engine/trend.h): the overall score and readiness
// as a line, the points as a table, and each clause as a sparkline. Reached
// from the list, where an organisation with two or more kept assessments has
// a link.
#include <imgui.h>

#include <map>

#include "core/document/document_migration.h"
#include "core/engine/readiness.h"
#include "core/engine/wording.h"
#include "core/text/message_format.h"
#include "core/text/score_format.h"
#include "ui/app_ui.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

std::string Score(const std::optional<double>& score) {
  char text[16];
  FormatShownScore(score, text);
  return text;
}

std::string KeyOf(const std::string& organisation) {
  Profile profile;
  profile.organisation = organisation;
  return OrganisationKey(profile);
}

// The column names in the strong font, a line under them.
void HeaderRow(Grid& grid, std::initializer_list<const char*> names) {
  ImGui::PushFont(GetFonts().strong);
  int column = 0;
  for (const char* name : names) {
    grid.Cell(column++);
    PlainText(name);
  }
  ImGui::PopFont();
  grid.EndRow(/*rule=*/true);
}

// Widths that share `width` in proportion to `weights`, after `fixed` pixels
// for the first column when it is given.
std::vector<float> Shares(float width, float fixed, std::initializer_list<float> weights) {
  float total = 0;
  for (float w : weights) total += w;
  std::vector<float> widths;
  if (fixed > 0) widths.push_back(fixed);
  for (float w : weights) widths.push_back((width - fixed) * w / total);
  return widths;
}

void PointsTable(const Trend& trend) {
  // On a phone the names give way to the figures; the date always fits.
  const float width = AvailableWidth();
  const bool narrow = width < Px(520);
  // A cell wraps an item spacing before its edge: the date never does.
  const float date =
      ImGui::CalcTextSize(FormatDate("2026-12-31", UiMessages().language()).c_str()).x + Px(12) +
      ImGui::GetStyle().ItemSpacing.x;
  Grid grid(narrow ? Shares(width, date, {0.8f, 1.6f}) : Shares(width, date, {2.5f, 0.8f, 1.6f}));
  if (narrow) {
    HeaderRow(grid, {Tr("Date"), Tr("Score"), Tr("Readiness")});
  } else {
    HeaderRow(grid, {Tr("Date"), Tr("Assessment"), Tr("Score"), Tr("Readiness")});
  }
  for (const TrendPoint& point : trend.points) {
    int column = 0;
    grid.Cell(column++);
    ImGui::TextUnformatted(FormatDate(point.date, UiMessages().language()).c_str());
    if (!narrow) {
      grid.Cell(column++);
      ImGui::TextWrapped("%s (%s)", point.name.c_str(), ModeLabel(point.mode, UiMessages()));
    }
    grid.Cell(column++);
    PlainText(Score(point.score).c_str());
    grid.Cell(column++);
    Paragraph(TrReadiness(point.readiness));
    grid.EndRow(/*rule=*/true);
  }
}

void ClauseTable(const Catalog& catalog, const Trend& trend, const std::string& id) {
  const float width = AvailableWidth();
  const float spark = Px(96);
  const float rest = width - spark;
  Grid grid({rest * 3.0f / 4.2f, spark, rest * 1.2f / 4.2f});
  HeaderRow(grid, {Tr("Clause"), Tr("Over time"), Tr("First → last")});
  for (size_t c = 0; c < catalog.clauses.size(); ++c) {
    std::vector<std::optional<double>> values;
    for (const TrendPoint& point : trend.points) {
      values.push_back(c < point.clauses.size() ? point.clauses[c] : std::nullopt);
    }
    const Clause& clause = catalog.clauses[c];
    grid.Cell(0);
    ImGui::TextWrapped("%d %s", clause.number, clause.title.c_str());
    grid.Cell(1);
    Sparkline((id + "/" + std::to_string(clause.number)).c_str(), values, 88, 22);
    grid.Cell(2);
    PlainText((Score(values.front()) + " → " + Score(values.back())).c_str());
    grid.EndRow(/*rule=*/true);
  }
}

}  // namespace

// One link per organisation with two or more kept assessments.
void AppUi::DrawTrendLinks(const std::vector<LibraryEntry>& entries) {
  std::map<std::string, std::pair<std::string, int>> organisations;  // Key: shown name, count.
  for (const LibraryEntry& entry : entries) {  // Newest first: the newest spelling is shown.
    const std::string key = KeyOf(entry.organisation);
    if (key.empty()) continue;
    auto& [name, count] = organisations[key];
    if (count++ == 0) name = entry.organisation;
  }
  ButtonRow row;
  for (const auto& [key, organisation] : organisations) {
    if (organisation.second < 2) continue;
    const std::string label =
        Tr("Progress of {organisation} ({count})",
           {{"organisation", organisation.first}, {"count", organisation.second}}) +
        "##trend-" + key;
    if (row.Button(label.c_str())) ShowTrend(key);
  }
}

void AppUi::ShowTrend(const std::string& organisation_key) {
  FlushKeeping();  // The open assessment's last change is in storage.
  const Catalog& catalog = session_.catalog();
  std::vector<TrendSource> sources;
  for (const LibraryEntry& entry : library_.entries()) {
    if (KeyOf(entry.organisation) != organisation_key) continue;
    const std::optional<std::string> raw = library_.ReadDocument(entry.id);
    if (!raw) continue;
    DocumentParseResult parsed = LoadAssessmentDocument(catalog, *raw);
    // A damaged entry is left out of the trend; the list says it is damaged.
    if (parsed.assessment) {
      sources.push_back({entry.id, entry.DisplayName(), std::move(*parsed.assessment)});
    }
  }
  trend_.organisation_key = organisation_key;
  trend_.trends = BuildTrends(catalog, sources, organisation_key, UiMessages());
  if (trend_.trends.empty()) {
    ShowMessage(Tr("There is nothing to show over time: no kept assessment could be read."), true);
    return;
  }
  Navigate(Screen::kTrend);
}

void AppUi::DrawTrend() {
  if (trend_.trends.empty()) return Navigate(Screen::kWelcome);
  const Catalog& catalog = session_.catalog();
  BeginColumn(960);
  Title(Tr("Progress over time"));
  Paragraph(trend_.trends[0].organisation.c_str(), GetFonts().strong);
  ButtonRow row;
  if (row.Button(Tr("Back to the list"), true)) Navigate(Screen::kWelcome);
  if (trend_.trends.size() > 1) {
    MutedParagraph(
        Tr("Assessments of other scopes measure other controls, so each scope has a trend of its "
           "own."));
  }
  for (size_t t = 0; t < trend_.trends.size(); ++t) {
    const Trend& trend = trend_.trends[t];
    const std::string id = "trend-" + std::to_string(t);
    ImGui::PushID(id.c_str());
    BeginCard(id.c_str());
    // The scope ("Cloud service customer; IaaS, SaaS") is the core's words (trend.h).
    Heading(Tr("Scope: {scope}", {{"scope", trend.scope}}).c_str());
    std::vector<LinePoint> points;
    for (const TrendPoint& point : trend.points) {
      points.push_back({point.date, point.score, TrReadiness(point.readiness)});
    }
    LineChart(("chart:" + id).c_str(), {Tr("Progress over time"), Tr("Date")}, points, 200);
    PointsTable(trend);
    if (trend.points.size() >= 2) {
      ButtonRow actions;
      if (actions.Button((std::string(Tr("Compare the first and the last")) + "##" + id).c_str())) {
        const std::string first = trend.points.front().id, last = trend.points.back().id;
        ImGui::PopID();
        EndCard();
        EndColumn();
        return CompareEntries(first, last);
      }
    }
    EndCard();
    const std::string label = std::string(Tr("Clauses over time")) + "###" + id + "-clauses";
    if (ImGui::TreeNode(label.c_str())) {
      ClauseTable(catalog, trend, id + "-clauses");
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  EndColumn();
}

}  // namespace cloudgap::ui
