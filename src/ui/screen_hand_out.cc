// Question packs (core/document/question_pack.h) in the app. The coordinator
// chooses controls by clause, by owner or one by one and makes a pack for one
// person, as a file or a link. The respondent who opens a pack sees only its
// controls and, above them, a strip to type their name and download the
// answered pack to send back; screen_merge.cc brings it home.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>

#include "core/document/document_json.h"
#include "core/document/file_name.h"
#include "core/document/question_pack.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/tr.h"
#include "ui/unshown_text.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// "12 Operations security (9)", or "(3 of 9 chosen)" once some are.
std::string Counted(const std::string& what, const std::vector<std::string>& ids,
                    const std::set<std::string>& chosen) {
  size_t in = 0;
  for (const std::string& id : ids) in += chosen.count(id);
  if (in == 0) return what + " (" + std::to_string(ids.size()) + ")";
  return Tr("{what} ({chosen} of {total} chosen)",
            {{"what", what}, {"chosen", in}, {"total", ids.size()}});
}

// Adds every id, or removes them all when each is chosen already.
void Toggle(std::set<std::string>* chosen, const std::vector<std::string>& ids) {
  const bool all = std::all_of(ids.begin(), ids.end(),
                               [&](const std::string& id) { return chosen->count(id) > 0; });
  for (const std::string& id : ids) {
    if (all) {
      chosen->erase(id);
    } else {
      chosen->insert(id);
    }
  }
}

}  // namespace

void AppUi::DrawHandOut() {
  if (!session_.active() || session_.assessment().pack) return Navigate(Screen::kWelcome);
  const Catalog& catalog = session_.catalog();
  const Assessment& a = session_.assessment();
  std::vector<std::string> in_scope;
  for (size_t i : session_.scoped_controls()) in_scope.push_back(catalog.controls[i].id);

  BeginColumn(960);
  Title(Tr("Hand out questions"));
  Paragraph(
      Tr("Choose the controls one person should answer. They get a question pack: a file or a "
         "link with only those controls, this assessment's profile and the answers given so far. "
         "They answer it in any copy of CloudGap, even offline, type their name and send the file "
         "back. Bring it in with \"Merge files\" on this assessment in the list of kept "
         "assessments; where answers differ, you choose."));
  ImGui::SetNextItemWidth(std::min(Px(360), ImGui::GetContentRegionAvail().x));
  TextField("##handed-to", Tr("For whom (optional)"), &hand_out_.handed_to);
  NoteUnshownCharacters(hand_out_.handed_to);

  Heading(Tr("Choose by clause"));
  ButtonRow clauses;
  for (const Clause& clause : catalog.clauses) {
    std::vector<std::string> ids;
    for (const std::string& id : ControlsOfClause(catalog, clause.number)) {
      if (std::find(in_scope.begin(), in_scope.end(), id) != in_scope.end()) ids.push_back(id);
    }
    if (ids.empty()) continue;
    const std::string label =
        Counted(std::to_string(clause.number) + " " + clause.title, ids, hand_out_.chosen) +
        "##clause-" + std::to_string(clause.number);
    if (clauses.Button(label.c_str())) Toggle(&hand_out_.chosen, ids);
  }
  const std::vector<std::string> owners = OwnersNamed(a);
  if (!owners.empty()) {
    Heading(Tr("Choose by owner"));
    ButtonRow by_owner;
    for (const std::string& owner : owners) {
      const std::vector<std::string> ids = ControlsOwnedBy(catalog, a, owner);
      if (by_owner.Button((Counted(owner, ids, hand_out_.chosen) + "##owner-" + owner).c_str())) {
        Toggle(&hand_out_.chosen, ids);
      }
    }
  }

  ImGui::Dummy(ImVec2(0, Px(8)));
  Paragraph(Tr("{chosen} of {total} controls chosen.",
               {{"chosen", hand_out_.chosen.size()}, {"total", in_scope.size()}})
                .c_str(),
            GetFonts().strong);
  ImGui::BeginDisabled(hand_out_.chosen.empty());
  ButtonRow actions;
  if (actions.Button(Tr("Download the pack"), true)) MakePack(false);
  if (actions.Button(Tr("Copy the pack's link"))) MakePack(true);
  if (actions.Button(Tr("Clear the choice"))) hand_out_.chosen.clear();
  ImGui::EndDisabled();

  if (hand_out_.pack) {
    switch (share_.make_state()) {
      case ShareFlow::MakeState::kSealing: Paragraph(Tr("Making the link…")); break;
      case ShareFlow::MakeState::kReady: {
        if (!hand_out_.link_copied) {
          platform_.clipboard.SetText(share_.link());
          hand_out_.link_copied = true;
          Announce(Tr("The pack's link is copied to the clipboard"));
        }
        ColouredParagraph(Tr("Copied to the clipboard: the pack's link ({count} characters).",
                             {{"count", share_.link().size()}}),
                          CurrentPalette().good);
        std::string link = share_.link();
        ImGui::SetNextItemWidth(-1);
        TextField("##pack-link", Tr("Question pack link"), &link, ImGuiInputTextFlags_ReadOnly);
        break;
      }
      case ShareFlow::MakeState::kFailed:
        ColouredParagraph(share_.make_error(), CurrentPalette().bad);
        break;
      case ShareFlow::MakeState::kIdle: break;
    }
  }
  for (const std::string& made : hand_out_.made) MutedParagraph(made.c_str());

  Heading(Tr("Controls"));
  for (const std::string& id : in_scope) {
    const Control* control = catalog.FindControl(id);
    bool on = hand_out_.chosen.count(id) > 0;
    if (ImGui::Checkbox((control->label + "  " + control->title + "##pick-" + id).c_str(), &on)) {
      if (on) {
        hand_out_.chosen.insert(id);
      } else {
        hand_out_.chosen.erase(id);
      }
    }
  }
  EndColumn();
}

void AppUi::MakePack(bool as_link) {
  const std::vector<std::string> ids(hand_out_.chosen.begin(), hand_out_.chosen.end());
  PackResult made = MakeQuestionPack(session_.catalog(), session_.assessment(), ids,
                                     hand_out_.handed_to, platform_.clock.NowUtcIso8601());
  if (!made.pack) {
    return ShowMessage(Tr("The pack could not be made: {error}.", {{"error", made.error}}), true);
  }
  const QuestionPack& pack = *made.pack->pack;
  const size_t count = pack.controls.size();
  if (as_link) {
    hand_out_.link_copied = false;
    share_.ResetMake();
    share_.Make(*made.pack, /*include_notes_and_evidence=*/true, "");
    hand_out_.made.push_back(pack.handed_to.empty()
                                 ? Tr("A pack of {count} controls: link made.", {{"count", count}})
                                 : Tr("A pack of {count} controls for {name}: link made.",
                                      {{"count", count}, {"name", pack.handed_to}}));
    hand_out_.pack = std::move(made.pack);
    return;
  }
  const std::string name = DocumentFileName(*made.pack);
  platform_.files.Download(name, "application/json",
                           SerializeAssessmentDocument(*made.pack, JsonStyle::kPretty));
  hand_out_.made.push_back(
      pack.handed_to.empty()
          ? Tr("A pack of {count} controls: {file}.", {{"count", count}, {"file", name}})
          : Tr("A pack of {count} controls for {name}: {file}.",
               {{"count", count}, {"name", pack.handed_to}, {"file", name}}));
  ShowMessage(Tr("Saved {file}. Send it to the person who answers it.", {{"file", name}}), false);
}

void AppUi::DrawPackStrip() {
  const Assessment& a = session_.assessment();
  const QuestionPack& pack = *a.pack;
  BeginCard("pack");
  if (a.profile.organisation.empty()) {
    Paragraph(Tr("Question pack"), GetFonts().strong);
  } else {
    Paragraph(
        Tr("Question pack from {organisation}", {{"organisation", a.profile.organisation}}).c_str(),
        GetFonts().strong);
  }
  const size_t count = pack.controls.size();
  MutedParagraph(
      (pack.handed_to.empty()
           ? Tr("{count} controls to answer. Type your name, answer them, then download the pack "
                "and send the file back to whoever gave it to you.",
                {{"count", count}})
           : Tr("{count} controls to answer, for {name}. Type your name, answer them, then "
                "download the pack and send the file back to whoever gave it to you.",
                {{"count", count}, {"name", pack.handed_to}}))
          .c_str());
  std::string name = pack.respondent;
  ImGui::SetNextItemWidth(std::min(Px(320), ImGui::GetContentRegionAvail().x));
  if (TextField("##respondent", Tr("Your name"), &name)) {
    const EditResult result = session_.SetPackRespondent(name);
    if (!result.ok()) ShowMessage(result.error, true);
  }
  if (!Narrow()) ImGui::SameLine();
  if (ImGui::Button(Tr("Download the answered pack"))) ExportPack();
  NoteUnshownCharacters(name);
  EndCard();
  ImGui::Dummy(ImVec2(0, Px(4)));
}

void AppUi::ExportPack() {
  const Assessment& a = session_.assessment();
  const std::string name = DocumentFileName(a);
  platform_.files.Download(name, "application/json",
                           SerializeAssessmentDocument(a, JsonStyle::kPretty));
  ShowMessage(
      IsBlank(a.pack->respondent)
          ? Tr("Saved {file}. Type your name above and download it again, so that your "
               "answers are credited to you.",
               {{"file", name}})
          : Tr("Saved {file}. Send this file back to whoever gave you the pack.", {{"file", name}}),
      IsBlank(a.pack->respondent));
}

}  // namespace cloudgap::ui
