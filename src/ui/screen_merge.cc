// Merging answers into a kept assessment (core/engine/merge.h): the question
// packs people sent back, or other copies of the assessment, brought in from
// files. Every difference is shown side by side, value under whose it is, and
// nothing changes until each is chosen and the user merges.
#include <imgui.h>

#include <algorithm>
#include <cstdio>

#include "core/document/document_migration.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// For people: what a control field is, in the conflict's card.
inline constexpr EnumText<MergeField> kMergeFieldLabels[] = {
    {MergeField::kAnswer, "Answer"},
    {MergeField::kApplicability, "Whether the control applies"},
    {MergeField::kNotes, "Notes"},
    {MergeField::kOwner, "Owner"},
    {MergeField::kDueDate, "Due date"},
    {MergeField::kMaturity, "Maturity set by hand"},
    {MergeField::kTarget, "Target maturity"},
    {MergeField::kStatus, "Status"},
    {MergeField::kReviewer, "Reviewer"}};
static_assert(InEnumOrder(kMergeFieldLabels));

// The question `id` of `control` (full or quick scan); nullptr for none.
const Question* QuestionOf(const Control* control, const std::string& id) {
  if (control == nullptr || id.empty()) return nullptr;
  for (const std::vector<Question>* list : {&control->questions, &control->quick_questions}) {
    for (const Question& q : *list) {
      if (q.id == id) return &q;
    }
  }
  return nullptr;
}

// "question pack of 12 controls, answered by Alice" or "whole assessment".
std::string Describe(const Assessment& a) {
  if (!a.pack) return "a whole assessment";
  std::string text = "a question pack of " + std::to_string(a.pack->controls.size()) + " controls";
  text += IsBlank(a.pack->respondent) ? ", no name given" : ", answered by " + a.pack->respondent;
  return text;
}

// Whose a value is, short enough for a button on a phone: "this assessment",
// "Alice Martin's answers", or the file's name, cut at 40 characters.
std::string SourceLabel(const MergePlan& plan, size_t source) {
  if (source == 0) return "this assessment";
  const MergeInput& input = plan.inputs[source];
  const std::optional<QuestionPack>& pack = input.document.pack;
  if (pack && !IsBlank(pack->respondent) && pack->respondent.size() <= 40) {
    return pack->respondent + "'s answers";
  }
  if (input.name.size() <= 40) return input.name;
  size_t cut = 39;
  while (cut > 0 && (static_cast<unsigned char>(input.name[cut]) & 0xC0) == 0x80) --cut;
  return input.name.substr(0, cut) + "…";
}

// "1 difference", "3 differences".
std::string Differences(size_t n) {
  return std::to_string(n) + (n == 1 ? " difference" : " differences");
}

}  // namespace

void AppUi::StartMerge(const std::string& base_id) {
  FlushKeeping();  // The merge starts from the latest changes.
  merge_.Reset();
  merge_.base_id = base_id;
  Navigate(Screen::kMerge);
  platform_.files.RequestOpen(".json,application/json");
}

void AppUi::AddMergeFile(const Files::OpenedFile& file) {
  const DocumentParseResult parsed = LoadAssessmentDocument(session_.catalog(), file.bytes);
  if (!parsed.assessment) {
    const std::string why =
        parsed.errors.empty() ? "it is not an assessment" : parsed.errors[0].ToString();
    return ShowMessage("Could not use " + file.name + ": " + why + ". Nothing was merged.", true);
  }
  merge_.incoming.push_back({file.name, *parsed.assessment});
  Replan();
  if (!merge_.base_id.empty()) {
    Announce("Added " + file.name + ", " + Describe(*parsed.assessment) + ". " +
             Differences(merge_.plan.conflicts.size()) + " to choose.");
  }
}

// Plans again from the kept assessment as it is now and every file brought.
void AppUi::Replan() {
  const LibraryEntry* entry = library_.Find(merge_.base_id);
  const std::optional<std::string> raw = library_.ReadDocument(merge_.base_id);
  const DocumentParseResult base =
      LoadAssessmentDocument(session_.catalog(), raw.value_or(std::string()));
  if (!entry || !base.assessment) {
    merge_.Reset();
    ShowMessage("The assessment to merge into could not be read. Nothing was merged.", true);
    return Navigate(Screen::kWelcome);
  }
  if (merge_.incoming.empty()) {
    merge_.plan = MergePlan{};
    return;
  }
  merge_.plan =
      PlanMerge(session_.catalog(), {"this assessment", *base.assessment}, merge_.incoming);
}

void AppUi::FinishMerge() {
  const MergePlan& plan = merge_.plan;
  std::vector<std::optional<size_t>> choices;
  for (const MergeConflict& conflict : plan.conflicts) {
    auto it = merge_.chosen.find(conflict.key);
    choices.push_back(it == merge_.chosen.end() ? std::nullopt
                                                : OptionHeldBy(conflict, it->second));
  }
  MergeResult result = ApplyMerge(plan, choices, platform_.clock.NowUtcIso8601());
  if (!result.merged) return ShowMessage("Nothing was merged: " + result.error + ".", true);
  const std::string base_id = merge_.base_id;
  const bool open = session_.active() && !shared_view_ && current_id_ == base_id;
  if (!open && !OpenFromLibrary(base_id)) {
    return ShowMessage("The assessment to merge into could not be opened. Nothing was merged.",
                       true);
  }
  session_.ReplaceDocument(std::move(*result.merged));
  SaveNow();
  size_t taken = 0;
  for (size_t i = 1; i < plan.taken.size(); ++i) taken += plan.taken[i];
  char summary[160];
  std::snprintf(summary, sizeof summary,
                "Merged %zu file%s: %zu answers and details taken, %zu differences chosen.",
                merge_.incoming.size(), merge_.incoming.size() == 1 ? "" : "s", taken,
                plan.conflicts.size());
  merge_.Reset();
  Navigate(session_.assessment().profile.mode == AssessmentMode::kQuick ? Screen::kQuickResult
                                                                        : Screen::kResults);
  ShowMessage(summary, false);
}

void AppUi::DrawMerge() {
  const LibraryEntry* entry = library_.Find(merge_.base_id);
  if (!entry) return Navigate(Screen::kWelcome);
  const Catalog& catalog = session_.catalog();
  const Palette& palette = CurrentPalette();
  const MergePlan& plan = merge_.plan;
  BeginColumn(960);
  Title(("Merge into \"" + entry->DisplayName() + "\"").c_str());
  Paragraph(
      "Add the question packs people sent back, or other exported copies of this assessment. "
      "Nothing changes until you merge. Where files differ, you see each value and whose it "
      "is, and choose.");
  ButtonRow actions;
  if (actions.Button("Add a file", true)) platform_.files.RequestOpen(".json,application/json");
  if (actions.Button("Cancel##merge")) {
    merge_.Reset();
    Navigate(Screen::kWelcome);
    EndColumn();
    return;
  }
  MutedParagraph("You can also drop files onto this page.");
  if (!plan.error.empty()) ColouredParagraph(plan.error, palette.bad);

  for (size_t i = 0; i < merge_.incoming.size(); ++i) {
    const MergeInput& input = merge_.incoming[i];
    std::string line = input.name + ": " + Describe(input.document);
    if (i + 1 < plan.taken.size()) {
      line += "; brings " + std::to_string(plan.taken[i + 1]) + " answers and details";
    }
    ImGui::Bullet();
    ImGui::TextWrapped("%s", line.c_str());
    if (SecondaryButton(("Remove##merge-file-" + std::to_string(i)).c_str())) {
      merge_.incoming.erase(merge_.incoming.begin() + static_cast<std::ptrdiff_t>(i));
      Replan();
      return EndColumn();
    }
  }
  for (const std::string& warning : plan.warnings) {
    ColouredParagraph("Note: " + warning + ".", palette.warn);
  }

  size_t chosen = 0;
  if (!plan.conflicts.empty()) {
    Heading((Differences(plan.conflicts.size()) + " to choose").c_str());
    // Whole files at once, for the common case of one side being right throughout.
    ButtonRow all;
    for (size_t source = 0; source < plan.inputs.size(); ++source) {
      const std::string label =
          "Choose " + SourceLabel(plan, source) + " everywhere##all-" + std::to_string(source);
      if (all.Button(label.c_str())) {
        for (const MergeConflict& c : plan.conflicts) {
          if (OptionHeldBy(c, source)) merge_.chosen[c.key] = source;
        }
      }
    }
  } else if (!merge_.incoming.empty() && plan.error.empty()) {
    Paragraph("No differences: everything can be merged as it is.");
  }
  for (const MergeConflict& c : plan.conflicts) {
    const Control* control = catalog.FindControl(c.control_id);
    BeginCard(("conflict-" + c.key).c_str());
    Paragraph((c.control_id + "  " + (control ? control->title : "")).c_str(), GetFonts().strong);
    const Question* question = QuestionOf(control, c.question_id);
    MutedParagraph(question ? question->text.c_str() : TextOf(kMergeFieldLabels, c.field));
    auto it = merge_.chosen.find(c.key);
    const std::optional<size_t> picked =
        it == merge_.chosen.end() ? std::nullopt : OptionHeldBy(c, it->second);
    chosen += picked.has_value();
    for (size_t i = 0; i < c.options.size(); ++i) {
      const MergeOption& option = c.options[i];
      const std::string label = SourceLabel(plan, option.source) + "##choose-" + c.key + "-" +
                                std::to_string(option.source);
      if (ImGui::RadioButton(label.c_str(), picked == i)) merge_.chosen[c.key] = option.source;
      ImGui::Indent(Px(28));
      ImGui::TextWrapped("%s", option.text.c_str());
      ImGui::Unindent(Px(28));
    }
    EndCard();
    ImGui::Dummy(ImVec2(0, Px(4)));
  }

  ImGui::Dummy(ImVec2(0, Px(8)));
  const bool ready =
      !merge_.incoming.empty() && plan.error.empty() && chosen == plan.conflicts.size();
  if (!plan.conflicts.empty()) {
    char status[96];
    std::snprintf(status, sizeof status, "%zu of %zu chosen.", chosen, plan.conflicts.size());
    Paragraph(status);
  }
  ImGui::BeginDisabled(!ready);
  if (PrimaryButton("Merge", ImVec2(Px(200), Px(44)))) FinishMerge();
  ImGui::EndDisabled();
  EndColumn();
}

}  // namespace cloudgap::ui
