// Profile: who is being assessed. Each field is explained in one line, and
// every change is saved at once (the core refuses invalid profiles).
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "core/document/assessment_edit.h"
#include "core/engine/wording.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/fonts.h"
#include "ui/tr.h"
#include "ui/unshown_text.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

void FieldLabel(const char* label, const char* help) {
  ImGui::Dummy(ImVec2(0, Px(6)));
  ImGui::PushFont(GetFonts().strong);
  PlainText(label);
  ImGui::PopFont();
  MutedParagraph(help);
}

}  // namespace

void AppUi::DrawProfile() {
  if (!session_.active()) return Navigate(Screen::kWelcome);
  BeginColumn(760);
  Profile& profile = profile_screen_.draft;
  const bool quick = profile.mode == AssessmentMode::kQuick;
  Title(quick ? Tr("Quick scan: your profile") : Tr("Full assessment: your profile"));
  MutedParagraph(
      Tr("The profile decides which questions you are asked. You can change it later; "
         "your answers are kept."));

  if (GetBranding().ask_organisation) {
    FieldLabel(Tr("Organisation"), Tr("Optional. Shown on the summary and the reports."));
    ImGui::SetNextItemWidth(std::min(ImGui::CalcItemWidth(), Px(420)));
    TextField("##organisation", Tr("Organisation name"), &profile.organisation);
    NoteUnshownCharacters(profile.organisation);
  }

  FieldLabel(Tr("Your role"), Tr("Do you use cloud services, provide them, or both?"));
  const RoleScope roles[] = {RoleScope::kCustomer, RoleScope::kProvider, RoleScope::kBoth};
  const char* role_labels[] = {Tr("Cloud customer"), Tr("Cloud provider"), Tr("Both")};
  for (size_t i = 0; i < 3; ++i) {
    if (i > 0 && !Narrow()) ImGui::SameLine();
    if (Radio(role_labels[i], profile.role == roles[i])) profile.role = roles[i];
  }

  FieldLabel(Tr("Service models in scope"),
             Tr("The kinds of cloud service this assessment covers."));
  const char* service_labels[] = {Tr("IaaS (infrastructure)"), Tr("PaaS (platform)"),
                                  Tr("SaaS (software)")};
  for (size_t i = 0; i < 3; ++i) {
    if (i > 0 && !Narrow()) ImGui::SameLine();
    ImGui::Checkbox(service_labels[i], &profile.services[i]);
  }

  if (profile.role != RoleScope::kCustomer) {
    FieldLabel(Tr("Your infrastructure"),
               Tr("Most SaaS providers run on another provider's IaaS. Questions about data "
                  "centres, hardware and hypervisors then ask what you confirmed from that "
                  "provider's audit report."));
    ImGui::Checkbox(Tr("We run on another provider's infrastructure"),
                    &profile.upstream_infrastructure);
  }

  FieldLabel(
      "ISO/IEC 27001",
      Tr("27017 is certified as part of an ISO/IEC 27001 certification. Without one, the roadmap "
         "adds the management-system steps (scope, risk assessment, internal audit...)."));
  const IsmsState states[] = {IsmsState::kNone, IsmsState::kInProgress, IsmsState::kCertified};
  const char* state_labels[] = {Tr("No ISMS yet"), Tr("ISMS being built"), Tr("Certified ISMS")};
  for (size_t i = 0; i < 3; ++i) {
    if (i > 0 && !Narrow()) ImGui::SameLine();
    if (Radio(state_labels[i], profile.isms == states[i])) profile.isms = states[i];
  }

  FieldLabel(Tr("Target maturity"),
             Tr("The level every control should reach (3 = defined and documented)."));
  for (int level = 1; level <= 5; ++level) {
    if (level > 1) ImGui::SameLine();
    char label[16];
    std::snprintf(label, sizeof label, "%d##target", level);
    if (Radio(label, profile.target_maturity == level)) {
      profile.target_maturity = level;
    }
  }
  const auto& scale = session_.catalog().maturity_scale;
  for (const MaturityLevel& m : scale) {
    if (m.level == profile.target_maturity)
      MutedParagraph((m.label + ": " + m.description).c_str());
  }

  FieldLabel(Tr("Capacity"),
             Tr("Person-days a month your team can spend closing gaps; sets the roadmap's pace."));
  ImGui::SetNextItemWidth(Px(160));
  IntegerField(Tr("person-days a month"), &profile.capacity_days_per_month);

  FieldLabel(Tr("Language"),
             Tr("Of the screens and the catalog's questions. Answers and scores are the same "
                "in every language."));
  DrawLanguagePicker();

  FieldLabel(Tr("Text size"), Tr("Everything on the screens, larger; kept in this browser."));
  DrawTextSizePicker();

  const std::string error = ProfileErrorWords(profile, UiMessages());
  if (error.empty()) {
    session_.SetProfile(profile);
  } else {
    ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().bad);
    Paragraph(error.c_str());
    ImGui::PopStyleColor();
  }

  ImGui::Dummy(ImVec2(0, Px(12)));
  const int scoped = static_cast<int>(session_.scoped_controls().size());
  MutedParagraph(Tr("{scoped} of {total} controls apply to this profile.",
                    {{"scoped", scoped}, {"total", session_.catalog().controls.size()}})
                     .c_str());
  ImGui::BeginDisabled(!error.empty() || scoped == 0);
  if (PrimaryButton(Tr("Continue to the questions"), ImVec2(Narrow() ? -1.0f : Px(280), Px(48)))) {
    questionnaire_.control = 0;
    questionnaire_.focus_question = 0;
    Navigate(Screen::kQuestionnaire);
  }
  ImGui::EndDisabled();
  EndColumn();
}

}  // namespace cloudgap::ui
