// One control of the questionnaire: what it is for, what it means for the
// user's role, who owns it under their service models, its questions, and
// (in a full assessment) notes, evidence, owner, due date and maturity.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "core/document/applicability.h"
#include "core/document/assessment.h"
#include "core/document/catalog_upgrade.h"
#include "core/engine/closeout.h"
#include "core/engine/wording.h"
#include "core/text/iso_date.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/tr.h"
#include "ui/unshown_text.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

constexpr Answer kChoices[] = {Answer::kYes, Answer::kPartly, Answer::kNo, Answer::kDontKnow,
                               Answer::kNotApplicable};

// The answer buttons' words, in the language shown.
const char* ChoiceLabel(Answer answer) {
  switch (answer) {
    case Answer::kYes: return Tr("answer|Yes");
    case Answer::kPartly: return Tr("answer|Partly");
    case Answer::kNo: return Tr("answer|No");
    case Answer::kDontKnow: return Tr("answer|Don't know");
    case Answer::kNotApplicable: return Tr("answer|N/A");
    case Answer::kUnanswered: break;
  }
  return "";
}

// Who usually owns a control under a service model (core's OwnerName is the
// document's word).
const char* OwnerText(Owner owner) {
  switch (owner) {
    case Owner::kCustomer: return Tr("owner|customer");
    case Owner::kProvider: return Tr("owner|provider");
    case Owner::kShared: return Tr("owner|shared");
  }
  return "";
}

// WorkStatusLabel (core/engine/closeout.h) in the language shown.
const char* WorkStatusText(WorkStatus status) {
  return WorkStatusLabel(status, UiMessages());
}

void SectionHeading(const char* text) {
  ImGui::Dummy(ImVec2(0, Px(6)));
  ImGui::PushFont(GetFonts().strong);
  Paragraph(text);
  ImGui::PopFont();
}

void ErrorText(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().bad);
  Paragraph(text.c_str());
  ImGui::PopStyleColor();
}

// A row of toggle buttons that wraps on narrow screens; the chosen one is filled.
bool ChoiceButton(const char* label, bool selected, float width) {
  const Palette& p = CurrentPalette();
  if (selected) {
    ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, p.accent_hover);
    ImGui::PushStyleColor(ImGuiCol_Text, p.accent_text);
  }
  const bool pressed = ImGui::Button(label, ImVec2(width, 0));
  DescribeLastItem(SemanticRole::kRadio, selected);
  if (selected) ImGui::PopStyleColor(3);
  return pressed;
}

// "Maturity: (From answers) (0) (1) ... (5)": a level set by hand, or none to
// take it from elsewhere (`unset`). Calls `choose` with what was clicked.
template <typename Choose>
void LevelChoice(const char* title, const char* unset, const char* id, std::optional<int> current,
                 Choose choose) {
  PlainText(title);
  ImGui::SameLine();
  const std::string unset_label = std::string(unset) + "##" + id;
  if (Radio(unset_label.c_str(), !current)) choose(std::nullopt);
  for (int level = 0; level <= 5; ++level) {
    ImGui::SameLine();
    const std::string label = std::to_string(level) + "##" + id;
    if (Radio(label.c_str(), current == level)) choose(level);
  }
}

}  // namespace

// Shown over the questions and results after opening an assessment made with
// an earlier catalog version, until dismissed.
void AppUi::DrawCatalogChanges() {
  if (!catalog_upgrade_) return;
  BeginCard("catalog-changes");
  SectionHeading(Tr("The questions have changed since this assessment was made"));
  // The change itself is the core's words (DescribeUpgrade in core/document),
  // worded each frame in the language and with the catalog shown: cheap, and
  // only while the card is up.
  const std::vector<std::string> changes =
      DescribeUpgrade(session_.catalog(), *catalog_upgrade_, UiMessages());
  Paragraph(Tr("It was {change}.", {{"change", changes.front()}}).c_str());
  const std::string list = Tr("Answers no longer asked ({count})###catalog-change-list",
                              {{"count", changes.size() - 1}});
  if (changes.size() > 1 && ImGui::TreeNode(list.c_str())) {
    for (size_t i = 1; i < changes.size(); ++i) {
      ImGui::Bullet();
      Paragraph(changes[i].c_str());
    }
    ImGui::TreePop();
  }
  if (ImGui::Button(Tr("Got it"))) catalog_upgrade_.reset();
  EndCard();
}

void AppUi::DrawControl(const Control& control, size_t position) {
  const Catalog& catalog = session_.catalog();
  const Assessment& a = session_.assessment();
  const auto& scoped = session_.scoped_controls();
  const Clause* clause = catalog.FindClause(control.clause);
  ImGui::PushTextWrapPos(0.0f);
  DrawCatalogChanges();

  MutedParagraph(Tr("Control {position} of {total}  ·  Clause {clause} {title}",
                    {{"position", position + 1},
                     {"total", scoped.size()},
                     {"clause", std::to_string(control.clause)},
                     {"title", clause ? clause->title.c_str() : ""}})
                     .c_str());
  Heading((control.label + "  " + control.title).c_str());
  std::string tags = control.kind == ControlKind::kCloud
                         ? Tr("Cloud-only control (CLD)")
                         : Tr("ISO/IEC 27002 control with cloud guidance");
  if (!control.iso27002_2022.empty()) {
    tags += "  ·  ISO/IEC 27002:2022 " + Iso27002List(control, UiMessages());
  }
  MutedParagraph(tags.c_str());
  Paragraph(control.objective.c_str());

  const bool customer = ProfileHasRole(a.profile, Role::kCustomer);
  const bool provider = ProfileHasRole(a.profile, Role::kProvider);
  if (!HasGuidanceForProfile(a.profile, control)) {
    MutedParagraph(
        Tr("ISO/IEC 27017 gives no cloud-specific guidance for your role here: the control "
           "still applies, and the questions below check the ISO/IEC 27002 baseline."));
  }
  if ((customer && !control.customer_guidance.empty()) ||
      (provider && !control.provider_guidance.empty())) {
    BeginCard("guidance");
    if (customer && !control.customer_guidance.empty()) {
      SectionHeading(Tr("For you as a cloud customer"));
      Paragraph(control.customer_guidance.c_str());
    }
    if (provider && !control.provider_guidance.empty()) {
      SectionHeading(Tr("For you as a cloud provider"));
      Paragraph(control.provider_guidance.c_str());
    }
    std::string split;
    for (ServiceModel s : {ServiceModel::kIaas, ServiceModel::kPaas, ServiceModel::kSaas}) {
      if (!ProfileHasService(a.profile, s)) continue;
      if (!split.empty()) split += ";  ";
      split += Tr("owner-by-model|{model} {owner}",
                  {{"model", ServiceModelLabel(s)},
                   {"owner", OwnerText(control.responsibility[static_cast<size_t>(s)])}});
    }
    MutedParagraph(Tr("Who usually owns it: {owners}", {{"owners", split}}).c_str());
    EndCard();
  }

  // The control as a whole may not apply; its answers are kept either way.
  const ControlRecord* record = a.RecordFor(control.id);
  bool control_na = record && record->not_applicable;
  SectionHeading(Tr("Questions"));
  bool na_toggle = control_na || questionnaire_.control_na_pending;
  if (ImGui::Checkbox(Tr("This whole control does not apply to us"), &na_toggle)) {
    if (na_toggle) {
      questionnaire_.control_na_pending = true;
      questionnaire_.control_na_draft = record ? record->justification : "";
    } else {
      questionnaire_.control_na_pending = false;
      session_.SetControlNotApplicable(control.id, false, "");
    }
  }
  if (na_toggle) {
    std::string& draft = questionnaire_.control_na_pending ? questionnaire_.control_na_draft
                                                           : questionnaire_.control_na_draft;
    if (!questionnaire_.control_na_pending && record) draft = record->justification;
    ImGui::SetNextItemWidth(-1);
    if (TextField("##control-na", Tr("Why does it not apply? (required)"), &draft)) {
      if (!IsBlank(draft)) {
        session_.SetControlNotApplicable(control.id, true, draft);
        questionnaire_.control_na_pending = false;
      }
    }
    NoteUnshownCharacters(draft);
    if (IsBlank(draft))
      ErrorText(Tr("Say why this control does not apply; it is recorded once you do."));
  }

  int number = 0;
  std::vector<const Question*> asked;
  ForEachAskedQuestion(a.profile, control, [&](const Question& q) { asked.push_back(&q); });
  for (const Question* q : asked) DrawQuestion(control, *q, number++);

  if (a.profile.mode == AssessmentMode::kFull) DrawControlRecord(control);
  // Up to 18 ids: reference, folded below the work so they never push a question down.
  if (!control.nist_800_53r5.empty() && ImGui::TreeNode("NIST SP 800-53 Rev. 5##nist")) {
    MutedParagraph(
        Tr("Via ISO/IEC 27001:2022: {controls}", {{"controls", NistList(control)}}).c_str());
    ImGui::TreePop();
  }

  ImGui::Dummy(ImVec2(0, Px(12)));
  const float button_w = Narrow() ? (ImGui::GetContentRegionAvail().x - Px(12)) * 0.5f : Px(200);
  ImGui::BeginDisabled(position == 0);
  if (SecondaryButton(Tr("Previous control"), ImVec2(button_w, Px(44)))) GoToControl(position - 1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  if (position + 1 < scoped.size()) {
    if (PrimaryButton(Tr("Next control"), ImVec2(button_w, Px(44)))) GoToControl(position + 1);
  } else if (a.pack) {
    // A pack is scored where it is merged, not here: its end is sending it back.
    if (PrimaryButton(Tr("Download the answered pack##end"), ImVec2(button_w, Px(44))))
      ExportPack();
  } else if (PrimaryButton(Tr("See the results"), ImVec2(button_w, Px(44)))) {
    Navigate(a.profile.mode == AssessmentMode::kQuick ? Screen::kQuickResult : Screen::kResults);
  }
  ImGui::Dummy(ImVec2(0, Px(4)));
  MutedParagraph(
      Tr("Keys: Y yes, P partly, N no, D don't know; J and K next and previous question; "
         "Page Down and Page Up next and previous control; the arrow keys move between buttons "
         "and Space presses the one with the focus frame."));
  // Wrapped, so that it fits a phone in every language; "###" keeps its id.
  const std::string letter_keys =
      WrapLabel(Tr("Letter keys answer and move (Y, P, N, D, J, K)"),
                AvailableWidth() - ImGui::GetFrameHeight() - ImGui::GetStyle().ItemInnerSpacing.x) +
      "###letter-keys";
  if (ImGui::Checkbox(letter_keys.c_str(), &letter_keys_)) {
    platform_.storage.Write(kLetterKeysKey, letter_keys_ ? "on" : "off");
  }
  ImGui::PopTextWrapPos();
}

void AppUi::DrawQuestion(const Control& /*control*/, const Question& q, int number) {
  const Assessment& a = session_.assessment();
  const QuestionAnswer* current = nullptr;
  if (auto it = a.answers.find(q.id); it != a.answers.end()) current = &it->second;
  const Answer answer = current ? current->answer : Answer::kUnanswered;
  const bool pending_na = questionnaire_.na_pending[q.id];

  ImGui::PushID(q.id.c_str());
  const ImVec2 top = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(0, Px(4)));
  ImGui::Indent(Px(12));
  const std::string question = QuestionText(a.profile, q);
  Paragraph(question.c_str());

  // Buttons fill the width in one row, or wrap three-and-two on phones.
  const float avail = ImGui::GetContentRegionAvail().x - Px(12);
  const bool wrap = avail < Px(520);
  const float spacing = ImGui::GetStyle().ItemSpacing.x;
  const float width =
      wrap ? (avail - 2 * spacing) / 3 : std::min(Px(120), (avail - 4 * spacing) / 5);
  BeginSemanticGroup(question);
  for (size_t i = 0; i < std::size(kChoices); ++i) {
    if (i > 0 && !(wrap && i == 3)) ImGui::SameLine();
    const Answer choice = kChoices[i];
    const bool selected = answer == choice || (choice == Answer::kNotApplicable && pending_na);
    const std::string label = std::string(ChoiceLabel(choice)) + "##" + q.id;
    if (ChoiceButton(label.c_str(), selected, width)) {
      questionnaire_.focus_question = number;
      if (choice == Answer::kNotApplicable) {
        std::string& draft = questionnaire_.na_drafts[q.id];
        if (!IsBlank(draft)) {
          session_.Answer(q.id, Answer::kNotApplicable, draft);
        } else {
          questionnaire_.na_pending[q.id] = true;
        }
      } else {
        questionnaire_.na_pending[q.id] = false;
        // Choosing the current answer again clears it, as a toggle would.
        session_.Answer(q.id, selected ? Answer::kUnanswered : choice);
      }
    }
  }
  EndSemanticGroup();
  if (answer == Answer::kNotApplicable || pending_na) {
    std::string& draft = questionnaire_.na_drafts[q.id];
    if (answer == Answer::kNotApplicable && draft.empty()) draft = current->justification;
    ImGui::SetNextItemWidth(-1);
    if (TextField("##justification", Tr("Why does it not apply? (required)"), &draft) &&
        !IsBlank(draft)) {
      session_.Answer(q.id, Answer::kNotApplicable, draft);
      questionnaire_.na_pending[q.id] = false;
    }
    NoteUnshownCharacters(draft);
    if (IsBlank(draft)) {
      ErrorText(answer == Answer::kNotApplicable
                    ? Tr("A justification is required; the last one given is kept.")
                    : Tr("Say why it does not apply; the answer is recorded once you do."));
    }
  }
  ImGui::Unindent(Px(12));
  ImGui::Dummy(ImVec2(0, Px(4)));
  // The question that answer keys apply to is marked with an accent bar.
  const ImVec2 bottom = ImGui::GetCursorScreenPos();
  const Palette& p = CurrentPalette();
  ImGui::GetWindowDrawList()->AddRectFilled(
      top, ImVec2(top.x + Px(3), bottom.y - Px(4)),
      ImGui::GetColorU32(number == questionnaire_.focus_question ? p.accent : p.border), Px(2));
  ImGui::PopID();
}

bool AppUi::EvidenceDates(const std::string& control_id, size_t row, EvidenceRef* evidence) {
  const float w = Narrow() ? -1.0f : (ImGui::GetContentRegionAvail().x - Px(120)) * 0.5f;
  bool changed = false;
  bool invalid = false;
  const struct {
    const char* id;
    const char* hint;
    std::string* value;
  } kFields[] = {{"date", Tr("Dated, YYYY-MM-DD"), &evidence->date},
                 {"review_by", Tr("Review by, YYYY-MM-DD"), &evidence->review_by}};
  for (const auto& field : kFields) {
    if (field.value == &evidence->review_by && !Narrow()) ImGui::SameLine();
    const std::string key = control_id + "/" + std::to_string(row) + "/" + field.id;
    auto [it, fresh] = questionnaire_.evidence_date_drafts.try_emplace(key, *field.value);
    std::string& draft = it->second;
    ImGui::SetNextItemWidth(w);
    if (TextField((std::string("##") + field.id).c_str(), field.hint, &draft) &&
        (draft.empty() || IsCalendarDate(draft))) {
      *field.value = draft;  // Only a date, or nothing, is saved.
      changed = true;
    }
    invalid |= draft != *field.value && !ImGui::IsItemActive();
  }
  if (invalid) ErrorText(Tr("Enter the dates as YYYY-MM-DD."));
  return changed;
}

// "From the answers" unless a person set one, as radio buttons that wrap on a
// phone; the reviewer below.
void AppUi::DrawWorkStatus(const Control& control, const ControlRecord& r) {
  const ControlResult& result =
      session_.evaluation()
          .controls[static_cast<size_t>(&control - session_.catalog().controls.data())];
  if (!r.status) {
    MutedParagraph(
        Tr("From the answers: {status}.", {{"status", WorkStatusText(WorkStatusOf(&r, result))}})
            .c_str());
  }
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const auto radio = [&](const std::string& label, bool active, bool first) {
    const float width = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x +
                        ImGui::CalcTextSize(label.c_str(), nullptr, true).x;
    if (!first) {
      ImGui::SameLine();
      if (ImGui::GetCursorScreenPos().x + width > right) ImGui::NewLine();
    }
    return Radio(label.c_str(), active);
  };
  if (radio(Tr("From the answers##status"), !r.status, true)) {
    session_.SetWorkStatus(control.id, std::nullopt);
  }
  for (const auto& [status, name] : kWorkStatusNames) {
    const std::string label = std::string(WorkStatusText(status)) + "##status-" + name;
    if (radio(label, r.status == status, false)) session_.SetWorkStatus(control.id, status);
  }
  std::string reviewer = r.reviewer;
  ImGui::SetNextItemWidth(Narrow() ? -1.0f : ImGui::GetContentRegionAvail().x * 0.5f);
  if (TextField("##reviewer", Tr("Reviewer (person or team)"), &reviewer)) {
    session_.SetReviewer(control.id, reviewer);
  }
  NoteUnshownCharacters(reviewer);
  // Recorded by merging question packs (core/engine/merge.h), never typed.
  if (!r.answered_by.empty()) {
    std::string names;
    for (const std::string& name : r.answered_by) names += (names.empty() ? "" : ", ") + name;
    MutedParagraph(
        Tr("Answered by {names} (from their question packs).", {{"names", names}}).c_str());
  }
}

void AppUi::DrawControlRecord(const Control& control) {
  const ControlRecord* record = session_.assessment().RecordFor(control.id);
  const ControlRecord empty;
  const ControlRecord& r = record ? *record : empty;
  ImGui::PushID("record");

  SectionHeading(Tr("Notes"));
  std::string notes = r.notes;
  if (TextArea("##notes", Tr("Notes"), &notes, ImVec2(-1, Px(84)))) {
    session_.SetNotes(control.id, notes);
  }
  NoteUnshownCharacters(notes);

  SectionHeading(Tr("Owner and due date"));
  std::string owner = r.owner;
  const float half = Narrow() ? -1.0f : (ImGui::GetContentRegionAvail().x - Px(12)) * 0.5f;
  ImGui::SetNextItemWidth(half);
  if (TextField("##owner", Tr("Owner (person or team)"), &owner)) {
    session_.SetOwner(control.id, owner);
  }
  if (!Narrow()) ImGui::SameLine();
  // A draft, because partial dates are normal while typing; valid ones are saved.
  auto [due_it, fresh] = questionnaire_.due_drafts.try_emplace(control.id, r.due_date);
  std::string& due = due_it->second;
  ImGui::SetNextItemWidth(half);
  if (TextField("##due", Tr("Due date, YYYY-MM-DD"), &due)) {
    session_.SetDueDate(control.id, due);
  }
  if (due != r.due_date && !ImGui::IsItemActive()) {
    ErrorText(Tr("Enter the due date as YYYY-MM-DD."));
  }
  NoteUnshownCharacters(owner);

  SectionHeading(Tr("Evidence"));
  MutedParagraph(Tr("What an auditor would typically ask to see:"));
  for (const std::string& example : EvidenceFor(control, session_.assessment().profile.role)) {
    ImGui::Bullet();
    Paragraph(example.c_str());
  }
  std::vector<EvidenceRef> evidence = r.evidence;
  bool changed = false;
  const std::string as_of = session_.assessment().updated_at.substr(0, 10);
  for (size_t i = 0; i < evidence.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const float w = Narrow() ? -1.0f : (ImGui::GetContentRegionAvail().x - Px(120)) * 0.5f;
    ImGui::SetNextItemWidth(w);
    changed |= TextField("##text", Tr("What it is"), &evidence[i].text);
    if (!Narrow()) ImGui::SameLine();
    ImGui::SetNextItemWidth(w);
    changed |= TextField("##link", Tr("Where it is (link)"), &evidence[i].link);
    ImGui::SameLine();
    if (ImGui::Button(Tr("Remove"))) {
      evidence.erase(evidence.begin() + static_cast<long>(i));
      changed = true;
      // The drafts are by row, and the rows below move up.
      auto& drafts = questionnaire_.evidence_date_drafts;
      const std::string prefix = control.id + "/";
      for (auto it = drafts.lower_bound(prefix);
           it != drafts.end() && it->first.rfind(prefix, 0) == 0;) {
        it = drafts.erase(it);
      }
      ImGui::PopID();
      break;
    }
    NoteUnshownCharacters(evidence[i].text);
    changed |= EvidenceDates(control.id, i, &evidence[i]);
    if (EvidenceExpired(evidence[i], as_of)) {
      ErrorText(
          Tr("Past its review-by date: review it, or replace it. Readiness is at most Close "
             "until then."));
    }
    ImGui::PopID();
  }
  if (changed) {
    // Rows still being typed (both fields blank) are not saved yet.
    std::vector<EvidenceRef> complete;
    for (const EvidenceRef& e : evidence) {
      if (!IsBlank(e.text) || !IsBlank(e.link)) complete.push_back(e);
    }
    session_.SetEvidence(control.id, complete);
  }
  if (ImGui::Button(Tr("Add evidence"))) {
    evidence.push_back({Tr("New evidence"), ""});
    session_.SetEvidence(control.id, evidence);
  }

  SectionHeading(Tr("Status and reviewer"));
  DrawWorkStatus(control, r);

  if (ImGui::CollapsingHeader(Tr("Maturity scale, your level and target"))) {
    const ControlResult& result =
        session_.evaluation()
            .controls[static_cast<size_t>(&control - session_.catalog().controls.data())];
    for (int level = 0; level <= 5; ++level) {
      const bool here = result.maturity && *result.maturity == level;
      const std::string line =
          Tr("{mark} Level {level}", {{"mark", here ? "●" : "○"}, {"level", level}});
      ImGui::PushFont(here ? GetFonts().strong : GetFonts().body);
      PlainText(line.c_str());
      ImGui::PopFont();
      ImGui::SameLine();
      Paragraph(control.maturity[static_cast<size_t>(level)].c_str());
    }
    LevelChoice(Tr("Maturity:"), Tr("From answers"), "maturity", r.maturity,
                [&](std::optional<int> level) { session_.SetMaturity(control.id, level); });
    LevelChoice(Tr("Target:"), Tr("Profile's"), "target", r.target,
                [&](std::optional<int> level) { session_.SetTarget(control.id, level); });
  }
  ImGui::PopID();
}

}  // namespace cloudgap::ui
