// Results: the overall score and readiness tier, completion, clause scores as
// bars and as a radar, the maturity-against-target heatmap, the top gaps, and
// "why this score" for any control.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/engine/closeout.h"
#include "core/engine/explain.h"
#include "core/engine/quick_summary.h"
#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/text/message_format.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

ImVec4 ReadinessColor(Readiness r) {
  const Palette& p = CurrentPalette();
  switch (r) {
    case Readiness::kAuditReady: return p.good;
    case Readiness::kClose: return p.accent;
    case Readiness::kSignificantGaps: return p.warn;
    case Readiness::kEarlyStage: return p.bad;
    case Readiness::kNotAssessed: return p.text_muted;
  }
  return p.text;
}

}  // namespace

// Shared by results and the quick-scan summary: tier, reasons and completion.
void DrawReadiness(const Catalog& catalog, const OverallResult& overall) {
  ImGui::PushFont(GetFonts().title);
  ImGui::PushStyleColor(ImGuiCol_Text, ReadinessColor(overall.readiness));
  Paragraph(TrReadiness(overall.readiness));
  ImGui::PopStyleColor();
  ImGui::PopFont();
  for (const ReadinessReason& reason : overall.readiness_why) {
    ImGui::Bullet();
    Paragraph(ReadinessReasonText(catalog, reason, UiMessages()).c_str());
  }
  ImGui::TextUnformatted(
      Tr("{percent}% of the questions answered",
         {{"percent", FormatNumber(overall.completion, 0, UiMessages().language())}})
          .c_str());
  ProgressBar(static_cast<float>(overall.completion / 100.0));
  if (overall.answers.dont_know > 0) {
    MutedParagraph(Tr("{count} answered \"don't know\" (counted as not in place)",
                      {{"count", overall.answers.dont_know}})
                       .c_str());
  }
}

void DrawTopGaps(const Catalog& catalog, const Roadmap& roadmap) {
  const auto top = TopGaps(roadmap);
  if (top.empty()) {
    MutedParagraph(roadmap.assess_first.empty()
                       ? Tr("No gaps against the target. Well done.")
                       : Tr("No gaps found yet; answer more questions to see them."));
    return;
  }
  int n = 1;
  for (const RoadmapItem* item : top) {
    const Control& c = catalog.controls[item->control_index];
    ImGui::PushFont(GetFonts().strong);
    ImGui::TextWrapped("%d. %s  %s", n++, c.label.c_str(), c.title.c_str());
    ImGui::PopFont();
    const std::string line =
        item->quick_win ? Tr("Maturity {maturity} of target {target}  ·  about {days} person-days  "
                             "·  quick win",
                             {{"maturity", item->maturity},
                              {"target", item->target},
                              {"days", item->effort_days}})
                        : Tr("Maturity {maturity} of target {target}  ·  about {days} person-days",
                             {{"maturity", item->maturity},
                              {"target", item->target},
                              {"days", item->effort_days}});
    MutedParagraph(line.c_str());
    MutedParagraph(item->reason.c_str());
  }
}

void AppUi::DrawResults() {
  if (!session_.active()) return Navigate(Screen::kWelcome);
  const Catalog& catalog = session_.catalog();
  const Assessment& a = session_.assessment();
  const Evaluation& eval = session_.evaluation();
  const int target = a.profile.target_maturity;
  const float width = BeginColumn(1100);
  const bool narrow = width < Px(700);

  Title(a.profile.organisation.empty()
            ? Tr("Results")
            : Tr("Results: {organisation}", {{"organisation", a.profile.organisation}}).c_str());
  DrawCatalogChanges();
  const float ring = narrow ? Px(150) : Px(180);
  ScoreRing("chart:overall", eval.overall.score, ring, Tr("overall score"));
  if (!narrow) ImGui::SameLine(0, Px(32));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(narrow ? 0.0f : ImGui::GetCursorPosX() + width - ring - Px(40));
  DrawReadiness(session_.catalog(), eval.overall);
  if (ImGui::TreeNode(Tr("How the overall score is made"))) {
    for (const std::string& line : ExplainOverall(catalog, eval, UiMessages()))
      Paragraph(line.c_str());
    ImGui::TreePop();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();

  ImGui::Dummy(ImVec2(0, Px(12)));
  Heading(Tr("Scores by clause"));
  std::vector<BarDatum> bars;
  std::vector<RadarAxis> axes;
  for (size_t i = 0; i < catalog.clauses.size(); ++i) {
    const ClauseResult& r = eval.clauses[i];
    if (r.applicable_controls == 0) continue;
    const Clause& clause = catalog.clauses[i];
    bars.push_back({std::to_string(clause.number) + " " + clause.title, r.score});
    axes.push_back({std::to_string(clause.number), r.score, ScoreForMaturity(target)});
  }
  const ChartTable by_clause{Tr("Scores by clause"), Tr("Clause")};
  if (narrow) {
    HorizontalBarChart("chart:clauses", by_clause, bars, ScoreForMaturity(target));
    RadarChart("chart:radar", by_clause, axes, width);
  } else {
    // Columns, so that the bars' "available width" is theirs, not the page's.
    const float radar = std::min(Px(380), width * 0.4f);
    Grid grid({width - radar - Px(16), radar + Px(16)});
    grid.Cell(0);
    HorizontalBarChart("chart:clauses", by_clause, bars, ScoreForMaturity(target));
    grid.Cell(1);
    RadarChart("chart:radar", by_clause, axes, radar);
  }
  MutedParagraph(
      Tr("The marker on each bar, and the outer outline on the radar, is the score that "
         "meets your target maturity."));

  ImGui::Dummy(ImVec2(0, Px(12)));
  Heading(Tr("Maturity against target"));
  MutedParagraph(
      Tr("One square per control, coloured by how far it is below its target. "
         "Choose one to see why it scored as it did."));
  const std::string clicked =
      MaturityHeatmap("chart:heatmap", {Tr("Maturity against target"), Tr("Control")}, HeatRows());
  if (!clicked.empty()) results_screen_.why_control = clicked;

  ImGui::Dummy(ImVec2(0, Px(12)));
  Heading(Tr("Top gaps"));
  DrawTopGaps(catalog, session_.roadmap());

  if (!catalog.management_steps.empty()) {
    ImGui::Dummy(ImVec2(0, Px(12)));
    DrawAuditEstimate(/*detailed=*/false);
    if (!narrow) ImGui::SameLine();
    if (SecondaryButton(Tr("Audit readiness checklist"))) Navigate(Screen::kAudit);
  }

  ImGui::Dummy(ImVec2(0, Px(12)));
  DrawWhyThisScore();

  ImGui::Dummy(ImVec2(0, Px(12)));
  if (PrimaryButton(Tr("See the roadmap"), ImVec2(narrow ? -1.0f : Px(240), Px(48)))) {
    Navigate(Screen::kRoadmap);
  }
  DrawCallToAction();
  DrawSendButton();   // send_results.cc
  DrawKeepActions();  // keep_panels.cc
  DrawCloseout();     // Under the reports it is about.
  EndColumn();
}

// One row per clause of the controls in scope, made again only for a new
// evaluation (the catalog's words arriving is one).
const std::vector<HeatRow>& AppUi::HeatRows() {
  const std::uint64_t revision = session_.evaluation_revision();
  if (results_screen_.heat_revision == revision) return results_screen_.heat_rows;
  const Catalog& catalog = session_.catalog();
  const Evaluation& eval = session_.evaluation();
  std::vector<HeatRow>& rows = results_screen_.heat_rows;
  rows.clear();
  for (size_t i : session_.scoped_controls()) {
    const Control& c = catalog.controls[i];
    const ControlResult& r = eval.controls[i];
    const Clause* clause = catalog.FindClause(c.clause);
    std::string row = std::to_string(c.clause) + " " + (clause ? clause->title : "");
    if (rows.empty() || rows.back().label != row) rows.push_back({std::move(row), {}});
    rows.back().cells.push_back(
        {c.id, c.label + " " + c.title, r.maturity, r.target, r.applicable()});
  }
  results_screen_.heat_revision = revision;
  return rows;
}

// The hosting organisation's offer ("Talk to our team"), when config.json sets one.
void AppUi::DrawCallToAction() {
  const auto& cta = GetBranding().cta;
  if (!cta) return;
  if (!Narrow()) ImGui::SameLine();
  if (SecondaryButton(cta->label.c_str(), ImVec2(Narrow() ? -1.0f : 0.0f, Px(48)))) {
    platform_.location.OpenLink(cta->url);
  }
}

// What an auditor would query first (core/engine/closeout.h), each with a way
// to the control; only a full assessment records evidence, owners and dates.
void AppUi::DrawCloseout() {
  const Assessment& a = session_.assessment();
  if (a.profile.mode != AssessmentMode::kFull) return;
  if (results_screen_.closeout_revision != session_.revision() ||
      results_screen_.closeout_language != UiMessages().language()) {
    results_screen_.closeout =
        CloseoutCheck(session_.catalog(), a, session_.evaluation(), UiMessages());
    results_screen_.closeout_revision = session_.revision();
    results_screen_.closeout_language = UiMessages().language();
  }
  const std::vector<CloseoutFinding>& findings = results_screen_.closeout;
  ImGui::Dummy(ImVec2(0, Px(12)));
  Heading(Tr("Close-out check"));
  if (findings.empty()) {
    MutedParagraph(
        Tr("Nothing an auditor would query first: every \"yes\" has evidence, every \"not "
           "applicable\" a reason, every owner a due date, and no evidence is past its review."));
    return;
  }
  Paragraph(Tr("{count, plural, one {# thing} other {# things}} an auditor would query first. "
               "Worth settling before you send a report:",
               {{"count", findings.size()}})
                .c_str());
  const std::vector<size_t>& scoped = session_.scoped_controls();
  const std::string label =
      Tr("Findings ({count})###closeout-findings", {{"count", findings.size()}});
  if (!ImGui::TreeNodeEx(label.c_str(),
                         findings.size() <= 6 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
    return;
  }
  for (size_t i = 0; i < findings.size(); ++i) {
    const CloseoutFinding& f = findings[i];
    const Control* control = session_.catalog().FindControl(f.control_id);
    ImGui::PushID(static_cast<int>(i));
    ImGui::Bullet();
    ImGui::TextWrapped("%s %s: %s", f.control_id.c_str(), control ? control->title.c_str() : "",
                       f.detail.c_str());
    const size_t index =
        control ? static_cast<size_t>(control - session_.catalog().controls.data()) : 0;
    auto at = std::find(scoped.begin(), scoped.end(), index);
    if (control && at != scoped.end()) {
      ImGui::Indent(Px(24));
      if (ImGui::SmallButton(
              Tr("Go to {control}##closeout", {{"control", f.control_id}}).c_str())) {
        Navigate(Screen::kQuestionnaire);
        GoToControl(static_cast<size_t>(at - scoped.begin()));
      }
      ImGui::Unindent(Px(24));
    }
    ImGui::PopID();
  }
  ImGui::TreePop();
}

void AppUi::DrawWhyThisScore() {
  const Catalog& catalog = session_.catalog();
  Heading(Tr("Why this score?"));
  const Control* selected = catalog.FindControl(results_screen_.why_control);
  const std::string preview =
      selected ? selected->label + " " + selected->title : Tr("Choose a control");
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##why", preview.c_str())) {
    for (size_t i : session_.scoped_controls()) {
      const Control& c = catalog.controls[i];
      if (ImGui::Selectable((c.label + " " + c.title).c_str(),
                            c.id == results_screen_.why_control)) {
        results_screen_.why_control = c.id;
      }
    }
    ImGui::EndCombo();
  }
  if (selected == nullptr) return;
  const size_t index = static_cast<size_t>(selected - catalog.controls.data());
  BeginCard("why");
  for (const std::string& line :
       ExplainControl(catalog, session_.assessment(), session_.evaluation(), index, UiMessages())) {
    Paragraph(line.c_str());
  }
  EndCard();
}

}  // namespace cloudgap::ui
