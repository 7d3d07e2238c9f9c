// Welcome: what CloudGap is, what it is not, the privacy promise, and the ways in.
#include <imgui.h>

#include <string>

#include "core/document/sample_assessment.h"
#include "core/text/message_format.h"
#include "ui/app_ui.h"
#include "ui/branding.h"
#include "ui/fonts.h"
#include "ui/hosting.h"
#include "ui/languages.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// A button with a one-line explanation under it, kept together as one column.
bool ModeChoice(const char* label, const char* caption, const ImVec2& size, bool primary) {
  ImGui::BeginGroup();
  const bool pressed = primary ? PrimaryButton(label, size) : SecondaryButton(label, size);
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + size.x);
  MutedParagraph(caption);
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  return pressed;
}

// Drawn large; also read by FirstVisitText.
constexpr const char* kWelcomeTitle = TrLater("Find your cloud security gaps");
constexpr const char* kWelcomeTagline =
    TrLater("A free ISO/IEC 27017 self-assessment that runs entirely in your browser.");

}  // namespace

// The languages' names are in the picker, on a first visit's welcome screen.
FirstFrameText AppUi::FirstVisitText() {
  const Branding& b = GetBranding();
  FirstFrameText text;
  text.any_size = b.product_name + (b.cta ? b.cta->label : std::string());
  for (size_t i = 0; i < kUiLanguageCount; ++i) text.any_size += kUiLanguages[i].name;
  text.large = b.product_name + kWelcomeTitle + kWelcomeTagline;
  return text;
}

void AppUi::DrawWelcome() {
  const float width = BeginColumn(760);
  ImGui::Dummy(ImVec2(0, Px(8)));
  // The product's name (config.json product_name for white-label hosts) as a wordmark.
  const std::string& name = GetBranding().product_name;
  const float left = ImGui::GetCursorPosX();
  ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().accent);
  Heading(name.c_str());
  ImGui::PopStyleColor();
  // The languages at the top right, on the name's line (centred on it), or
  // under it where the column is too narrow for both.
  const float picker = LanguagePickerWidth();
  const ImVec2 heading = ImGui::GetItemRectSize();
  if (heading.x + Px(16) + picker <= width) {
    ImGui::SameLine(width - picker);  // From the column's left: it is a group.
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (heading.y - ImGui::GetTextLineHeight()) * 0.5f);
  } else {
    ImGui::SetCursorPosX(left + width - picker);
  }
  DrawLanguagePicker();
  Title(Tr(kWelcomeTitle));
  Paragraph(Tr(kWelcomeTagline), GetFonts().heading);
  ImGui::Dummy(ImVec2(0, Px(4)));
  Paragraph(Tr("Answer plain questions about how your organisation secures its cloud services. "
               "{product} scores you against the 44 controls of ISO/IEC 27017 (37 ISO/IEC 27002 "
               "controls with cloud guidance and 7 cloud-only controls), shows where the gaps are, "
               "and turns them into a prioritised roadmap.",
               {{"product", name}})
                .c_str());
  MutedParagraph(
      Tr("It is a self-assessment, not a certification or an audit, and it does not contain the "
         "text of the standard."));
  ImGui::Dummy(ImVec2(0, Px(8)));

  BeginCard("privacy");
  ImGui::PushFont(GetFonts().strong);
  PlainText(Tr("Your answers stay in this browser"));
  ImGui::PopFont();
  MutedParagraph(Tr("{product} has no server and no account. Nothing you type is sent anywhere; "
                    "it is kept only on this device until you export it.",
                    {{"product", name}})
                     .c_str());
  // Said up front when this browser keeps nothing (e.g. the single-file edition opened from disk).
  if (const char* notice = KeepWorkNotice()) Paragraph(notice, GetFonts().strong);
  EndCard();
  ImGui::Dummy(ImVec2(0, Px(8)));

  // Two equal choices side by side on wide screens, stacked on phones.
  const bool stacked = width < Px(520);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const ImVec2 button(stacked ? width : (width - spacing) * 0.5f, Px(52));
  // The host's default_mode (config.json) is the highlighted choice.
  const bool full_default = GetBranding().default_mode == StartMode::kFull;
  if (ModeChoice(Tr("Start quick scan"), Tr("About 10 minutes, one question per control."), button,
                 !full_default)) {
    StartAssessment(AssessmentMode::kQuick);
  }
  if (!stacked) ImGui::SameLine(0, spacing);
  if (ModeChoice(Tr("Start full assessment"), Tr("Every question, with notes and evidence."),
                 button, full_default)) {
    StartAssessment(AssessmentMode::kFull);
  }
  ImGui::Dummy(ImVec2(0, Px(8)));
  if (ImGui::Button(Tr("Open a file"))) {
    library_screen_.compare_from.clear();  // This file is to be opened, not compared.
    platform_.files.RequestOpen(".json,application/json");
  }
  ImGui::SameLine();
  if (ImGui::Button(Tr("Try a sample"))) {
    session_.Load(SampleAssessment(session_.catalog(), AssessmentMode::kFull,
                                   platform_.clock.NowUtcIso8601()));
    Navigate(Screen::kResults);
  }
  // The host's own way in to what prospects sent it (screen_inbox.cc).
  if (GetBranding().send_results) {
    ImGui::SameLine();
    if (ImGui::Button(Tr("Open sealed results"))) Navigate(Screen::kInbox);
  }
  if (session_.active()) {
    ImGui::Dummy(ImVec2(0, Px(8)));
    if (ImGui::Button(Tr("Continue the current assessment"))) Navigate(Screen::kQuestionnaire);
  }
  MutedParagraph(Tr(
      "Open an exported CloudGap file (.json) with \"Open a file\", or drop it onto this page."));
  // Under the ways in, so that a phone still shows them first; the profile has it too.
  DrawTextSizePicker();
  DrawLibrary();  // screen_library.cc
  EndColumn();
}

}  // namespace cloudgap::ui
