// Questionnaire: a navigator by clause (with progress) beside the current
// control. On phones the navigator is a list that replaces the control view.
// Answer keys work whenever no text field has focus (see HandleQuestionnaireKeys).
#include <imgui.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <map>
#include <utility>

#include "core/applicability.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
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

}  // namespace

void AppUi::GoToControl(size_t position) {
  const auto& scoped = session_.scoped_controls();
  if (scoped.empty()) return;
  control_ = std::min(position, scoped.size() - 1);
  focus_question_ = 0;
  control_na_pending_ = false;
  control_na_draft_.clear();
  navigator_open_ = false;
  scroll_to_top_ = true;
  const Control& c = session_.catalog().controls[scoped[control_]];
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, ", control %zu of %zu", control_ + 1, scoped.size());
  Announce(c.label + " " + c.title + buffer);
}

void AppUi::DrawQuestionnaire() {
  if (!session_.active()) return Navigate(Screen::kWelcome);
  const auto& scoped = session_.scoped_controls();
  if (scoped.empty()) {
    Paragraph("No control applies to this profile. Choose at least one service model.");
    if (ImGui::Button("Edit the profile")) Navigate(Screen::kProfile);
    return;
  }
  control_ = std::min(control_, scoped.size() - 1);
  const Control& control = session_.catalog().controls[scoped[control_]];
  const float height = ImGui::GetContentRegionAvail().y;

  if (Narrow()) {
    char label[64];
    std::snprintf(label, sizeof label, "%s (%zu of %zu)###navigator",
                  navigator_open_ ? "Back to the question" : "All controls", control_ + 1,
                  scoped.size());
    if (ImGui::Button(label, ImVec2(-1, 0))) navigator_open_ = !navigator_open_;
    if (navigator_open_) {
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
  DrawControl(control, control_);
  TrackScroll();  // For reopening at the same place (app_keep.cc).
  ImGui::EndChild();
}

void AppUi::DrawControlNavigator(float height) {
  const Catalog& catalog = session_.catalog();
  const Evaluation& eval = session_.evaluation();
  const auto& scoped = session_.scoped_controls();
  ImGui::BeginChild("navigator", ImVec2(0, height), false, ImGuiWindowFlags_NavFlattened);
  // Done and total per clause, for the clause headers, in one pass.
  std::map<int, std::pair<int, int>> progress;
  for (size_t i : scoped) {
    auto& [done, total] = progress[catalog.controls[i].clause];
    ++total;
    const ControlResult& r = eval.controls[i];
    if (r.status == ControlStatus::kNotApplicable ||
        (r.answers.asked > 0 && r.answers.unanswered == 0)) {
      ++done;
    }
  }
  // One row per control, with its clause's header above the first of each run;
  // only the rows on screen are drawn. Heights depend on the controls in scope,
  // the pane's width (headers wrap) and the font size.
  std::uint64_t key = LayoutKey(LayoutKey(0, ImGui::GetContentRegionAvail().x), ImGui::GetFontSize());
  for (size_t i : scoped) key = LayoutKey(key, static_cast<std::uint64_t>(i));
  navigator_rows_.Begin(scoped.size(), key, ImGui::GetTextLineHeightWithSpacing());
  for (size_t pos; navigator_rows_.Next(&pos);) {
    const Control& c = catalog.controls[scoped[pos]];
    if (pos == 0 || catalog.controls[scoped[pos - 1]].clause != c.clause) {
      const Clause* clause = catalog.FindClause(c.clause);
      const auto [done, total] = progress[c.clause];
      ImGui::Dummy(ImVec2(0, Px(4)));
      ImGui::PushFont(GetFonts().strong);
      ImGui::TextWrapped("%d %s", c.clause, clause ? clause->title.c_str() : "");
      ImGui::PopFont();
      ImGui::PushStyleColor(ImGuiCol_Text, CurrentPalette().text_muted);
      ImGui::Text("%d of %d done", done, total);
      ImGui::PopStyleColor();
    }
    const ControlResult& r = eval.controls[scoped[pos]];
    const ImVec2 dot = ImGui::GetCursorScreenPos();
    const float line = ImGui::GetTextLineHeight();
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(dot.x + Px(5), dot.y + line * 0.5f + ImGui::GetStyle().FramePadding.y * 0.5f),
        Px(4), ImGui::GetColorU32(ProgressColor(r)));
    ImGui::SetCursorScreenPos(ImVec2(dot.x + Px(16), dot.y));
    const std::string label = c.label + "  " + c.title + "##nav" + c.id;
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x);
    if (ImGui::Selectable(label.c_str(), pos == control_)) GoToControl(pos);
    ImGui::PopTextWrapPos();
  }
  navigator_rows_.End();
  ImGui::EndChild();
}

void AppUi::HandleQuestionnaireKeys(const Control& control) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || io.KeySuper) return;
  std::vector<const Question*> asked;
  ForEachAskedQuestion(session_.assessment().profile, control,
                       [&](const Question& q) { asked.push_back(&q); });
  if (asked.empty()) return;
  focus_question_ = std::clamp(focus_question_, 0, static_cast<int>(asked.size()) - 1);
  const Question& q = *asked[static_cast<size_t>(focus_question_)];
  std::optional<Answer> answer;
  if (ImGui::IsKeyPressed(kKeyYes, false)) answer = Answer::kYes;
  if (ImGui::IsKeyPressed(kKeyPartly, false)) answer = Answer::kPartly;
  if (ImGui::IsKeyPressed(kKeyNo, false)) answer = Answer::kNo;
  if (ImGui::IsKeyPressed(kKeyDontKnow, false)) answer = Answer::kDontKnow;
  if (answer) {
    session_.Answer(q.id, *answer);
    Announce(std::string("Answered ") + AnswerName(*answer));
    if (focus_question_ + 1 < static_cast<int>(asked.size())) ++focus_question_;
  }
  if (ImGui::IsKeyPressed(kKeyNextQuestion)) {
    focus_question_ = std::min(focus_question_ + 1, static_cast<int>(asked.size()) - 1);
  }
  if (ImGui::IsKeyPressed(kKeyPreviousQuestion)) focus_question_ = std::max(focus_question_ - 1, 0);
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageDown))) GoToControl(control_ + 1);
  if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_PageUp)) && control_ > 0) {
    GoToControl(control_ - 1);
  }
}

}  // namespace cloudgap::ui
