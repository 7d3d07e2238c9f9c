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
#include "core/text/score_format.h"
#include "ui/app_ui.h"
#include "ui/charts.h"
#include "ui/fonts.h"
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

void PointsTable(const Trend& trend, const std::string& id) {
  // On a phone the names give way to the figures; the date always fits.
  const bool narrow = AvailableWidth() < Px(520);
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(id.c_str(), narrow ? 3 : 4, flags, ImVec2(AvailableWidth(), 0))) return;
  ImGui::TableSetupColumn("Date", ImGuiTableColumnFlags_WidthFixed,
                          ImGui::CalcTextSize("2026-12-31").x + Px(12));
  if (!narrow) ImGui::TableSetupColumn("Assessment", ImGuiTableColumnFlags_WidthStretch, 2.5f);
  ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableSetupColumn("Readiness", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  ImGui::TableHeadersRow();
  for (const TrendPoint& point : trend.points) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(point.date.c_str());
    if (!narrow) {
      ImGui::TableNextColumn();
      ImGui::TextWrapped("%s (%s)", point.name.c_str(), ModeLabel(point.mode));
    }
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(Score(point.score).c_str());
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", ReadinessLabel(point.readiness));
  }
  ImGui::EndTable();
}

void ClauseTable(const Catalog& catalog, const Trend& trend, const std::string& id) {
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable(id.c_str(), 3, flags, ImVec2(AvailableWidth(), 0))) return;
  ImGui::TableSetupColumn("Clause", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Over time", ImGuiTableColumnFlags_WidthFixed, Px(96));
  ImGui::TableSetupColumn("First → last", ImGuiTableColumnFlags_WidthStretch, 1.2f);
  ImGui::TableHeadersRow();
  for (size_t c = 0; c < catalog.clauses.size(); ++c) {
    std::vector<std::optional<double>> values;
    for (const TrendPoint& point : trend.points) {
      values.push_back(c < point.clauses.size() ? point.clauses[c] : std::nullopt);
    }
    const Clause& clause = catalog.clauses[c];
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%d %s", clause.number, clause.title.c_str());
    ImGui::TableNextColumn();
    Sparkline((id + "/" + std::to_string(clause.number)).c_str(), values, 88, 22);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted((Score(values.front()) + " → " + Score(values.back())).c_str());
  }
  ImGui::EndTable();
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
    const std::string label = "Progress of " + organisation.first + " (" +
                              std::to_string(organisation.second) + ")##trend-" + key;
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
  trend_.trends = BuildTrends(catalog, sources, organisation_key);
  if (trend_.trends.empty()) {
    ShowMessage("There is nothing to show over time: no kept assessment could be read.", true);
    return;
  }
  Navigate(Screen::kTrend);
}

void AppUi::DrawTrend() {
  if (trend_.trends.empty()) return Navigate(Screen::kWelcome);
  const Catalog& catalog = session_.catalog();
  BeginColumn(960);
  Title("Progress over time");
  Paragraph(trend_.trends[0].organisation.c_str(), GetFonts().strong);
  ButtonRow row;
  if (row.Button("Back to the list", true)) Navigate(Screen::kWelcome);
  if (trend_.trends.size() > 1) {
    MutedParagraph(
        "Assessments of other scopes measure other controls, so each scope has a trend of its "
        "own.");
  }
  for (size_t t = 0; t < trend_.trends.size(); ++t) {
    const Trend& trend = trend_.trends[t];
    const std::string id = "trend-" + std::to_string(t);
    ImGui::PushID(id.c_str());
    BeginCard(id.c_str());
    Heading(("Scope: " + trend.scope).c_str());
    std::vector<LinePoint> points;
    for (const TrendPoint& point : trend.points) {
      points.push_back({point.date, point.score, ReadinessLabel(point.readiness)});
    }
    LineChart(("chart:" + id).c_str(), points, 200);
    PointsTable(trend, id + "-points");
    if (trend.points.size() >= 2) {
      ButtonRow actions;
      if (actions.Button(("Compare the first and the last##" + id).c_str())) {
        const std::string first = trend.points.front().id, last = trend.points.back().id;
        ImGui::PopID();
        EndCard();
        EndColumn();
        return CompareEntries(first, last);
      }
    }
    EndCard();
    const std::string label = "Clauses over time###" + id + "-clauses";
    if (ImGui::TreeNode(label.c_str())) {
      ClauseTable(catalog, trend, id + "-clauses");
      ImGui::TreePop();
    }
    ImGui::PopID();
  }
  EndColumn();
}

}  // namespace cloudgap::ui
