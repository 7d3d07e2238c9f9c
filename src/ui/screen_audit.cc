// Time to audit: when a certification auditor could come (stage 1 and stage 2)
// and the checklist of what they will ask to see, per stage, with the status of
// each item. Management-system steps are ticked off here (audit_plan.h).
#include <imgui.h>

#include <cctype>
#include <string>

#include "core/engine/audit_plan.h"
#include "core/engine/management_steps.h"
#include "core/engine/wording.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
// The two months, large, and why; on the results and roadmap screens too.
void AppUi::DrawAuditEstimate(bool detailed) {
  const AuditEstimate audit =
      EstimateAudit(session_.catalog(), session_.evaluation(), session_.roadmap(), UiMessages());
  if (!audit.available) return;
  if (!detailed) {
    ImGui::AlignTextToFramePadding();
    ImGui::PushFont(GetFonts().strong);
    ImGui::TextUnformatted(
        Tr("Certification audit: stage 1 in month {stage1}, stage 2 in month {stage2}",
           {{"stage1", audit.stage1_month}, {"stage2", audit.stage2_month}})
            .c_str());
    ImGui::PopFont();
    return;
  }
  BeginCard("audit-estimate");
  ImGui::PushFont(GetFonts().strong);
  Paragraph(Tr("Certification audit: stage 1 in month {stage1}, stage 2 in month "
               "{stage2}",
               {{"stage1", audit.stage1_month}, {"stage2", audit.stage2_month}})
                .c_str());
  ImGui::PopFont();
  // The reasons start "stage 1 in month 3: ..."; as sentences they take a capital
  // (German's "Stufe" has one already; French's "l’étape" takes it on its L).
  for (std::string reason : {audit.stage1_reason, audit.stage2_reason}) {
    if (!reason.empty())
      reason[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(reason[0])));
    MutedParagraph((reason + ".").c_str());
  }
  MutedParagraph(
      Tr("Stage 1 reviews the documentation and the scope; stage 2 samples records that "
         "show the controls operating."));
  EndCard();
}

void AppUi::DrawAudit() {
  if (!session_.active()) return Navigate(Screen::kWelcome);
  const Catalog& catalog = session_.catalog();
  const Assessment& a = session_.assessment();
  BeginColumn(960);
  Title(Tr("Time to audit"));
  if (catalog.management_steps.empty()) {
    Paragraph(Tr("This catalog has no management-system steps, so there is no audit estimate."));
    EndColumn();
    return;
  }
  Paragraph(Tr("ISO/IEC 27017 is certified as part of an ISO/IEC 27001 certification, in two "
               "audit stages. Your profile: {isms}, {days} person-days a month.",
               {{"isms", IsmsStateWords(a.profile.isms, UiMessages())},
                {"days", a.profile.capacity_days_per_month}})
                .c_str());
  DrawAuditEstimate();
  if (SecondaryButton(Tr("Change the ISMS state or capacity"))) Navigate(Screen::kProfile);

  const std::vector<ChecklistEntry> list =
      AuditChecklist(catalog, a, session_.evaluation(), UiMessages());
  for (int stage : {1, 2}) {
    ImGui::Dummy(ImVec2(0, Px(12)));
    Heading(stage == 1 ? Tr("Stage 1: documentation and readiness")
                       : Tr("Stage 2: controls operating, with records"));
    // Steps first, each with its tick box; then, for stage 2, the controls.
    for (const ManagementStep& step : catalog.management_steps) {
      if (step.stage != stage) continue;
      ImGui::PushID(step.id.c_str());
      bool done = StepDone(step, a);
      const bool inherent = StepInherited(step, a);
      ImGui::BeginDisabled(inherent);  // A certified ISMS has it; nothing to tick.
      // The tick box's square and the space after it are left of the label.
      const float label_width =
          AvailableWidth() - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x;
      const std::string label = WrapLabel(step.id + "  " + step.title, label_width) + "###done";
      if (ImGui::Checkbox(label.c_str(), &done)) session_.SetStepDone(step.id, done);
      ImGui::EndDisabled();
      ImGui::Indent(Px(28));
      if (a.profile.isms == IsmsState::kCertified && !inherent) {
        MutedParagraph(
            Tr("For the cloud: {summary}", {{"summary", step.extension_summary}}).c_str());
      }
      for (const ChecklistEntry& entry : list) {
        if (entry.source != step.id) continue;
        ImGui::Bullet();
        Paragraph(entry.evidence.c_str());
      }
      ImGui::Unindent(Px(28));
      ImGui::PopID();
    }
    if (stage != 2) continue;
    ImGui::Dummy(ImVec2(0, Px(8)));
    MutedParagraph(Tr("For each control, the records an auditor samples:"));
    std::string current;
    bool open = false;
    for (const ChecklistEntry& entry : list) {
      if (entry.stage != 2 || entry.source.rfind("MS.", 0) == 0) continue;
      if (entry.source != current) {
        if (open) ImGui::TreePop();
        current = entry.source;
        const std::string node =
            WrapLabel(entry.source + "  " + entry.title + "  ·  " + entry.status,
                      AvailableWidth() - ImGui::GetTreeNodeToLabelSpacing()) +
            "###audit-" + entry.source;
        open = ImGui::TreeNode(node.c_str());
      }
      if (open) {
        ImGui::Bullet();
        Paragraph(entry.evidence.c_str());
      }
    }
    if (open) ImGui::TreePop();
  }
  EndColumn();
}

}  // namespace cloudgap::ui
