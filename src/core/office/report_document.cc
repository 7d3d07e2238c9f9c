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
#include "core/text/score_format.h"

namespace cloudgap {
namespace {

using P = ParagraphStyle;

std::string Score(const std::optional<double>& score) {
  return score ? FormatScore(*score) : "not scored";
}

std::string Days(int days) {
  return std::to_string(days) + (days == 1 ? " person-day" : " person-days");
}

// The first page is the one-page brief (brief.h), under the title.
void FirstPage(const ReportInput& in, const ReportBrand& brand, WordDocument* doc) {
  const Brief brief = MakeBrief(in);
  if (!brand.logo_png.empty()) doc->Picture(brand.logo_png, 40, brand.product_name + " logo");
  doc->Paragraph(P::kSubtitle, brand.product_name);
  doc->Paragraph(P::kTitle, brief.heading);
  doc->Paragraph(P::kSubtitle, brief.organisation);
  doc->Paragraph(P::kNormal, brief.date + ". " + brief.scope + ".");
  doc->Paragraph(P::kNormal, brief.score + " of 100, " + brief.readiness + ". " + brief.why,
                 "Result: ");
  doc->Paragraph(P::kHeading2, "Top five gaps");
  if (brief.gaps.empty())
    doc->Paragraph(P::kNormal, "None: every applicable control is at its target.");
  for (const BriefGap& gap : brief.gaps) {
    doc->Paragraph(P::kBullet, "about " + Days(gap.effort_days) + ". " + gap.reason,
                   gap.id + " " + gap.title + ": ");
  }
  doc->Paragraph(P::kHeading2, "The next 90 days");
  doc->Paragraph(P::kNormal, brief.next_90_days);
  if (brand.cta) doc->Paragraph(P::kNormal, brand.cta->url, brand.cta->label + ": ");
  doc->PageBreak();
}

void Summary(const ReportInput& in, WordDocument* doc) {
  const OverallResult& o = in.evaluation.overall;
  doc->Paragraph(P::kHeading1, "Executive summary");
  doc->Paragraph(P::kNormal,
                 "The overall score is " + Score(o.score) +
                     " of 100, which puts the organisation at "
                     "the readiness tier \"" +
                     ReadinessLabel(o.readiness) + "\". " + FormatScore(o.completion) +
                     "% of the questions are answered, and " + std::to_string(o.controls_with_gap) +
                     " controls are below their target maturity. The roadmap holds " +
                     std::to_string(in.roadmap.items.size()) +
                     " items; the first page lists the five to start with and what the next 90 "
                     "days achieve.");
  std::vector<std::vector<std::string>> rows = {{"Controls", "Count"}};
  for (int status = 0; status < kControlStatusCount; ++status) {
    const int count = o.controls_by_status[static_cast<size_t>(status)];
    if (count == 0) continue;
    rows.push_back({ControlStatusLabel(static_cast<ControlStatus>(status)), std::to_string(count)});
  }
  rows.push_back({"with a gap to their target", std::to_string(o.controls_with_gap)});
  doc->Table(std::move(rows), {3, 1});
}

void ReadinessSection(const ReportInput& in, WordDocument* doc) {
  doc->Paragraph(P::kHeading1, "Readiness and why");
  for (const std::string& reason : in.evaluation.overall.readiness_reasons) {
    doc->Paragraph(P::kBullet, reason);
  }
  doc->Paragraph(P::kHeading2, "How the score came about");
  const std::vector<std::string>& reasons = in.evaluation.overall.readiness_reasons;
  for (const std::string& line : ExplainOverall(in.catalog, in.evaluation)) {
    if (std::find(reasons.begin(), reasons.end(), line) != reasons.end()) continue;  // Said above.
    doc->Paragraph(P::kBullet, line);
  }
  const AuditEstimate audit = EstimateAudit(in.catalog, in.evaluation, in.roadmap);
  if (audit.available) {
    doc->Paragraph(P::kHeading2, "Certification audit");
    doc->Paragraph(P::kBullet, audit.stage1_reason);
    doc->Paragraph(P::kBullet, audit.stage2_reason);
  }
}

void Clauses(const ReportInput& in, const ReportBrand& brand, WordDocument* doc) {
  doc->Paragraph(P::kHeading1, "Scores by clause");
  std::vector<ChartBar> bars;
  std::vector<std::vector<std::string>> rows = {{"Clause", "Title", "Score", "Controls scored"}};
  for (size_t i = 0; i < in.catalog.clauses.size() && i < in.evaluation.clauses.size(); ++i) {
    const ClauseResult& r = in.evaluation.clauses[i];
    if (r.applicable_controls == 0) continue;
    bars.push_back({std::to_string(r.number), r.score});
    rows.push_back(
        {std::to_string(r.number), in.catalog.clauses[i].title, Score(r.score),
         std::to_string(r.scored_controls) + " of " + std::to_string(r.applicable_controls)});
  }
  doc->Picture(BarChartPng(bars, brand.accent_rgb.value_or(0x2E4A7A)), 160,
               "Bar chart of the score of each clause from 0 to 100; the table below gives the "
               "same numbers");
  doc->Paragraph(P::kCaption,
                 "Score of each clause from 0 to 100, by clause number (gridlines at "
                 "25, 50 and 75). The table gives the same numbers with the titles.");
  doc->Table(std::move(rows), {2, 10, 3, 3});
}

void Findings(const ReportInput& in, WordDocument* doc) {
  doc->Paragraph(P::kHeading1, "Findings per control");
  ForEachClause(in, [&](const ClauseControls& clause) {
    doc->Paragraph(P::kHeading2, std::to_string(clause.clause.number) + " " + clause.clause.title +
                                     " (score " + Score(clause.score) + ")");
    for (size_t i : clause.controls) {
      const Control& c = in.catalog.controls[i];
      const ControlResult& r = in.evaluation.controls[i];
      const ControlRecord* record = in.assessment.RecordFor(c.id);
      std::string status = std::string(ControlStatusLabel(r.status));
      if (r.applicable()) {
        status = std::string(ImplementationLabel(ImplementationOf(r))) + "; score " +
                 Score(r.score) + "; maturity " +
                 (r.maturity ? std::to_string(*r.maturity) : "unknown") + " of target " +
                 std::to_string(r.target) + ".";
      }
      doc->Paragraph(P::kNormal, status, c.id + " " + c.title + ": ");
      if (!record) continue;
      if (record->not_applicable)
        doc->Paragraph(P::kBullet, record->justification, "Not applicable: ");
      if (!record->owner.empty()) doc->Paragraph(P::kBullet, record->owner, "Owner: ");
      if (!record->due_date.empty()) doc->Paragraph(P::kBullet, record->due_date, "Due: ");
      if (!record->notes.empty()) doc->Paragraph(P::kBullet, record->notes, "Notes: ");
      if (!record->evidence.empty()) {
        doc->Paragraph(P::kBullet, EvidenceLine(record->evidence), "Evidence: ");
      }
    }
  });
}

void RoadmapSection(const ReportInput& in, WordDocument* doc) {
  doc->Paragraph(P::kHeading1, "Roadmap");
  if (in.roadmap.items.empty()) {
    doc->Paragraph(P::kNormal, "Nothing to do: every applicable control is at its target.");
    return;
  }
  for (const PhaseProjection& p : in.roadmap.projection) {
    if (p.items == 0) continue;
    doc->Paragraph(P::kHeading2, std::string(PhaseLabel(p.phase)) + ": " + std::to_string(p.items) +
                                     " items, about " + Days(p.effort_days) + ", score after " +
                                     Score(p.score));
    std::vector<std::vector<std::string>> rows = {
        {"Rank", "Item", "Title", "Effort (person-days)", "Score gain", "Why now"}};
    for (const RoadmapItem& item : in.roadmap.items) {
      if (item.phase != p.phase) continue;
      rows.push_back({std::to_string(item.rank), item.control_id, item.title,
                      std::to_string(item.effort_days), "+" + FormatScore(item.score_gain),
                      item.reason});
    }
    doc->Table(std::move(rows), {2, 3, 7, 3, 3, 10});
  }
}

void Soa(const ReportInput& in, WordDocument* doc) {
  doc->Paragraph(P::kHeading1, "Statement of Applicability");
  std::vector<std::vector<std::string>> rows = {{"Control", "Title", "Applicable", "Justification",
                                                 "Implementation status", "ISO/IEC 27002:2022"}};
  for (const SoaEntry& e : StatementOfApplicability(in.catalog, in.assessment, in.evaluation)) {
    const Control& c = in.catalog.controls[e.control_index];
    rows.push_back(
        {c.id, c.title, e.applicable, e.justification, e.implementation, e.iso27002_2022});
  }
  doc->Table(std::move(rows), {3, 6, 3, 9, 4, 5});
}

void Method(const ReportInput& in, const ReportBrand& brand, WordDocument* doc) {
  doc->Paragraph(P::kHeading1, "Method and reproducibility");
  for (const std::string& rule : ScoringRules(in.catalog)) doc->Paragraph(P::kBullet, rule);
  doc->Paragraph(P::kNormal, std::string(EngineVersion()) + " (" + kScoringModel + ")", "Engine: ");
  doc->Paragraph(P::kNormal, in.catalog.id + " " + in.catalog.version, "Catalog: ");
  doc->Paragraph(P::kNormal, in.catalog.sha256, "Catalog SHA-256: ");
  doc->Paragraph(P::kNormal,
                 "Made with " + brand.product_name +
                     ", which runs in the browser: nothing in this assessment left it. The same "
                     "assessment file gives the same scores and this same report.",
                 "");
}

}  // namespace

WordDocument ReportDocument(const ReportInput& input, const ReportBrand& brand) {
  WordDocument doc;
  doc.title = OrganisationOrDefault(input.assessment.profile) + ": " + CatalogTitle(input.catalog) +
              " " + ModeLabel(input.assessment.profile.mode);
  doc.creator = brand.product_name;
  doc.modified_at = input.assessment.updated_at;
  doc.accent_rgb = brand.accent_rgb;
  FirstPage(input, brand, &doc);
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
