// Question packs (core/document/question_pack.h) in the app. The coordinator
// chooses controls by clause, by owner or one by one and makes a pack for one
// person, as a file or a link. The respondent who opens a pack sees only its
// controls and, above them, a strip to type their name and download the
// answered pack to send back; screen_merge.cc brings it home.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cstdio>

#include "core/document/document_json.h"
#include "core/document/file_name.h"
#include "core/document/question_pack.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/theme.h"
#include "ui/unshown_text.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// "12 Operations security (9)", or "(3 of 9 chosen)" once some are.
std::string Counted(const std::string& what, const std::vector<std::string>& ids,
                    const std::set<std::string>& chosen) {
  size_t in = 0;
  for (const std::string& id : ids) in += chosen.count(id);
  const std::string n = std::to_string(ids.size());
  return what + (in == 0 ? " (" + n + ")" : " (" + std::to_string(in) + " of " + n + " chosen)");
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
  Title("Hand out questions");
  Paragraph(
      "Choose the controls one person should answer. They get a question pack: a file or a "
      "link with only those controls, this assessment's profile and the answers given so far. "
      "They answer it in any copy of CloudGap, even offline, type their name and send the file "
      "back. Bring it in with \"Merge files\" on this assessment in the list of kept "
      "assessments; where answers differ, you choose.");
  ImGui::SetNextItemWidth(std::min(Px(360), ImGui::GetContentRegionAvail().x));
  ImGui::InputTextWithHint("##handed-to", "For whom (optional)", &hand_out_.handed_to);
  NoteUnshownCharacters(hand_out_.handed_to);

  Heading("Choose by clause");
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
    Heading("Choose by owner");
    ButtonRow by_owner;
    for (const std::string& owner : owners) {
      const std::vector<std::string> ids = ControlsOwnedBy(catalog, a, owner);
      if (by_owner.Button((Counted(owner, ids, hand_out_.chosen) + "##owner-" + owner).c_str())) {
        Toggle(&hand_out_.chosen, ids);
      }
    }
  }

  ImGui::Dummy(ImVec2(0, Px(8)));
  char count[96];
  std::snprintf(count, sizeof count, "%zu of %zu controls chosen.", hand_out_.chosen.size(),
                in_scope.size());
  Paragraph(count, GetFonts().strong);
  ImGui::BeginDisabled(hand_out_.chosen.empty());
  ButtonRow actions;
  if (actions.Button("Download the pack", true)) MakePack(false);
  if (actions.Button("Copy the pack's link")) MakePack(true);
  if (actions.Button("Clear the choice")) hand_out_.chosen.clear();
  ImGui::EndDisabled();

  if (hand_out_.pack) {
    switch (share_.make_state()) {
      case ShareFlow::MakeState::kSealing: Paragraph("Making the link…"); break;
      case ShareFlow::MakeState::kReady: {
        if (!hand_out_.link_copied) {
          platform_.clipboard.SetText(share_.link());
          hand_out_.link_copied = true;
          Announce("The pack's link is copied to the clipboard");
        }
        ColouredParagraph("Copied to the clipboard: the pack's link (" +
                              std::to_string(share_.link().size()) + " characters).",
                          CurrentPalette().good);
        std::string link = share_.link();
        ImGui::SetNextItemWidth(-1);
        ImGui::InputText("##pack-link", &link, ImGuiInputTextFlags_ReadOnly);
        break;
      }
      case ShareFlow::MakeState::kFailed:
        ColouredParagraph(share_.make_error(), CurrentPalette().bad);
        break;
      case ShareFlow::MakeState::kIdle: break;
    }
  }
  for (const std::string& made : hand_out_.made) MutedParagraph(made.c_str());

  Heading("Controls");
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
  if (!made.pack) return ShowMessage("The pack could not be made: " + made.error + ".", true);
  const QuestionPack& pack = *made.pack->pack;
  const std::string whom = pack.handed_to.empty() ? "" : " for " + pack.handed_to;
  const std::string what = "A pack of " + std::to_string(pack.controls.size()) + " controls" + whom;
  if (as_link) {
    hand_out_.link_copied = false;
    share_.ResetMake();
    share_.Make(*made.pack, /*include_notes_and_evidence=*/true, "");
    hand_out_.made.push_back(what + ": link made.");
    hand_out_.pack = std::move(made.pack);
    return;
  }
  const std::string name = DocumentFileName(*made.pack);
  platform_.files.Download(name, "application/json",
                           SerializeAssessmentDocument(*made.pack, JsonStyle::kPretty));
  hand_out_.made.push_back(what + ": " + name + ".");
  ShowMessage("Saved " + name + ". Send it to the person who answers it.", false);
}

void AppUi::DrawPackStrip() {
  const Assessment& a = session_.assessment();
  const QuestionPack& pack = *a.pack;
  BeginCard("pack");
  const std::string from = a.profile.organisation.empty() ? "" : " from " + a.profile.organisation;
  Paragraph(("Question pack" + from).c_str(), GetFonts().strong);
  const std::string whom = pack.handed_to.empty() ? "" : ", for " + pack.handed_to;
  MutedParagraph((std::to_string(pack.controls.size()) + " controls to answer" + whom +
                  ". Type your name, answer them, then download the pack and send the file "
                  "back to whoever gave it to you.")
                     .c_str());
  std::string name = pack.respondent;
  ImGui::SetNextItemWidth(std::min(Px(320), ImGui::GetContentRegionAvail().x));
  if (ImGui::InputTextWithHint("##respondent", "Your name", &name)) {
    const EditResult result = session_.SetPackRespondent(name);
    if (!result.ok()) ShowMessage(result.error, true);
  }
  if (!Narrow()) ImGui::SameLine();
  if (ImGui::Button("Download the answered pack")) ExportPack();
  NoteUnshownCharacters(name);
  EndCard();
  ImGui::Dummy(ImVec2(0, Px(4)));
}

void AppUi::ExportPack() {
  const Assessment& a = session_.assessment();
  const std::string name = DocumentFileName(a);
  platform_.files.Download(name, "application/json",
                           SerializeAssessmentDocument(a, JsonStyle::kPretty));
  ShowMessage(IsBlank(a.pack->respondent)
                  ? "Saved " + name +
                        ". Type your name above and download it again, so that your answers "
                        "are credited to you."
                  : "Saved " + name + ". Send this file back to whoever gave you the pack.",
              IsBlank(a.pack->respondent));
}

}  // namespace cloudgap::ui
