// Merging answers into a kept assessment (core/engine/merge.h): the question
// packs people sent back, or other copies of the assessment, brought in from
// files. Every difference is shown side by side, value under whose it is, and
// nothing changes until each is chosen and the user merges.
#include <imgui.h>

#include <algorithm>

#include "core/document/document_migration.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// For people: what a control field is, in the conflict's card.
const char* FieldLabel(MergeField field) {
  switch (field) {
    case MergeField::kAnswer: return Tr("Answer");
    case MergeField::kApplicability: return Tr("Whether the control applies");
    case MergeField::kNotes: return Tr("Notes");
    case MergeField::kOwner: return Tr("Owner");
    case MergeField::kDueDate: return Tr("Due date");
    case MergeField::kMaturity: return Tr("Maturity set by hand");
    case MergeField::kTarget: return Tr("Target maturity");
    case MergeField::kStatus: return Tr("Status");
    case MergeField::kReviewer: return Tr("Reviewer");
  }
  return "";
}

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
  if (!a.pack) return Tr("a whole assessment");
  const size_t n = a.pack->controls.size();
  if (IsBlank(a.pack->respondent)) {
    return Tr("a question pack of {count} controls, no name given", {{"count", n}});
  }
  return Tr("a question pack of {count} controls, answered by {name}",
            {{"count", n}, {"name", a.pack->respondent}});
}

// Whose a value is, short enough for a button on a phone: "this assessment",
// "Alice Martin's answers", or the file's name, cut at 40 characters.
std::string SourceLabel(const MergePlan& plan, size_t source) {
  if (source == 0) return Tr("this assessment");
  const MergeInput& input = plan.inputs[source];
  const std::optional<QuestionPack>& pack = input.document.pack;
  if (pack && !IsBlank(pack->respondent) && pack->respondent.size() <= 40) {
    return Tr("{name}'s answers", {{"name", pack->respondent}});
  }
  if (input.name.size() <= 40) return input.name;
  size_t cut = 39;
  while (cut > 0 && (static_cast<unsigned char>(input.name[cut]) & 0xC0) == 0x80) --cut;
  return input.name.substr(0, cut) + "…";
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
  const DocumentParseResult parsed =
      LoadAssessmentDocument(session_.catalog(), file.bytes, UiMessages());
  if (!parsed.assessment) {
    const std::string why = parsed.errors.empty()
                                ? std::string(Tr("it is not an assessment"))
                                : parsed.errors[0].ToString(UiMessages().json_words());
    return ShowMessage(
        Tr("Could not use {file}: {why}. Nothing was merged.", {{"file", file.name}, {"why", why}}),
        true);
  }
  merge_.incoming.push_back({file.name, *parsed.assessment});
  Replan();
  if (!merge_.base_id.empty()) {
    Announce(
        Tr("Added {file}, {what}. {count, plural, one {# difference} other {# differences}} "
           "to choose.",
           {{"file", file.name},
            {"what", Describe(*parsed.assessment)},
            {"count", merge_.plan.conflicts.size()}}));
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
    ShowMessage(Tr("The assessment to merge into could not be read. Nothing was merged."), true);
    return Navigate(Screen::kWelcome);
  }
  if (merge_.incoming.empty()) {
    merge_.plan = MergePlan{};
    return;
  }
  // The base's name goes into the core's messages (plan.error, plan.warnings), which
  // are in the visitor's language as the plan is made.
  merge_.plan = PlanMerge(session_.catalog(), {Tr("this assessment"), *base.assessment},
                          merge_.incoming, UiMessages());
}

void AppUi::FinishMerge() {
  const MergePlan& plan = merge_.plan;
  std::vector<std::optional<size_t>> choices;
  for (const MergeConflict& conflict : plan.conflicts) {
    auto it = merge_.chosen.find(conflict.key);
    choices.push_back(it == merge_.chosen.end() ? std::nullopt
                                                : OptionHeldBy(conflict, it->second));
  }
  MergeResult result = ApplyMerge(plan, choices, platform_.clock.NowUtcIso8601(), UiMessages());
  if (!result.merged) {
    return ShowMessage(Tr("Nothing was merged: {error}.", {{"error", result.error}}), true);
  }
  const std::string base_id = merge_.base_id;
  const bool open = session_.active() && !shared_view_ && current_id_ == base_id;
  if (!open && !OpenFromLibrary(base_id)) {
    return ShowMessage(Tr("The assessment to merge into could not be opened. Nothing was merged."),
                       true);
  }
  session_.ReplaceDocument(std::move(*result.merged));
  SaveNow();
  size_t taken = 0;
  for (size_t i = 1; i < plan.taken.size(); ++i) taken += plan.taken[i];
  const std::string summary =
      Tr("Merged {files, plural, one {# file} other {# files}}: {taken} answers and details "
         "taken, {chosen} differences chosen.",
         {{"files", merge_.incoming.size()}, {"taken", taken}, {"chosen", plan.conflicts.size()}});
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
  Title(Tr("Merge into \"{name}\"", {{"name", entry->DisplayName()}}).c_str());
  Paragraph(
      Tr("Add the question packs people sent back, or other exported copies of this assessment. "
         "Nothing changes until you merge. Where files differ, you see each value and whose it "
         "is, and choose."));
  ButtonRow actions;
  if (actions.Button(Tr("Add a file"), true)) {
    platform_.files.RequestOpen(".json,application/json");
  }
  if (actions.Button(Tr("Cancel##merge"))) {
    merge_.Reset();
    Navigate(Screen::kWelcome);
    EndColumn();
    return;
  }
  MutedParagraph(Tr("You can also drop files onto this page."));
  if (!plan.error.empty()) ColouredParagraph(plan.error, palette.bad);

  for (size_t i = 0; i < merge_.incoming.size(); ++i) {
    const MergeInput& input = merge_.incoming[i];
    const std::string line =
        i + 1 < plan.taken.size()
            ? Tr("{file}: {what}; brings {count} answers and details",
                 {{"file", input.name},
                  {"what", Describe(input.document)},
                  {"count", plan.taken[i + 1]}})
            : Tr("{file}: {what}", {{"file", input.name}, {"what", Describe(input.document)}});
    ImGui::Bullet();
    Paragraph(line.c_str());
    if (SecondaryButton(
            (std::string(Tr("Remove")) + "##merge-file-" + std::to_string(i)).c_str())) {
      merge_.incoming.erase(merge_.incoming.begin() + static_cast<std::ptrdiff_t>(i));
      Replan();
      return EndColumn();
    }
  }
  for (const std::string& warning : plan.warnings) {
    ColouredParagraph(Tr("Note: {warning}.", {{"warning", warning}}), palette.warn);
  }

  size_t chosen = 0;
  if (!plan.conflicts.empty()) {
    Heading(Tr("{count, plural, one {# difference} other {# differences}} to choose",
               {{"count", plan.conflicts.size()}})
                .c_str());
    // Whole files at once, for the common case of one side being right throughout.
    ButtonRow all;
    for (size_t source = 0; source < plan.inputs.size(); ++source) {
      const std::string label =
          Tr("Choose {source} everywhere", {{"source", SourceLabel(plan, source)}}) + "##all-" +
          std::to_string(source);
      if (all.Button(label.c_str())) {
        for (const MergeConflict& c : plan.conflicts) {
          if (OptionHeldBy(c, source)) merge_.chosen[c.key] = source;
        }
      }
    }
  } else if (!merge_.incoming.empty() && plan.error.empty()) {
    Paragraph(Tr("No differences: everything can be merged as it is."));
  }
  for (const MergeConflict& c : plan.conflicts) {
    const Control* control = catalog.FindControl(c.control_id);
    BeginCard(("conflict-" + c.key).c_str());
    Paragraph((c.control_id + "  " + (control ? control->title : "")).c_str(), GetFonts().strong);
    const Question* question = QuestionOf(control, c.question_id);
    MutedParagraph(question ? question->text.c_str() : FieldLabel(c.field));
    auto it = merge_.chosen.find(c.key);
    const std::optional<size_t> picked =
        it == merge_.chosen.end() ? std::nullopt : OptionHeldBy(c, it->second);
    chosen += picked.has_value();
    for (size_t i = 0; i < c.options.size(); ++i) {
      const MergeOption& option = c.options[i];
      const std::string label = SourceLabel(plan, option.source) + "##choose-" + c.key + "-" +
                                std::to_string(option.source);
      if (Radio(label.c_str(), picked == i)) merge_.chosen[c.key] = option.source;
      ImGui::Indent(Px(28));
      Paragraph(option.text.c_str());
      ImGui::Unindent(Px(28));
    }
    EndCard();
    ImGui::Dummy(ImVec2(0, Px(4)));
  }

  ImGui::Dummy(ImVec2(0, Px(8)));
  const bool ready =
      !merge_.incoming.empty() && plan.error.empty() && chosen == plan.conflicts.size();
  if (!plan.conflicts.empty()) {
    Paragraph(
        Tr("{chosen} of {total} chosen.", {{"chosen", chosen}, {"total", plan.conflicts.size()}})
            .c_str());
  }
  ImGui::BeginDisabled(!ready);
  if (PrimaryButton(Tr("Merge"), ImVec2(Px(200), Px(44)))) FinishMerge();
  ImGui::EndDisabled();
  EndColumn();
}

}  // namespace cloudgap::ui
