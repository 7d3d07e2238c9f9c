#include "core/engine/quick_summary.h"

#include <cmath>
#include <cstdio>
#include <string>

#include "core/engine/audit_plan.h"
#include "core/engine/readiness.h"

namespace cloudgap {
namespace {

std::string Format(const char* fmt, double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, fmt, value);
  return buffer;
}

}  // namespace

EffortEstimate EstimateEffort(const Roadmap& roadmap) {
  EffortEstimate e;
  for (const RoadmapItem& item : roadmap.items) {
    if (item.is_step()) continue;  // Controls only: the certification steps are said apart.
    e.person_days += item.effort_days;
    ++e.items;
  }
  if (roadmap.capacity_days_per_month > 0) {
    e.months = static_cast<double>(e.person_days) / roadmap.capacity_days_per_month;
  }
  return e;
}

std::string EffortWords(const EffortEstimate& effort, int capacity_days_per_month) {
  using std::to_string;
  std::string words = "about " + to_string(effort.person_days) + " person-days over " +
                      to_string(effort.items) + " controls";
  if (effort.months > 0) {
    words += ", roughly " + Format("%.1f", std::ceil(effort.months * 2) / 2) + " months at " +
             to_string(capacity_days_per_month) + " person-days a month";
  }
  return words;
}

std::string AuditMonthsWords(const AuditRange& audit) {
  auto between = [](int a, int b) {
    return a == b ? "in month " + std::to_string(a)
                  : "between month " + std::to_string(a) + " and month " + std::to_string(b);
  };
  return "stage 1 " + between(audit.earliest.stage1_month, audit.latest.stage1_month) +
         ", stage 2 " + between(audit.earliest.stage2_month, audit.latest.stage2_month);
}

std::vector<const RoadmapItem*> TopGaps(const Roadmap& roadmap, int count) {
  std::vector<const RoadmapItem*> top;
  for (const RoadmapItem& item : roadmap.items) {
    if (static_cast<int>(top.size()) >= count) break;
    if (!item.is_step()) top.push_back(&item);
  }
  return top;
}

std::string QuickScanSummary(const Catalog& catalog, const Assessment& assessment,
                             const Evaluation& evaluation, const Roadmap& roadmap) {
  const OverallResult& overall = evaluation.overall;
  const Profile& profile = assessment.profile;
  // Plain appends, not an ostringstream: streams would bring the C++ locale
  // machinery into the web app (about 100 kB of wasm; BENCHMARKS.md).
  using std::to_string;
  std::string out;
  const std::string who = profile.organisation.empty() ? "Your organisation" : profile.organisation;
  out += "ISO/IEC 27017 quick scan: " + who + "\n\n";
  out += std::string("Readiness: ") + ReadinessLabel(overall.readiness);
  if (overall.score) out += " (score " + Format("%.0f", *overall.score) + " of 100)";
  out += std::string("\nAssessed as: ") + RoleScopeLabel(profile.role) + "; services:";
  const char* sep = " ";
  for (const auto& [s, label] : kServiceModelLabels) {
    if (profile.services[static_cast<size_t>(s)]) {
      out += std::string(sep) + label;
      sep = ", ";
    }
  }
  out += "\nQuestions answered: " + Format("%.0f", overall.completion) + "%";
  if (overall.answers.dont_know > 0) {
    out += " (" + to_string(overall.answers.dont_know) + " answered \"don't know\")";
  }
  out += "\n";
  if (!overall.readiness_reasons.empty()) out += "Why: " + overall.readiness_reasons.front() + "\n";

  const std::vector<const RoadmapItem*> top = TopGaps(roadmap);
  if (top.empty()) {
    out += "\nNo gaps against the target maturity of " + to_string(profile.target_maturity) + ".\n";
  } else {
    out += "\nTop gaps to close first:\n";
    int n = 1;
    for (const RoadmapItem* item : top) {
      const Control& c = catalog.controls[item->control_index];
      out += to_string(n++) + ". " + c.label + " " + item->title + ": maturity " +
             to_string(item->maturity) + " of target " + to_string(item->target) + ", about " +
             to_string(item->effort_days) + " person-days\n";
    }
    const EffortEstimate e = EstimateEffort(roadmap);
    out += "\nEffort to reach the target maturity of " + to_string(profile.target_maturity) + ": " +
           EffortWords(e, profile.capacity_days_per_month) + ".\n";
  }
  const AuditRange audit = EstimateAuditRange(catalog, assessment, evaluation);
  if (audit.earliest.available) {
    out += "\nCertification audit (ISO/IEC 27001 with ISO/IEC 27017, " +
           std::string(IsmsStateLabel(profile.isms)) + "): " + AuditMonthsWords(audit) + " at " +
           to_string(profile.capacity_days_per_month) +
           " person-days a month (a range: a full assessment narrows it).\n";
  }
  out += "\nThis is a self-assessment made with CloudGap against catalog " + catalog.id + " " +
         catalog.version + "; it is not a certification.\n";
  return out;
}

}  // namespace cloudgap
