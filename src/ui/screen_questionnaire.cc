// Questionnaire: a navigator by clause (with progress) beside the current
// control. On phones the navigator is a list that replaces the control view.
// Answer keys work whenever no text field has focus (see HandleQuestionnaireKeys).
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <utility>

#include "core/document/applicability.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/item_registry.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

// Letters arrive as their GLFW key codes, which equal upper-case ASCII.
constexpr int kKeyYes = 'Y', kKeyPartly = 'P', kKeyNo = 'N', kKeyDontKnow = 'D';
constexpr int kKeyNextQuestion = 'J', kKeyPreviousQuestion = 'K';

// Done, started or untouched, as a coloured dot before each control.
ImVec4 ProgressColor(const ControlResult& r) {
  const Palette& p = CurrentPalette();
  if (r.status == ControlStatus::kNotApplicable) return p.text_muted;
  if (r.answers.asked > 0 && r.answers.unanswered == 0) return p.good;
  if (r.answers.answered() > 0) return p.warn;
  return p.border;
}

// A mark per state, told apart by its shape as well as its colour: a tick when
// answered, a dot when begun, a ring when not, a dash when it does not apply.
void DrawProgressMark(const ControlResult& r, const ImVec2& centre) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 colour = ImGui::GetColorU32(ProgressColor(r));
  const float radius = Px(4);
  if (r.status == ControlStatus::kNotApplicable) {
    draw->AddLine(ImVec2(centre.x - radius, centre.y), ImVec2(centre.x + radius, centre.y), colour,
                  Px(1.5f));
  } else if (r.answers.asked > 0 && r.answers.unanswered == 0) {
    const char* tick = "\xE2\x9C\x93";  // U+2713, in the app's own glyphs (fonts.cc).
    const ImVec2 size = ImGui::CalcTextSize(tick);
    // Raised a little: the tick's ink sits low in its line.
    draw->AddText(ImVec2(centre.x - size.x * 0.5f, centre.y - size.y * 0.5f - Px(2)), colour, tick);
  } else if (r.answers.answered() > 0) {
    draw->AddCircleFilled(centre, radius, colour);
  } else {
    draw->AddCircle(centre, radius, colour, 0, Px(1.5f));
  }
}

// The mark in words, for a screen reader (ProgressColor's cases).
const char* ProgressWords(const ControlResult& r) {
  if (r.status == ControlStatus::kNotApplicable) return Tr("Not applicable");
  if (r.answers.asked > 0 && r.answers.unanswered == 0) return Tr("Answered");
  if (r.answers.answered() > 0) return Tr("In progress");
  return Tr("Not started");
}

// What a screen reader says after an answer key.
const char* AnsweredAnnouncement(Answer answer) {
  switch (answer) {
    case Answer::kYes: return Tr("Answered yes");
    case Answer::kPartly: return Tr("Answered partly");
    case Answer::kNo: return Tr("Answered no");
    case Answer::kDontKnow: return Tr("Answered dont_know");
    case Answer::kNotApplicable:
    case Answer::kUnanswered: break;  // No key gives these.
  }
  return "";
}

}  // namespace

void AppUi::GoToControl(size_t position) {
  const auto& scoped = session_.scoped_controls();
  if (scoped.empty()) return;
  questionnaire_.control = std::min(position, scoped.size() - 1);
  questionnaire_.focus_question = 0;
  questionnaire_.control_na_pending = false;
  questionnaire_.control_na_draft.clear();
  questionnaire_.navigator_open = false;
  scroll_to_top_ = true;
  const Control& c = session_.catalog().controls[scoped[questionnaire_.control]];
  Announce(Tr("{control}, control {position} of {total}", {{"control", c.label + " " + c.title},
                                                           {"position", questionnaire_.control + 1},
                                                           {"total", scoped.size()}}));
}

void AppUi::DrawQuestionnaire() {
  if (!session_.active()) return Navigate(Screen::kWelcome);
  const auto& scoped = session_.scoped_controls();
  if (scoped.empty()) {
    Paragraph(Tr("No control applies to this profile. Choose at least one service model."));
    if (ImGui::Button(Tr("Edit the profile"))) Navigate(Screen::kProfile);
    return;
  }
  questionnaire_.control = std::min(questionnaire_.control, scoped.size() - 1);
  const Control& control = session_.catalog().controls[scoped[questionnaire_.control]];
  if (session_.assessment().pack) DrawPackStrip();
  const float height = ImGui::GetContentRegionAvail().y;

  if (Narrow()) {
    const std::string label =
        questionnaire_.navigator_open
            ? Tr("Back to the question ({position} of {total})###navigator",
                 {{"position", questionnaire_.control + 1}, {"total", scoped.size()}})
            : Tr("All controls ({position} of {total})###navigator",
                 {{"position", questionnaire_.control + 1}, {"total", scoped.size()}});
    if (ImGui::Button(label.c_str(), ImVec2(-1, 0)))
      questionnaire_.navigator_open = !questionnaire_.navigator_open;
    if (questionnaire_.navigator_open) {
      DrawControlNavigator(ImGui::GetContentRegionAvail().y);
      return;
    }
    ImGui::BeginChild("control", ImVec2(0, 0), false, ImGuiWindowFlags_NavFlattened);
  } else {
    const float nav_width = std::min(Px(320), ImGui::GetContentRegionAvail().x * 0.32f);
    ImGui::BeginChild("navigator-pane", ImVec2(nav_width, height), false,
                      ImGuiWindowFlags_NavFlattened);
    DrawControlNavigator(height);
    ImGui::EndChild();
    ImGui::SameLine(0, Px(24));
    ImGui::BeginChild("control", ImVec2(0, height), false, ImGuiWindowFlags_NavFlattened);
  }
  if (scroll_to_top_) ImGui::SetScrollY(0);
  HandleQuestionnaireKeys(control);
  DrawControl(control, questionnaire_.control);
  TrackScroll();  // For reopening at the same place (app_keep.cc).
  ImGui::EndChild();
}

void AppUi::DrawControlNavigator(float height) {
  const Catalog& catalog = session_.catalog();
  const Evaluation& eval = session_.evaluation();
  const auto& scoped = session_.scoped_controls();
  ImGui::BeginChild("navigator", ImVec2(0, height), false, ImGuiWindowFlags_NavFlattened);
  auto& progress = questionnaire_.clause_progress;
  if (questionnaire_.navigator_revision != session_.evaluation_revision()) {
    // Done and total per clause, for the clause headers, in one pass.
    progress.clear();
    std::uint64_t scope_key = 0;
    for (size_t i : scoped) {
      auto& [done, total] = progress[catalog.controls[i].clause];
      ++total;
      const ControlResult& r = eval.controls[i];
      if (r.status == ControlStatus::kNotApplicable ||
          (r.answers.asked > 0 && r.answers.unanswered == 0)) {
        ++done;
      }
      scope_key = LayoutKey(scope_key, static_cast<std::uint64_t>(i));
    }
    questionnaire_.scope_key = scope_key;
    questionnaire_.navigator_revision = session_.evaluation_revision();
  }
  // One row per control, with its clause's header above the first of each run;
  // only the rows on screen are drawn. Heights depend on the controls in scope,
  // the pane's width (headers wrap) and the font size.
  const std::uint64_t key = LayoutKey(
      LayoutKey(questionnaire_.scope_key, ImGui::GetContentRegionAvail().x), ImGui::GetFontSize());
  questionnaire_.navigator_rows.Begin(scoped.size(), key, ImGui::GetTextLineHeightWithSpacing());
  // A screen reader hears each clause's rows as a group named by the clause
  // and its progress, the header a sighted person sees above them.
  bool in_group = false;
  for (size_t pos; questionnaire_.navigator_rows.Next(&pos);) {
    const Control& c = catalog.controls[scoped[pos]];
    const bool clause_starts = pos == 0 || catalog.controls[scoped[pos - 1]].clause != c.clause;
    if (clause_starts || !in_group) {
      const Clause* clause = catalog.FindClause(c.clause);
      const std::string title = clause ? clause->title : "";
      const auto [done, total] = progress[c.clause];
      const std::string count = Tr("{done} of {total} done", {{"done", done}, {"total", total}});
      if (in_group) EndSemanticGroup();
      BeginSemanticGroup(std::to_string(c.clause) + " " + title + ", " + count);
      in_group = true;
      if (clause_starts) {
        ImGui::Dummy(ImVec2(0, Px(4)));
        ImGui::PushFont(GetFonts().strong);
        ImGui::TextWrapped("%d %s", c.clause, title.c_str());
        ImGui::PopFont();
        ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
        ImGui::TextUnformatted(count.c_str());
        ImGui::PopStyleColor();
      }
    }
    const ControlResult& r = eval.controls[scoped[pos]];
    const ImVec2 dot = ImGui::GetCursorScreenPos();
    DrawProgressMark(r, ImVec2(dot.x + Px(5), dot.y + ImGui::GetTextLineHeight() * 0.5f +
                                                  ImGui::GetStyle().FramePadding.y * 0.5f));
    ImGui::SetCursorScreenPos(ImVec2(dot.x + Px(16), dot.y));
    const std::string label = c.label + "  " + c.title + "##nav" + c.id;
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x);
    if (ImGui::Selectable(label.c_str(), pos == questionnaire_.control)) GoToControl(pos);
    DescribeLastItem(SemanticRole::kTab, pos == questionnaire_.control);
    NameLastItem(c.label + "  " + c.title + ", " + ProgressWords(r));
    ImGui::PopTextWrapPos();
  }
  if (in_group) EndSemanticGroup();
  questionnaire_.navigator_rows.End();
  ImGui::EndChild();
}

void AppUi::HandleQuestionnaireKeys(const Control& control) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  std::vector<const Question*> asked;
  ForEachAskedQuestion(session_.assessment().profile, control,
                       [&](const Question& q) { asked.push_back(&q); });
  if (asked.empty()) return;
  questionnaire_.focus_question =
      std::clamp(questionnaire_.focus_question, 0, static_cast<int>(asked.size()) - 1);
  const Question& q = *asked[static_cast<size_t>(questionnaire_.focus_question)];
  std::optional<Answer> answer;
  const auto letter = [&](int key, bool repeat) {
    return letter_keys_ && ImGui::IsKeyPressed(key, repeat);
  };
  if (letter(kKeyYes, false)) answer = Answer::kYes;
  if (letter(kKeyPartly, false)) answer = Answer::kPartly;
  if (letter(kKeyNo, false)) answer = Answer::kNo;
  if (letter(kKeyDontKnow, false)) answer = Answer::kDontKnow;
  if (answer) {
    session_.Answer(q.id, *answer);
    Announce(AnsweredAnnouncement(*answer));
    if (questionnaire_.focus_question + 1 < static_cast<int>(asked.size()))
      ++questionnaire_.focus_question;
  }
  if (letter(kKeyNextQuestion, true)) {
    questionnaire_.focus_question =
        std::min(questionnaire_.focus_question + 1, static_cast<int>(asked.size()) - 1);
  }
  if (letter(kKeyPreviousQuestion, true))
    questionnaire_.focus_question = std::max(questionnaire_.focus_question - 1, 0);
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown)))
    GoToControl(questionnaire_.control + 1);
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp)) && questionnaire_.control > 0) {
    GoToControl(questionnaire_.control - 1);
  }
}

}  // namespace cloudgap::ui
