// Comparison: two assessments side by side, two kept in this browser or one
// kept and a file (what changed from the one picked first to the other:
// core/engine/compare.h), with the same words as `cloudgap compare`, which can
// be copied as Markdown or downloaded as a web page, Markdown or Word.
#include <imgui.h>

#include <cstdio>

#include "core/document/document_migration.h"
#include "core/document/file_name.h"
#include "core/engine/compare.h"
#include "core/engine/readiness.h"
#include "core/engine/wording.h"
#include "core/office/comparison_request.h"
#include "core/office/office_format.h"
#include "core/report/report_compare.h"
#include "core/text/score_format.h"
#include "ui/app_ui.h"
#include "ui/fonts.h"
#include "ui/tr.h"
#include "ui/widgets.h"

namespace cloudgap::ui {
namespace {

std::string Score(const std::optional<double>& score) {
  char text[16];
  FormatShownScore(score, text);
  return text;
}

std::string Maturity(const std::optional<int>& maturity) {
  return maturity ? std::to_string(*maturity) : "–";
}

// One section of controls, as a tree node that says how many (`title`, with
// the count in it): closed when long.
void ControlSection(const Catalog& catalog, const std::string& title, const char* id,
                    const std::vector<ControlChange>& list) {
  if (list.empty()) return;
  const std::string label = title + "###" + id;
  if (!ImGui::TreeNodeEx(label.c_str(), list.size() <= 8 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
    return;
  }
  for (const ControlChange& c : list) {
    const Control* control = catalog.FindControl(c.control_id);
    ImGui::Bullet();
    const std::string line =
        Tr("{control}  {title}: score {before} → {after}, maturity {maturity_before} → "
           "{maturity_after}",
           {{"control", c.control_id},
            {"title", control ? control->title.c_str() : ""},
            {"before", Score(c.score.before)},
            {"after", Score(c.score.after)},
            {"maturity_before", Maturity(c.maturity.before)},
            {"maturity_after", Maturity(c.maturity.after)}});
    Paragraph(line.c_str());
  }
  ImGui::TreePop();
}

// Roadmap items by id (a control or a management-system step), with their titles.
void IdSection(const Catalog& catalog, const std::string& title, const char* id,
               const std::vector<std::string>& ids) {
  if (ids.empty()) return;
  const std::string label = title + "###" + id;
  if (!ImGui::TreeNodeEx(label.c_str(), ids.size() <= 8 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
    return;
  }
  for (const std::string& item : ids) {
    const char* name = "";
    if (const Control* control = catalog.FindControl(item)) name = control->title.c_str();
    for (const ManagementStep& step : catalog.management_steps) {
      if (step.id == item) name = step.title.c_str();
    }
    ImGui::Bullet();
    ImGui::TextWrapped("%s  %s", item.c_str(), name);
  }
  ImGui::TreePop();
}

ComparedDocuments ComparedDocumentsOf(const CompareState& state) {
  return {state.before.name, state.after.name, state.not_compared};
}

// "cloudgap-comparison-acme-ltd-2026-05-03.html": named after the later side.
std::string ComparisonFileName(const Catalog& catalog, const CompareState& state,
                               const char* extension) {
  const DocumentParseResult after = LoadAssessmentDocument(catalog, state.after.json);
  std::string stem = after.assessment ? DocumentFileName(*after.assessment) : "cloudgap.json";
  stem = stem.substr(0, stem.rfind('.'));
  if (stem.rfind("cloudgap-", 0) == 0) stem = stem.substr(9);
  return "cloudgap-comparison-" + stem + "." + extension;
}

}  // namespace

// Made by the reports' module (platform.h, OfficeWriter), which needs the
// catalog's words: a download asked for before they are in is made when they
// arrive (app_catalog_text.cc).
void AppUi::DownloadComparison(CompareDownload format) {
  if (!compare_.result || report_busy_) return;
  const struct {
    const char* request;
    const char* label;
    const char* extension;
    const char* mime_type;
  } kinds[] = {
      {kComparisonHtmlRequest, Tr("comparison (web page)"), "html", "text/html;charset=utf-8"},
      {kComparisonMarkdownRequest, Tr("comparison (Markdown)"), "md",
       "text/markdown;charset=utf-8"},
      {kComparisonDocxRequest, Tr("comparison (Word)"), "docx",
       OfficeFormatMimeType(OfficeFormat::kDocx)},
      {kComparisonMarkdownRequest, Tr("comparison (Markdown)"), "md",
       "text/markdown;charset=utf-8"}};
  const auto& kind = kinds[static_cast<size_t>(format)];
  if (!WordsReadyFor(kind.label)) {
    compare_.pending = format;
    return;
  }
  MakeReport(
      {kind.request,
       ComparisonRequestJson(compare_.before.json, compare_.after.json,
                             ComparedDocumentsOf(compare_)),
       kind.label, ComparisonFileName(session_.catalog(), compare_, kind.extension), kind.mime_type,
       format == CompareDownload::kMarkdownCopy
           ? std::string(Tr("The comparison was copied as Markdown."))
           : std::string()},
      nullptr);
}

void AppUi::CompareEntries(const std::string& before_id, const std::string& after_id) {
  FlushKeeping();  // The open assessment's last change is in storage.
  ComparedSide sides[2];
  const std::string ids[2] = {before_id, after_id};
  for (int i = 0; i < 2; ++i) {
    const LibraryEntry* entry = library_.Find(ids[i]);
    const std::optional<std::string> raw = library_.ReadDocument(ids[i]);
    sides[i] = {ids[i], entry ? entry->DisplayName() : ids[i], raw.value_or("")};
  }
  CompareSides(std::move(sides[0]), std::move(sides[1]));
}

void AppUi::CompareWithFile(std::string before_id, const Files::OpenedFile& file) {
  library_screen_.compare_from.clear();  // May be what `before_id` was copied from.
  FlushKeeping();
  const LibraryEntry* entry = library_.Find(before_id);
  const std::optional<std::string> raw = library_.ReadDocument(before_id);
  CompareSides({before_id, entry ? entry->DisplayName() : before_id, raw.value_or("")},
               {"", file.name, file.bytes});
}

// Each side is opened as a file would be (through the migration); one that
// cannot be says so and leaves the screen as it was.
void AppUi::CompareSides(ComparedSide before, ComparedSide after) {
  const Catalog& catalog = session_.catalog();
  CompareState next;
  std::optional<Assessment> opened[2];
  ComparedSide* sides[2] = {&before, &after};
  for (int i = 0; i < 2; ++i) {
    // The comparison's screen offers no language, so the lines are worded once.
    const DocumentParseResult parsed =
        LoadAssessmentDocument(catalog, sides[i]->json, UiMessages());
    if (!parsed.assessment) {
      const std::string why = parsed.errors.empty()
                                  ? std::string(Tr("it is not an assessment"))
                                  : parsed.errors[0].ToString(UiMessages().json_words());
      ShowMessage(Tr("\"{name}\" could not be opened for the comparison: {why}. Nothing was "
                     "changed.",
                     {{"name", sides[i]->name}, {"why", why}}),
                  true);
      return;
    }
    opened[i] = parsed.assessment;
    for (size_t k = 1; k < parsed.catalog_changes.size(); ++k) {
      next.not_compared.push_back(
          Tr("{file}: {what}", {{"file", sides[i]->name}, {"what", parsed.catalog_changes[k]}}));
    }
  }
  next.result = Compare(catalog, *opened[0], *opened[1]);
  next.before = std::move(before);
  next.after = std::move(after);
  compare_ = std::move(next);
  Navigate(Screen::kCompare);
}

void AppUi::DrawCompare() {
  if (!compare_.result) return Navigate(Screen::kWelcome);
  const Comparison& c = *compare_.result;
  const Catalog& catalog = session_.catalog();
  BeginColumn(960);
  Title(Tr("Comparison"));
  Paragraph(Tr("From \"{before}\" to \"{after}\".",
               {{"before", compare_.before.name}, {"after", compare_.after.name}})
                .c_str());
  ButtonRow row;
  if (row.Button(Tr("Back to the list"), true)) Navigate(Screen::kWelcome);
  if (row.Button(Tr("Swap"))) CompareSides(compare_.after, compare_.before);
  if (row.Button(Tr("Copy as Markdown"))) DownloadComparison(CompareDownload::kMarkdownCopy);
  ButtonRow downloads;
  if (downloads.Button(Tr("Download as a web page"))) DownloadComparison(CompareDownload::kHtml);
  if (downloads.Button(Tr("Download as Markdown"))) DownloadComparison(CompareDownload::kMarkdown);
  if (downloads.Button(Tr("Download as Word"))) DownloadComparison(CompareDownload::kWord);

  BeginCard("compare-summary");
  if (c.empty()) {
    Paragraph(Tr("The two assessments give the same scores, answers and roadmap."));
  } else {
    ImGui::PushFont(GetFonts().strong);
    const std::string overall =
        Tr("Overall score {before} → {after}   ·   {readiness_before} → {readiness_after}",
           {{"before", Score(c.score.before)},
            {"after", Score(c.score.after)},
            {"readiness_before", TrReadiness(c.readiness.before)},
            {"readiness_after", TrReadiness(c.readiness.after)}});
    Paragraph(overall.c_str());
    ImGui::PopFont();
    for (const ProfileChange& p : c.profile) {
      MutedParagraph(ProfileChangeWords(p, UiMessages()).c_str());
    }
  }
  EndCard();
  if (!compare_.not_compared.empty()) {
    const std::string label = Tr("Not compared: answers a newer catalog no longer asks ({count})",
                                 {{"count", compare_.not_compared.size()}}) +
                              "###not-compared";
    if (ImGui::TreeNode(label.c_str())) {
      for (const std::string& line : compare_.not_compared) {
        ImGui::Bullet();
        Paragraph(line.c_str());
      }
      ImGui::TreePop();
    }
  }
  if (!c.clauses.empty()) {
    const std::string label =
        Tr("Clauses whose score changed ({count})", {{"count", c.clauses.size()}}) + "###clauses";
    if (ImGui::TreeNodeEx(label.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) {
      for (const ClauseChange& cl : c.clauses) {
        const Clause* clause = catalog.FindClause(cl.number);
        ImGui::Bullet();
        ImGui::TextWrapped("%d %s: %s → %s", cl.number, clause ? clause->title.c_str() : "",
                           Score(cl.score.before).c_str(), Score(cl.score.after).c_str());
      }
      ImGui::TreePop();
    }
  }
  ControlSection(catalog, Tr("Improved ({count})", {{"count", c.improved.size()}}), "improved",
                 c.improved);
  ControlSection(catalog, Tr("Regressed ({count})", {{"count", c.regressed.size()}}), "regressed",
                 c.regressed);
  ControlSection(catalog, Tr("Now applicable ({count})", {{"count", c.now_applicable.size()}}),
                 "now-applicable", c.now_applicable);
  ControlSection(catalog,
                 Tr("No longer applicable ({count})", {{"count", c.no_longer_applicable.size()}}),
                 "no-longer-applicable", c.no_longer_applicable);
  ControlSection(catalog, Tr("Now assessed ({count})", {{"count", c.now_assessed.size()}}),
                 "now-assessed", c.now_assessed);
  ControlSection(catalog,
                 Tr("No longer assessed ({count})", {{"count", c.no_longer_assessed.size()}}),
                 "no-longer-assessed", c.no_longer_assessed);
  if (!c.answers.empty()) {
    const std::string label =
        Tr("Answers changed ({count})", {{"count", c.answers.size()}}) + "###answers";
    if (ImGui::TreeNodeEx(label.c_str(),
                          c.answers.size() <= 8 ? ImGuiTreeNodeFlags_DefaultOpen : 0)) {
      for (const AnswerChange& a : c.answers) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s: %s → %s", a.question_id.c_str(),
                           AnswerLabel(catalog, a.answer.before, UiMessages()).c_str(),
                           AnswerLabel(catalog, a.answer.after, UiMessages()).c_str());
      }
      ImGui::TreePop();
    }
  }
  IdSection(catalog, Tr("Roadmap items closed ({count})", {{"count", c.roadmap_closed.size()}}),
            "closed", c.roadmap_closed);
  IdSection(catalog, Tr("Roadmap items new ({count})", {{"count", c.roadmap_new.size()}}), "new",
            c.roadmap_new);
  EndColumn();
}

}  // namespace cloudgap::ui
