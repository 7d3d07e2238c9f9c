// Quick-scan result, for sales pre-qualification: the readiness tier, the top
// five gaps, the effort to reach the target, and a summary to copy and send.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <cstdio>

#include "core/engine/audit_plan.h"
#include "core/engine/quick_summary.h"
#include "ui/app_ui.h"
#include "ui/charts.h"
#include "ui/fonts.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {

void DrawReadiness(const Catalog& catalog, const OverallResult& overall);  // screen_results.cc
void DrawTopGaps(const Catalog& catalog, const Roadmap& roadmap);          // screen_results.cc

void AppUi::DrawQuickResult() {
  if (!session_.active()) return Navigate(Screen::kWelcome);
  const Catalog& catalog = session_.catalog();
  const Assessment& a = session_.assessment();
  const Evaluation& eval = session_.evaluation();
  const float width = BeginColumn(860);
  const bool narrow = width < Px(620);
  Title(Tr("Quick scan summary"));
  DrawCatalogChanges();
  const float ring = Px(150);
  ScoreRing("chart:overall", eval.overall.score, ring, Tr("overall score"));
  if (!narrow) ImGui::SameLine(0, Px(28));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(narrow ? 0.0f : ImGui::GetCursorPosX() + width - ring - Px(36));
  DrawReadiness(session_.catalog(), eval.overall);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();

  ImGui::Dummy(ImVec2(0, Px(10)));
  Heading(Tr("Top five gaps"));
  DrawTopGaps(catalog, session_.roadmap());

  const EffortEstimate effort = EstimateEffort(session_.roadmap());
  if (effort.items > 0) {
    ImGui::Dummy(ImVec2(0, Px(10)));
    Heading(Tr("Effort to reach the target"));
    // The effort itself is the core's words, which the summary shares.
    const std::string words =
        Tr("To reach maturity {level}: {effort}.",
           {{"level", a.profile.target_maturity},
            {"effort", EffortWords(effort, a.profile.capacity_days_per_month, UiMessages())}});
    Paragraph(words.c_str());
  }

  const AuditRange audit = EstimateAuditRange(catalog, a, eval, UiMessages());
  if (audit.earliest.available) {
    ImGui::Dummy(ImVec2(0, Px(10)));
    Heading(Tr("When an auditor could come"));
    // The months are the core's words (AuditMonthsWords), which the summary shares.
    const int days = a.profile.capacity_days_per_month;
    const std::string months = AuditMonthsWords(audit, UiMessages());
    std::string words;
    switch (a.profile.isms) {
      case IsmsState::kNone:
        words = Tr("With no ISMS yet, at {days} person-days a month: {months}.",
                   {{"days", days}, {"months", months}});
        break;
      case IsmsState::kInProgress:
        words = Tr("With ISMS being built, at {days} person-days a month: {months}.",
                   {{"days", days}, {"months", months}});
        break;
      case IsmsState::kCertified:
        words = Tr("With certified ISMS, at {days} person-days a month: {months}.",
                   {{"days", days}, {"months", months}});
        break;
    }
    Paragraph(words.c_str());
    MutedParagraph(
        Tr("Stage 1 checks the documentation and scope, stage 2 that the controls operate, with "
           "records. A range: a quick scan has too few answers for one date; the full assessment "
           "narrows it and lists what the auditor will ask to see."));
  }

  ImGui::Dummy(ImVec2(0, Px(10)));
  Heading(Tr("Summary to send"));
  std::string summary = QuickScanSummary(catalog, a, eval, session_.roadmap(), UiMessages());
  TextArea("##summary", Tr("Summary to send"), &summary, ImVec2(-1, Px(260)),
           ImGuiInputTextFlags_ReadOnly);
  if (PrimaryButton(Tr("Copy summary"), ImVec2(narrow ? -1.0f : Px(200), Px(44)))) {
    platform_.clipboard.SetText(summary);
    ShowMessage(Tr("Summary copied to the clipboard."), false);
  }
  if (!narrow) ImGui::SameLine();
  if (SecondaryButton(Tr("Continue with the full assessment"),
                      ImVec2(narrow ? -1.0f : 0.0f, Px(44)))) {
    Profile profile = a.profile;
    profile.mode = AssessmentMode::kFull;
    session_.SetProfile(profile);
    GoToControl(0);
    Navigate(Screen::kQuestionnaire);
  }
  DrawCallToAction();
  DrawSendButton();   // send_results.cc
  DrawKeepActions();  // keep_panels.cc
  EndColumn();
}

}  // namespace cloudgap::ui
