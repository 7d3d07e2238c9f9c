#include "core/engine/quick_summary.h"

#include <cmath>
#include <string>

#include "core/engine/audit_plan.h"
#include "core/engine/readiness.h"
#include "core/engine/wording.h"
#include "core/text/message_format.h"

namespace cloudgap {
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

std::string EffortWords(const EffortEstimate& effort, int capacity_days_per_month,
                        const MessageCatalog& words) {
  const std::string days = words.Tr("about {days} person-days over {items} controls",
                                    {{"days", effort.person_days}, {"items", effort.items}});
  if (effort.months <= 0) return days;
  return words.Tr("{effort}, roughly {months} months at {capacity} person-days a month",
                  {{"effort", days},
                   {"months", FormatNumber(std::ceil(effort.months * 2) / 2, 1, words.language())},
                   {"capacity", capacity_days_per_month}});
}

std::string AuditMonthsWords(const AuditRange& audit, const MessageCatalog& words) {
  const auto between = [&](int a, int b) {
    return a == b ? words.Tr("in month {month}", {{"month", a}})
                  : words.Tr("between month {first} and month {last}", {{"first", a}, {"last", b}});
  };
  return words.Tr("stage 1 {stage1}, stage 2 {stage2}",
                  {{"stage1", between(audit.earliest.stage1_month, audit.latest.stage1_month)},
                   {"stage2", between(audit.earliest.stage2_month, audit.latest.stage2_month)}});
}

std::string QuickScanRangeWords(const AuditRange& audit, const MessageCatalog& words) {
  return words.Tr(
      "From a quick scan the estimate is a range: {months} (every effort at the bottom and at the "
      "top of its range; a full assessment narrows it).",
      {{"months", AuditMonthsWords(audit, words)}});
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
                             const Evaluation& evaluation, const Roadmap& roadmap,
                             const MessageCatalog& words) {
  const OverallResult& overall = evaluation.overall;
  const Profile& profile = assessment.profile;
  const std::string& language = words.language();
  // Plain appends, not an ostringstream: streams would bring the C++ locale
  // machinery into the web app (about 100 kB of wasm; BENCHMARKS.md).
  std::string out;
  const std::string who = profile.organisation.empty() ? std::string(words.Tr("Your organisation"))
                                                       : profile.organisation;
  out += words.Tr("ISO/IEC 27017 quick scan: {organisation}", {{"organisation", who}}) + "\n\n";
  const char* tier = ReadinessLabel(overall.readiness, words);
  out += overall.score
             ? words.Tr("Readiness: {tier} (score {score} of 100)",
                        {{"tier", tier}, {"score", FormatNumber(*overall.score, 0, language)}})
             : words.Tr("Readiness: {tier}", {{"tier", tier}});
  out += "\n";
  out += words.Tr(
      "Assessed as: {role}; services: {services}",
      {{"role", RoleScopeWords(profile.role, words)}, {"services", ServicesLabel(profile)}});
  out += "\n";
  const std::string percent = FormatNumber(overall.completion, 0, language);
  out += overall.answers.dont_know > 0
             ? words.Tr("Questions answered: {percent}% ({count} answered \"don't know\")",
                        {{"percent", percent}, {"count", overall.answers.dont_know}})
             : words.Tr("Questions answered: {percent}%", {{"percent", percent}});
  out += "\n";
  if (!overall.readiness_why.empty()) {
    out +=
        words.Tr("Why: {reason}",
                 {{"reason", ReadinessReasonText(catalog, overall.readiness_why.front(), words)}});
    out += "\n";
  }

  const std::vector<const RoadmapItem*> top = TopGaps(roadmap);
  if (top.empty()) {
    out += "\n";
    out += words.Tr("No gaps against the target maturity of {target}.",
                    {{"target", profile.target_maturity}});
    out += "\n";
  } else {
    out += "\n";
    out += words.Tr("Top gaps to close first:");
    out += "\n";
    int n = 1;
    for (const RoadmapItem* item : top) {
      const Control& c = catalog.controls[item->control_index];
      out += words.Tr(
          "{n}. {control} {title}: maturity {maturity} of target {target}, about {days} "
          "person-days",
          {{"n", n++},
           {"control", c.label},
           {"title", item->title},
           {"maturity", item->maturity},
           {"target", item->target},
           {"days", item->effort_days}});
      out += "\n";
    }
    const EffortEstimate e = EstimateEffort(roadmap);
    out += "\n";
    out += words.Tr("Effort to reach the target maturity of {target}: {effort}.",
                    {{"target", profile.target_maturity},
                     {"effort", EffortWords(e, profile.capacity_days_per_month, words)}});
    out += "\n";
  }
  const AuditRange audit = EstimateAuditRange(catalog, assessment, evaluation);
  if (audit.earliest.available) {
    out += "\n";
    out += words.Tr(
        "Certification audit (ISO/IEC 27001 with ISO/IEC 27017, {isms}): {months} at {capacity} "
        "person-days a month (a range: a full assessment narrows it).",
        {{"isms", IsmsStateWords(profile.isms, words)},
         {"months", AuditMonthsWords(audit, words)},
         {"capacity", profile.capacity_days_per_month}});
    out += "\n";
  }
  out += "\n";
  out += words.Tr(
      "This is a self-assessment made with CloudGap against catalog {catalog} {version}; it is "
      "not a certification.",
      {{"catalog", catalog.id}, {"version", catalog.version}});
  out += "\n";
  return out;
}

}  // namespace cloudgap
