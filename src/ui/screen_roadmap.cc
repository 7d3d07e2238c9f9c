// Roadmap: the gaps as work, in phases by the team's capacity, with the score
// projected after each phase. Target and capacity can be changed right here
// and the plan follows at once.
#include <imgui.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "core/document/assessment_edit.h"
#include "core/engine/roadmap_reason.h"
#include "core/text/message_format.h"
#include "core/text/score_format.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

const char* PhaseText(Phase phase) {
  return PhaseLabel(phase, UiMessages());
}

// `reason` is the item's, in the visitor's language.
void DrawItem(const Catalog& catalog, const RoadmapItem& item, const std::string& reason) {
  const std::string& label =
      item.is_step() ? item.control_id : catalog.controls[item.control_index].label;
  ImGui::PushID(item.control_id.c_str());
  BeginCard("item");
  ImGui::PushFont(GetFonts().strong);
  ImGui::TextWrapped("#%d  %s  %.*s", item.rank, label.c_str(), static_cast<int>(item.title.size()),
                     item.title.data());
  ImGui::PopFont();
  std::string line;
  if (item.is_step()) {
    line = Tr("Certification step (stage {stage} audit)  ·  {days} person-days",
              {{"stage", item.stage}, {"days", item.effort_days}});
  } else if (item.quick_win) {
    line =
        Tr("Maturity {maturity} → {target}  ·  {days} person-days  ·  +{points} points  ·  "
           "quick win",
           {{"maturity", item.maturity},
            {"target", item.target},
            {"days", item.effort_days},
            {"points", FormatScore(item.score_gain, UiMessages().language())}});
  } else {
    line = Tr("Maturity {maturity} → {target}  ·  {days} person-days  ·  +{points} points",
              {{"maturity", item.maturity},
               {"target", item.target},
               {"days", item.effort_days},
               {"points", FormatScore(item.score_gain, UiMessages().language())}});
  }
  MutedParagraph(line.c_str());
  Paragraph(reason.c_str());
  if (!item.depends_on.empty() || !item.unassessed_dependencies.empty()) {
    std::string deps;
    for (const std::string& d : item.depends_on) deps += (deps.empty() ? "" : ", ") + d;
    for (const std::string& d : item.unassessed_dependencies) {
      deps += (deps.empty() ? "" : ", ") + Tr("{control} (assess first)", {{"control", d}});
    }
    MutedParagraph(Tr("After: {controls}", {{"controls", deps}}).c_str());
  }
  if (!item.informed_by.empty()) {
    std::string links;
    for (const std::string& d : item.informed_by) links += (links.empty() ? "" : ", ") + d;
    MutedParagraph(
        Tr("Informed by {controls} (advice; it does not wait for them)", {{"controls", links}})
            .c_str());
  }
  if (!item.owner.empty() || !item.due_date.empty()) {
    MutedParagraph(
        Tr("Owner: {owner}  ·  due {date}",
           {{"owner", item.owner.empty() ? std::string("-") : item.owner},
            {"date", item.due_date.empty() ? std::string("-")
                                           : FormatDate(item.due_date, UiMessages().language())}})
            .c_str());
  }
  if (ImGui::TreeNode(Tr("Actions"))) {
    int n = 1;
    for (std::string_view action : item.actions) {
      ImGui::TextWrapped("%d. %.*s", n++, static_cast<int>(action.size()), action.data());
    }
    ImGui::TreePop();
  }
  EndCard();
  ImGui::PopID();
}

std::string ScoreText(const std::optional<double>& score) {
  char buffer[16];
  FormatShownScore(score, buffer);
  return buffer;
}

}  // namespace

void AppUi::DrawRoadmap() {
  if (!session_.active()) return Navigate(Screen::kWelcome);
  const Catalog& catalog = session_.catalog();
  const Roadmap& roadmap = session_.roadmap();
  const float width = BeginColumn(1200);
  const bool narrow = width < Px(900);
  Title(Tr("Roadmap"));

  // Target and capacity shape the plan; changing them re-plans at once.
  Profile profile = session_.assessment().profile;
  ImGui::AlignTextToFramePadding();
  PlainText(Tr("Target maturity"));
  for (int level = 1; level <= 5; ++level) {
    if (level > 1 || !narrow) ImGui::SameLine();  // Phones: the choices get a row of their own.
    char label[24];
    std::snprintf(label, sizeof label, "%d##roadmap-target", level);
    if (Radio(label, profile.target_maturity == level)) {
      profile.target_maturity = level;
      session_.SetProfile(profile);
    }
  }
  if (!narrow) ImGui::SameLine(0, Px(32));
  ImGui::AlignTextToFramePadding();
  PlainText(Tr("Capacity"));
  ImGui::SameLine();
  ImGui::SetNextItemWidth(Px(130));
  int capacity = profile.capacity_days_per_month;
  if (IntegerField(Tr("person-days a month##capacity"), &capacity) && capacity >= 1 &&
      capacity <= 10000) {
    profile.capacity_days_per_month = capacity;
    session_.SetProfile(profile);
  }

  std::string phases;
  for (const PhaseProjection& p : roadmap.projection) {
    phases += "  →  " + std::string(PhaseText(p.phase)) + " " + ScoreText(p.score);
  }
  Paragraph(Tr("Projected score:  now {score}{phases}",
               {{"score", ScoreText(roadmap.current_score)}, {"phases", phases}})
                .c_str(),
            GetFonts().strong);
  if (!catalog.management_steps.empty()) {
    DrawAuditEstimate();
    if (SecondaryButton(Tr("Audit readiness checklist"))) Navigate(Screen::kAudit);
  }
  if (roadmap.items.empty()) {
    MutedParagraph(roadmap.assess_first.empty() ? Tr("No gaps against the target: nothing to plan.")
                                                : Tr("No gaps yet: answer the questions first."));
  }

  // Phases side by side on wide screens, one after another on narrow ones.
  const int columns = narrow ? 1 : kPhaseCount;
  if (!roadmap.items.empty()) {
    Grid grid(
        std::vector<float>(static_cast<size_t>(columns), width / static_cast<float>(columns)));
    for (size_t column = 0; column < roadmap.projection.size(); ++column) {
      const PhaseProjection& p = roadmap.projection[column];
      if (narrow && column > 0) grid.EndRow();
      grid.Cell(narrow ? 0 : static_cast<int>(column));
      Heading(PhaseText(p.phase));
      MutedParagraph(
          Tr("{items} items, {days} person-days, score after: {score}",
             {{"items", p.items}, {"days", p.effort_days}, {"score", ScoreText(p.score)}})
              .c_str());
      // Only the cards on screen are drawn: a large catalog has thousands. Their
      // heights follow the plan (the session's revision), the width and the font.
      std::vector<const RoadmapItem*> cards;
      for (const RoadmapItem& item : roadmap.items) {
        if (item.phase == p.phase) cards.push_back(&item);
      }
      const std::uint64_t key = LayoutKey(
          LayoutKey(LayoutKey(0, session_.revision()), AvailableWidth()), ImGui::GetFontSize());
      VirtualList& list = roadmap_screen_.cards[column];
      list.Begin(cards.size(), key, Px(170));
      // The session's roadmap gives its reasons in English: worded again here.
      for (size_t i; list.Next(&i);) {
        DrawItem(catalog, *cards[i],
                 RoadmapReason(catalog, session_.assessment(), session_.evaluation(), *cards[i],
                               UiMessages()));
      }
      list.End();
    }
  }

  if (!roadmap.assess_first.empty()) {
    ImGui::Dummy(ImVec2(0, Px(12)));
    Heading(Tr("Assess first"));
    MutedParagraph(Tr("These controls have no answers yet, so they are not counted as gaps."));
    const auto& scoped = session_.scoped_controls();
    // One line each, so ImGui's own clipper draws only those on screen.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(roadmap.assess_first.size()));
    while (clipper.Step()) {
      for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
        const size_t index = roadmap.assess_first[static_cast<size_t>(row)];
        const Control& c = catalog.controls[index];
        if (ImGui::Selectable((c.label + "  " + c.title + "##assess").c_str())) {
          for (size_t pos = 0; pos < scoped.size(); ++pos) {
            if (scoped[pos] == index) GoToControl(pos);
          }
          Navigate(Screen::kQuestionnaire);
        }
      }
    }
    clipper.End();
  }
  EndColumn();
}

}  // namespace cloudgap::ui
