#include "core/office/report_document.h"

#include <algorithm>

#include "core/document/applicability.h"
#include "core/engine/audit_plan.h"
#include "core/engine/engine_version.h"
#include "core/engine/explain.h"
#include "core/engine/readiness.h"
#include "core/engine/scoring.h"
#include "core/engine/wording.h"
#include "core/office/brief.h"
#include "core/office/png_writer.h"
#include "core/text/message_format.h"
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

using P = ParagraphStyle;

std::string Score(const std::optional<double>& score, const MessageCatalog& w) {
  return score ? FormatScore(*score, w.language()) : std::string(w.Tr("not scored"));
}

// A bold label's words and the space after them.
std::string Label(std::string_view words) {
  return std::string(words) + " ";
}

// The first page is the one-page brief (brief.h), under the title.
void FirstPage(const ReportInput& in, const Brief& brief, const ReportBrand& brand,
               WordDocument* doc) {
  const MessageCatalog& w = in.words;
  if (!brand.logo_png.empty()) {
    doc->Picture(brand.logo_png, 40, w.Tr("{product} logo", {{"product", brand.product_name}}));
  }
  doc->Paragraph(P::kSubtitle, brand.product_name);
  doc->Paragraph(P::kTitle, brief.heading);
  doc->Paragraph(P::kSubtitle, brief.organisation);
  doc->Paragraph(P::kNormal,
                 w.Tr("{date}. {scope}.", {{"date", brief.date}, {"scope", brief.scope}}));
  doc->Paragraph(P::kNormal,
                 w.Tr("{score} of 100, {readiness}. {why}",
                      {{"score", brief.score}, {"readiness", brief.readiness}, {"why", brief.why}}),
                 Label(w.Tr("Result:")));
  doc->Paragraph(P::kHeading2, std::string(w.Tr("Top five gaps")));
  if (brief.gaps.empty()) {
    doc->Paragraph(P::kNormal,
                   std::string(w.Tr("None: every applicable control is at its target.")));
  }
  for (const BriefGap& gap : brief.gaps) {
    doc->Paragraph(P::kBullet,
                   w.Tr("about {days, plural, one {# person-day} other {# person-days}}",
                        {{"days", gap.effort_days}}) +
                       ". " + gap.reason,
                   Label(w.Tr("{id} {title}:", {{"id", gap.id}, {"title", gap.title}})));
  }
  doc->Paragraph(P::kHeading2, std::string(w.Tr("The next 90 days")));
  doc->Paragraph(P::kNormal, brief.next_90_days);
  if (brand.cta) {
    doc->Paragraph(P::kNormal, brand.cta->url,
                   Label(w.Tr("{label}:", {{"label", brand.cta->label}})));
  }
  doc->PageBreak();
}

void Summary(const ReportInput& in, WordDocument* doc) {
  const MessageCatalog& w = in.words;
  const OverallResult& o = in.evaluation.overall;
  doc->Paragraph(P::kHeading1, std::string(w.Tr("Executive summary")));
  doc->Paragraph(
      P::kNormal,
      w.Tr("The overall score is {score} of 100, which puts the organisation at the readiness "
           "tier \"{tier}\". {completion}% of the questions are answered, and {gaps} controls are "
           "below their target maturity. The roadmap holds {items} items; the first page lists "
           "the five to start with and what the next 90 days achieve.",
           {{"score", Score(o.score, w)},
            {"tier", ReadinessLabel(o.readiness, w)},
            {"completion", FormatScore(o.completion, w.language())},
            {"gaps", o.controls_with_gap},
            {"items", in.roadmap.items.size()}}));
  std::vector<std::vector<std::string>> rows = {
      {std::string(w.Tr("Controls")), std::string(w.Tr("Count"))}};
  for (int status = 0; status < kControlStatusCount; ++status) {
    const int count = o.controls_by_status[static_cast<size_t>(status)];
    if (count == 0) continue;
    rows.push_back(
        {ControlStatusLabel(static_cast<ControlStatus>(status), w), std::to_string(count)});
  }
  rows.push_back(
      {std::string(w.Tr("with a gap to their target")), std::to_string(o.controls_with_gap)});
  doc->Table(std::move(rows), {3, 1});
}

void ReadinessSection(const ReportInput& in, WordDocument* doc) {
  const MessageCatalog& w = in.words;
  doc->Paragraph(P::kHeading1, std::string(w.Tr("Readiness and why")));
  const std::vector<std::string> reasons = ReadinessReasons(in);
  for (const std::string& reason : reasons) doc->Paragraph(P::kBullet, reason);
  doc->Paragraph(P::kHeading2, std::string(w.Tr("How the score came about")));
  for (const std::string& line : ExplainOverall(in.catalog, in.evaluation, w)) {
    if (std::find(reasons.begin(), reasons.end(), line) != reasons.end()) continue;  // Said above.
    doc->Paragraph(P::kBullet, line);
  }
  const AuditEstimate audit = EstimateAudit(in.catalog, in.evaluation, in.roadmap, w);
  if (audit.available) {
    doc->Paragraph(P::kHeading2, std::string(w.Tr("Certification audit")));
    doc->Paragraph(P::kBullet, audit.stage1_reason);
    doc->Paragraph(P::kBullet, audit.stage2_reason);
  }
}

void Clauses(const ReportInput& in, const ReportBrand& brand, WordDocument* doc) {
  const MessageCatalog& w = in.words;
  doc->Paragraph(P::kHeading1, std::string(w.Tr("Scores by clause")));
  std::vector<ChartBar> bars;
  std::vector<std::vector<std::string>> rows = {
      {std::string(w.Tr("Clause")), std::string(w.Tr("Title")), std::string(w.Tr("Score")),
       std::string(w.Tr("Controls scored"))}};
  for (size_t i = 0; i < in.catalog.clauses.size() && i < in.evaluation.clauses.size(); ++i) {
    const ClauseResult& r = in.evaluation.clauses[i];
    if (r.applicable_controls == 0) continue;
    bars.push_back({std::to_string(r.number), r.score});
    rows.push_back(
        {std::to_string(r.number), in.catalog.clauses[i].title, Score(r.score, w),
         w.Tr("{n} of {total}", {{"n", r.scored_controls}, {"total", r.applicable_controls}})});
  }
  doc->Picture(BarChartPng(bars, brand.accent_rgb.value_or(0x2E4A7A)), 160,
               std::string(w.Tr("Bar chart of the score of each clause from 0 to 100; the table "
                                "below gives the same numbers")));
  doc->Paragraph(P::kCaption,
                 std::string(w.Tr("Score of each clause from 0 to 100, by clause number "
                                  "(gridlines at 25, 50 and 75). The table gives the same "
                                  "numbers with the titles.")));
  doc->Table(std::move(rows), {2, 10, 3, 3});
}

void Findings(const ReportInput& in, WordDocument* doc) {
  const MessageCatalog& w = in.words;
  doc->Paragraph(P::kHeading1, std::string(w.Tr("Findings per control")));
  ForEachClause(in, [&](const ClauseControls& clause) {
    doc->Paragraph(P::kHeading2,
                   w.Tr("{number} {title} (score {score})", {{"number", clause.clause.number},
                                                             {"title", clause.clause.title},
                                                             {"score", Score(clause.score, w)}}));
    for (size_t i : clause.controls) {
      const Control& c = in.catalog.controls[i];
      const ControlResult& r = in.evaluation.controls[i];
      const ControlRecord* record = in.assessment.RecordFor(c.id);
      std::string status = std::string(ControlStatusLabel(r.status, w));
      if (r.applicable()) {
        const char* implementation = ImplementationLabel(ImplementationOf(r), w);
        status = r.maturity ? w.Tr(
                                  "{implementation}; score {score}; maturity {maturity} of target "
                                  "{target}.",
                                  {{"implementation", implementation},
                                   {"score", Score(r.score, w)},
                                   {"maturity", *r.maturity},
                                   {"target", r.target}})
                            : w.Tr(
                                  "{implementation}; score {score}; maturity unknown of target "
                                  "{target}.",
                                  {{"implementation", implementation},
                                   {"score", Score(r.score, w)},
                                   {"target", r.target}});
      }
      doc->Paragraph(P::kNormal, status,
                     Label(w.Tr("{id} {title}:", {{"id", c.id}, {"title", c.title}})));
      if (!record) continue;
      if (record->not_applicable) {
        doc->Paragraph(P::kBullet, record->justification, Label(w.Tr("Not applicable:")));
      }
      if (!record->owner.empty()) doc->Paragraph(P::kBullet, record->owner, Label(w.Tr("Owner:")));
      if (!record->due_date.empty()) {
        doc->Paragraph(P::kBullet, FormatDate(record->due_date, w.language()), Label(w.Tr("Due:")));
      }
      if (!record->notes.empty()) doc->Paragraph(P::kBullet, record->notes, Label(w.Tr("Notes:")));
      if (!record->evidence.empty()) {
        doc->Paragraph(P::kBullet, EvidenceLine(record->evidence), Label(w.Tr("Evidence:")));
      }
    }
  });
}

void RoadmapSection(const ReportInput& in, WordDocument* doc) {
  const MessageCatalog& w = in.words;
  doc->Paragraph(P::kHeading1, std::string(w.Tr("Roadmap")));
  if (in.roadmap.items.empty()) {
    doc->Paragraph(P::kNormal,
                   std::string(w.Tr("Nothing to do: every applicable control is at its target.")));
    return;
  }
  for (const PhaseProjection& p : in.roadmap.projection) {
    if (p.items == 0) continue;
    doc->Paragraph(P::kHeading2,
                   w.Tr("{phase}: {items} items, about {days, plural, one {# person-day} other "
                        "{# person-days}}, score after {score}",
                        {{"phase", PhaseLabel(p.phase)},
                         {"items", p.items},
                         {"days", p.effort_days},
                         {"score", Score(p.score, w)}}));
    std::vector<std::vector<std::string>> rows = {
        {std::string(w.Tr("Rank")), std::string(w.Tr("roadmap|Item")), std::string(w.Tr("Title")),
         std::string(w.Tr("Effort (person-days)")), std::string(w.Tr("Score gain")),
         std::string(w.Tr("Why now"))}};
    for (const RoadmapItem& item : in.roadmap.items) {
      if (item.phase != p.phase) continue;
      rows.push_back({std::to_string(item.rank), item.control_id, std::string(item.title),
                      std::to_string(item.effort_days),
                      "+" + FormatScore(item.score_gain, w.language()), item.reason});
    }
    doc->Table(std::move(rows), {2, 3, 7, 3, 3, 10});
  }
}

void Soa(const ReportInput& in, WordDocument* doc) {
  const MessageCatalog& w = in.words;
  doc->Paragraph(P::kHeading1, std::string(w.Tr("Statement of Applicability")));
  std::vector<std::vector<std::string>> rows = {
      {std::string(w.Tr("Control")), std::string(w.Tr("Title")), std::string(w.Tr("Applicable")),
       std::string(w.Tr("Justification")), std::string(w.Tr("Implementation status")),
       "ISO/IEC 27002:2022"}};
  for (const SoaEntry& e : StatementOfApplicability(in.catalog, in.assessment, in.evaluation, w)) {
    const Control& c = in.catalog.controls[e.control_index];
    rows.push_back(
        {c.id, c.title, e.applicable, e.justification, e.implementation, e.iso27002_2022});
  }
  doc->Table(std::move(rows), {3, 6, 3, 9, 4, 5});
}

void Method(const ReportInput& in, const ReportBrand& brand, WordDocument* doc) {
  const MessageCatalog& w = in.words;
  doc->Paragraph(P::kHeading1, std::string(w.Tr("Method and reproducibility")));
  for (const std::string& rule : ScoringRules(in.catalog, w)) doc->Paragraph(P::kBullet, rule);
  doc->Paragraph(P::kNormal, std::string(EngineVersion()) + " (" + kScoringModel + ")",
                 Label(w.Tr("Engine:")));
  doc->Paragraph(P::kNormal, in.catalog.id + " " + in.catalog.version, Label(w.Tr("Catalog:")));
  doc->Paragraph(P::kNormal, in.catalog.sha256, Label(w.Tr("Catalog SHA-256:")));
  doc->Paragraph(P::kNormal,
                 w.Tr("Made with {product}, which runs in the browser: nothing in this assessment "
                      "left it. The same assessment file gives the same scores and this same "
                      "report.",
                      {{"product", brand.product_name}}),
                 "");
}

}  // namespace

WordDocument ReportDocument(const ReportInput& input, const ReportBrand& brand) {
  const Brief brief = MakeBrief(input);
  WordDocument doc;
  doc.title = input.words.Tr(
      "{organisation}: {heading}",
      {{"organisation", OrganisationOrDefault(input.assessment.profile, input.words)},
       {"heading", brief.heading}});
  doc.creator = brand.product_name;
  doc.modified_at = input.assessment.updated_at;
  doc.language = WordLanguage(input.words.language());
  doc.accent_rgb = brand.accent_rgb;
  FirstPage(input, brief, brand, &doc);
  Summary(input, &doc);
  ReadinessSection(input, &doc);
  Clauses(input, brand, &doc);
  Findings(input, &doc);
  RoadmapSection(input, &doc);
  Soa(input, &doc);
  Method(input, brand, &doc);
  return doc;
}

}  // namespace cloudgap
